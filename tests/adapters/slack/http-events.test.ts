/**
 * The real Bolt app in HTTP mode, part 2: mentions, DMs and follow-ups,
 * retried deliveries, rate limits, App Home and clarify buttons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../../src/index.js';
import { useHttpApp } from './http-fixture.js';
import { waitFor } from './fake-slack-api.js';
import { buttons, dm, eventBody, pressBody, said, send } from './helpers.js';

const t = useHttpApp();
const ask = (id: string, text: string, ts: string, channel = 'D1') => send(t.slack.url, eventBody(id, dm(text, ts, channel)), 'json');
const choices = (call: Parameters<typeof buttons>[0]) => buttons(call).filter((b) => String(b.action_id).startsWith('figures_choose_'));
const label = (button: Record<string, unknown>) => (button.text as { text: string }).text;

describe('mentions', () => {
  const mention = (text: string, ts: string, thread?: string) =>
    ({ type: 'app_mention', user: 'U1', text, ts, channel: 'C1', event_ts: ts, ...(thread ? { thread_ts: thread } : {}) });

  it('answers a mention in a thread under it', async () => {
    const res = await send(t.slack.url, eventBody('EvMention', mention('<@UBOT> 汉口银行服务了多少家科技企业？', '1700000000.000600')), 'json');
    expect(res.status).toBe(200);
    const post = await t.post(0, 'the thread answer');
    expect(post.params.channel).toBe('C1');
    expect(post.params.thread_ts).toBe('1700000000.000600');
    expect(said(post)).toContain('超9500家');
  });

  it('answers a clarify reading pressed in the thread, in that thread', async () => {
    await send(t.slack.url, eventBody('EvMention2', mention('<@UBOT> 汉口银行 贷款', '1700000000.000650')), 'json');
    const first = choices(await t.post(0, 'the clarifying question'))[0];
    const container = { type: 'message', message_ts: '1700000000.000660', channel_id: 'C1', is_ephemeral: false, thread_ts: '1700000000.000650' };
    await send(t.slack.url, pressBody({ action_id: String(first?.action_id), value: String(first?.value) }, container, t.fake.responseUrl('p')), 'form');
    const answer = await t.post(1, 'the chosen answer');
    expect(answer.params.thread_ts).toBe('1700000000.000650');
    expect(said(answer)).toContain(label(first!).split(' · ')[0]!);
  });
});

describe('direct messages', () => {
  it('answers a DM, and a follow-up in the same DM uses its context', async () => {
    await ask('EvDm1', '汉口银行服务了多少家科技企业？', '1700000000.000700');
    const first = await t.post(0, 'the first answer');
    expect(first.params.channel).toBe('D1');
    expect(first.params.thread_ts).toBeUndefined();
    expect(said(first)).toContain('超9500家');
    await ask('EvDm2', '那武汉农商行呢？', '1700000000.000800');
    expect(said(await t.post(1, 'the follow-up answer'))).toContain('超7000户');
  });

  it('keeps DMs apart: the same follow-up in another DM has no context', async () => {
    await ask('EvA', '汉口银行服务了多少家科技企业？', '1700000000.000900', 'D1');
    await t.post(0, 'the first answer');
    await ask('EvB', '那武汉农商行呢？', '1700000000.001000', 'D2');
    const other = await t.post(1, 'the other DM answer');
    expect(other.params.channel).toBe('D2');
    // Without D1's context, "what about WRCB" is a question about the bank as a whole.
    const headline = JSON.stringify((other.params.blocks as unknown[])[0]);
    expect(headline).toContain('武汉农商行');
    expect(headline).not.toContain('服务企业数');
  });

  it('ignores message edits and other bots in DMs', async () => {
    await send(t.slack.url, eventBody('EvEdit', { ...dm('x', '1700000000.001100'), subtype: 'message_changed' }), 'json');
    await send(t.slack.url, eventBody('EvBot', { ...dm('汉口银行', '1700000000.001200'), bot_id: 'BOTHER' }), 'json');
    await ask('EvSentinel', '汉口银行服务了多少家科技企业？', '1700000000.001300');
    await t.post(0, 'the sentinel answer');
    await t.slack.handle.stop();
    expect(t.fake.ok('chat.postMessage')).toHaveLength(1);
  });

  it('shows clarify readings as buttons, and a press answers in the DM', async () => {
    await ask('EvClarify', '汉口银行 贷款', '1700000000.001900');
    const readings = choices(await t.post(0, 'the clarifying question'));
    expect(readings.length).toBeGreaterThanOrEqual(2);
    const first = readings[0]!;
    const container = { type: 'message', message_ts: '1700000000.002000', channel_id: 'D1', is_ephemeral: false };
    await send(t.slack.url, pressBody({ action_id: String(first.action_id), value: String(first.value) }, container, t.fake.responseUrl('pick')), 'form');
    const answer = await t.post(1, 'the chosen answer');
    expect(answer.params.channel).toBe('D1');
    expect(said(answer)).toContain(label(first).split(' · ')[0]!);
    expect(choices(answer)).toHaveLength(0);
  });

  it('never lets Slack markup in a DM through to the answer', async () => {
    await ask('EvNasty', '<!channel> <@U123> <http://x|y> &amp; &gt; 汉口银行2023年净利润', '1700000000.001700');
    expect(said(await t.post(0, 'the answer'))).not.toMatch(/<[!@#h]/);
  });
});

describe('retries', () => {
  it('answers a retried delivery (X-Slack-Retry-Num, same event_id) once', async () => {
    const body = eventBody('EvRetry', dm('汉口银行服务了多少家科技企业？', '1700000000.001400'));
    expect((await send(t.slack.url, body, 'json')).status).toBe(200);
    const retry = await send(t.slack.url, body, 'json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await t.post(0, 'the answer');
    await t.slack.handle.stop();
    expect(t.fake.ok('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const body = eventBody('EvLost', dm('汉口银行服务了多少家科技企业？', '1700000000.001500'));
    await send(t.slack.url, body, 'json', { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    await t.post(0, 'the answer');
    await t.slack.handle.stop();
    expect(t.fake.ok('chat.postMessage')).toHaveLength(1);
  });

  it('retries a rate-limited Web API call after Retry-After', async () => {
    t.fake.rateLimitOnce('chat.postMessage', 0);
    await ask('EvLimited', '汉口银行服务了多少家科技企业？', '1700000000.001600');
    expect(said(await t.post(0, 'the retried answer'))).toContain('超9500家');
    expect(t.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });
});

describe('App Home', () => {
  const waitForPublish = () => waitFor(() => t.fake.ok('views.publish').length > 0 && t.fake.ok('views.publish'), 'views.publish');
  const opened = (id: string) => eventBody(id, { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1700000000.001800' });

  it('publishes what the bot knows when the Home tab is opened', async () => {
    await send(t.slack.url, opened('EvHome'), 'json');
    const [publish] = await waitForPublish();
    expect(publish?.params.user_id).toBe('U1');
    expect((publish?.params.view as { type: string }).type).toBe('home');
    const version = /version:\s*"?([^"\n]+)/.exec(readFileSync(join(DEFAULT_DATA_DIR, 'source.yaml'), 'utf8'))![1]!;
    for (const known of ['汉口银行', 'Hankou Bank', '超9500家', version, 'How many tech firms has Hankou Bank served?']) {
      expect(said(publish)).toContain(known);
    }
  });

  it('answers an example pressed on the Home tab in the DM', async () => {
    await send(t.slack.url, opened('EvHome2'), 'json');
    const [publish] = await waitForPublish();
    const example = buttons(publish!).find((b) => label(b) === '汉口银行服务了多少家科技企业？');
    await send(t.slack.url, pressBody({ action_id: String(example?.action_id), value: String(example?.value) }, { type: 'view', view_id: 'V1' }, t.fake.responseUrl('home')), 'form');
    const post = await t.post(0, 'the DM answer');
    expect(t.fake.ok('conversations.open')[0]?.params.users).toBe('U1');
    expect(post.params.channel).toBe('DU1');
    expect(said(post)).toContain('超9500家');
  });

});
