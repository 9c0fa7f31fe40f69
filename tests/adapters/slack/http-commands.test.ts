/**
 * The real Bolt app in HTTP mode, part 1: the slash command, Share, usage,
 * request verification, escaping and apologies, through Slack-signed requests
 * into the request listener and a fake Web API and response URLs.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from './fake-slack-api.js';
import { useHttpApp } from './http-fixture.js';
import { answersOver, buttons, commandBody, dm, eventBody, failingCore, pressBody, said, send } from './helpers.js';

const t = useHttpApp();
const privateContainer = (ts: string) => ({ type: 'message', message_ts: ts, channel_id: 'C1', is_ephemeral: true });
const label = (button: Record<string, unknown>) => (button.text as { text: string }).text;

describe('start', () => {
  it('verifies the bot token with auth.test before serving', () => {
    expect(t.fake.ok('auth.test').map((c) => c.token)).toEqual(['xoxb-test']);
    expect(t.slack.handle.mode).toBe('http');
  });

  it('serves only POST /slack/events, and Slack\'s URL check', async () => {
    expect((await fetch(t.slack.url.replace('/slack/events', '/elsewhere'), { method: 'POST', body: '{}' })).status).toBe(404);
    const check = await send(t.slack.url, JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' }), 'json');
    expect(check.status).toBe(200);
    expect(check.text).toContain('c-123');
  });
});

describe('slash command', () => {
  it('acks at once and answers privately through response_url, with a Share button', async () => {
    const res = await send(t.slack.url, commandBody('汉口银行服务了多少家科技企业？', t.fake.responseUrl('cmd')), 'form');
    expect(res.status).toBe(200);
    const reply = await t.firstResponse('cmd', 'the command answer');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(said(reply)).toContain('超9500家');
    expect(String(reply.params.text)).toContain('超9500家');
    expect(buttons(reply).map((b) => b.action_id)).toContain('figures_share');
    expect(t.fake.ok('chat.postMessage')).toHaveLength(0);
  });

  it('posts the private answer for the channel when Share is pressed', async () => {
    await send(t.slack.url, commandBody('汉口银行服务了多少家科技企业？', t.fake.responseUrl('cmd')), 'form');
    const share = buttons(await t.firstResponse('cmd', 'the command answer')).find((b) => b.action_id === 'figures_share');
    const press = pressBody({ action_id: 'figures_share', value: String(share?.value) }, privateContainer('1700000000.000200'), t.fake.responseUrl('share'));
    expect((await send(t.slack.url, press, 'form')).status).toBe(200);
    const posted = await waitFor(() => t.responses('share').find((c) => c.params.response_type === 'in_channel'), 'the shared answer');
    expect(said(posted)).toContain('超9500家');
    expect(said(posted)).toContain('<@U1>');
    expect(buttons(posted)).toHaveLength(0);
    await waitFor(() => t.responses('share').find((c) => c.params.delete_original === true), 'the private copy removed');
  });

  it.each(['', 'help', '帮助'])('gives usage and examples for "/figures %s"', async (text) => {
    await send(t.slack.url, commandBody(text, t.fake.responseUrl('help')), 'form');
    const reply = await t.firstResponse('help', 'usage');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(said(reply)).toContain('/figures');
    const examples = buttons(reply).map(label);
    expect(examples).toContain('汉口银行服务了多少家科技企业？');
    expect(examples).toContain('How many tech firms has Hankou Bank served?');
  });

  it('answers an example pressed under the usage message in its place', async () => {
    await send(t.slack.url, commandBody('help', t.fake.responseUrl('help')), 'form');
    const example = buttons(await t.firstResponse('help', 'usage')).find((b) => label(b) === 'How many tech firms has Hankou Bank served?');
    const press = pressBody({ action_id: String(example?.action_id), value: String(example?.value) }, privateContainer('1700000000.000300'), t.fake.responseUrl('ex'));
    await send(t.slack.url, press, 'form');
    const answer = await t.firstResponse('ex', 'the example answered');
    expect(answer.params.replace_original).toBe(true);
    expect(said(answer)).toContain('more than 9,500');
  });

  it('answers a clarify reading pressed under a private answer by replacing it', async () => {
    await send(t.slack.url, commandBody('汉口银行 贷款', t.fake.responseUrl('clar')), 'form');
    const first = buttons(await t.firstResponse('clar', 'the clarifying question')).find((b) => String(b.action_id).startsWith('figures_choose_'));
    expect(first).toBeDefined();
    const press = pressBody({ action_id: String(first?.action_id), value: String(first?.value) }, privateContainer('1700000000.000350'), t.fake.responseUrl('clar2'));
    await send(t.slack.url, press, 'form');
    const answer = await t.firstResponse('clar2', 'the chosen answer');
    expect(answer.params.replace_original).toBe(true);
    expect(answer.params.response_type).toBe('ephemeral');
    expect(said(answer)).toContain(label(first!).split(' · ')[0]!);
  });
});

describe('request verification', () => {
  const sixMinutesAgo = () => Math.floor(Date.now() / 1000) - 6 * 60;

  it.each([
    ['a forged signature', { secret: 'not-the-secret' }],
    ['a stale timestamp', { timestamp: sixMinutesAgo() }],
    ['no signature', { unsigned: true }],
  ])('refuses %s with 401 and does nothing', async (_name, options) => {
    const forged = eventBody('EvForged', dm('汉口银行服务了多少家科技企业？', '1700000000.000400'));
    expect((await send(t.slack.url, forged, 'json', options)).status).toBe(401);
    const command = commandBody('汉口银行服务了多少家科技企业？', t.fake.responseUrl('forged'));
    expect((await send(t.slack.url, command, 'form', options)).status).toBe(401);
    // A genuine request afterwards is answered, and it is the only answer.
    await send(t.slack.url, eventBody('EvReal', dm('汉口银行服务了多少家科技企业？', '1700000000.000500')), 'json');
    await t.post(0, 'the genuine answer');
    await t.slack.handle.stop();
    expect(t.fake.calls.map((c) => c.method)).toEqual(['auth.test', 'chat.postMessage']);
  });
});

describe('escaping', () => {
  const nasty = '<!channel> <@U123> <http://x|y> & > 汉口银行2023年净利润';

  it('escapes a question echoed above a private answer so nothing pings or links', async () => {
    await send(t.slack.url, commandBody(nasty, t.fake.responseUrl('nasty')), 'form');
    const reply = await t.firstResponse('nasty', 'the answer');
    for (const bad of ['<!channel>', '<@U123>', '<http', '@channel']) expect(said(reply)).not.toContain(bad);
    const lead = JSON.stringify((reply.params.blocks as unknown[])[0]);
    expect(lead).toContain('&amp;');
    expect(lead).toContain('&gt;');
  });
});

describe('errors', () => {
  it('logs a failing listener and apologises, in a DM and to a slash command', async () => {
    await t.restart(answersOver(failingCore()));
    await send(t.slack.url, eventBody('EvBoom', dm('boom', '1700000000.002200')), 'json');
    expect(String((await t.post(0, 'the apology')).params.text)).toMatch(/Sorry|抱歉/);
    await send(t.slack.url, commandBody('boom', t.fake.responseUrl('boom')), 'form');
    const reply = await t.firstResponse('boom', 'the private apology');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(String(reply.params.text)).toMatch(/Sorry|抱歉/);
  });
});
