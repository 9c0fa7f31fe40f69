/**
 * The real Bolt app in HTTP mode, part 3: what Telegram has, on Slack —
 * `/figures list | about | sources | lang`, organisation buttons (also on the
 * App Home tab), the message shortcut, 👍/👎 reaching the curator store, cite,
 * and charts uploaded into the answer's thread.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createChartMaker } from '../../../adapters/charts/index.js';
import { openCuratorStore } from '../../../adapters/runtime/curator.js';
import { createAnswerService } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { waitFor } from './fake-slack-api.js';
import { useHttpApp } from './http-fixture.js';
import { buttons, commandBody, core, dm, eventBody, pressBody, said, send, silent, startHttpApp } from './helpers.js';

const t = useHttpApp();
const label = (button: Record<string, unknown>) => (button.text as { text: string }).text;

async function command(text: string, id: string) {
  await send(t.slack.url, commandBody(text, t.fake.responseUrl(id)), 'form');
  return t.firstResponse(id, `/figures ${text}`);
}

describe('/figures subcommands', () => {
  it('list shows every organisation as a button, in two groups', async () => {
    const reply = await command('list', 'list');
    const orgs = buttons(reply).filter((b) => String(b.action_id).startsWith('figures_org_'));
    expect(orgs.map((b) => (JSON.parse(String(b.value)) as { o: string }).o).sort()).toEqual(core().organisations('en').map((o) => o.id).sort());
    const hankou = core().organisations('en').find((o) => o.id === 'hankou_bank')!;
    expect(orgs.map(label)).toContain(`Hankou Bank (${hankou.count})`);
    expect(said(reply)).toContain('Funds, products, events and companies');
  });

  it('about and sources name the article, its date and its sections', async () => {
    const about = await command('about', 'about');
    for (const part of [core().about('en').title, core().about('en').version]) expect(said(about)).toContain(part);
    const sources = await command('sources', 'sources');
    expect(said(sources)).toContain('Hankou Bank: credit for tech firms at every stage');
  });

  it('lang sets the channel\'s UI language, which the buttons of later answers follow', async () => {
    expect(said(await command('lang zh', 'lang'))).toContain('中文');
    const answer = await command('How many tech firms has Hankou Bank served?', 'ask');
    expect(said(answer)).toContain('more than 9,500');
    expect(buttons(answer).map(label)).toEqual(expect.arrayContaining(['分享到频道', '👍', '👎', '引用']));
    expect(said(await command('lang', 'usage'))).toContain('/figures lang zh');
  });

  it('an organisation button answers with its card where it was pressed', async () => {
    const org = buttons(await command('list', 'list')).find((b) => String(b.value).includes('hankou_bank'))!;
    const container = { type: 'message', message_ts: '1700000000.000200', channel_id: 'C1', is_ephemeral: true };
    await send(t.slack.url, pressBody({ action_id: String(org.action_id), value: String(org.value) }, container, t.fake.responseUrl('card')), 'form');
    const card = await t.firstResponse('card', 'the card');
    expect(said(card)).toContain('Hankou Bank');
    expect(said(card)).toContain('超9500家');
  });

  it('the App Home tab lists organisations as buttons, and a press answers in the user\'s DM', async () => {
    await send(t.slack.url, eventBody('EvHome', { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1700000000.001800' }), 'json');
    const view = await waitFor(() => t.fake.ok('views.publish')[0], 'the home view');
    const org = buttons(view).find((b) => String(b.action_id).startsWith('figures_org_') && String(b.value).includes('wrcb'))!;
    await send(t.slack.url, pressBody({ action_id: String(org.action_id), value: String(org.value) }, { type: 'view', view_id: 'V1' }, t.fake.responseUrl('home')), 'form');
    const posted = await t.post(0, 'the card in the DM');
    expect(posted.params.channel).toBe('DU1');
    expect(said(posted)).toContain('武汉农商行');
  });
});

describe('message shortcut', () => {
  it('answers privately about the selected message\'s text', async () => {
    const payload = {
      type: 'message_action', callback_id: 'figures_ask', token: 'legacy', trigger_id: 'trig', response_url: t.fake.responseUrl('sc'),
      team: { id: 'T1', domain: 'test' }, channel: { id: 'C1', name: 'general' }, user: { id: 'U1', name: 'asker' },
      message: { type: 'message', user: 'U2', ts: '1700000000.000300', text: '汉口银行服务了多少家科技企业？' }, message_ts: '1700000000.000300', action_ts: '1',
    };
    await send(t.slack.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'form');
    const reply = await t.firstResponse('sc', 'the shortcut answer');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(said(reply)).toContain('超9500家');
    expect(buttons(reply).map((b) => b.action_id)).toContain('figures_share');
  });
});

describe('feedback and citations', () => {
  it('records a 👎 once per user with the question and facts, and cite answers privately with the quote', async () => {
    const store = openCuratorStore(':memory:');
    await t.restart(createAnswerService({ core: () => core(), sessions: createMemorySessions(), logger: silent, recorder: store }));
    await send(t.slack.url, eventBody('EvQ', dm('汉口银行服务了多少家科技企业？', '1700000000.000500')), 'json');
    const answer = await t.post(0, 'the DM answer');
    const down = buttons(answer).find((b) => b.action_id === 'figures_vote_down')!;
    const cite = buttons(answer).find((b) => b.action_id === 'figures_cite')!;
    const container = { type: 'message', message_ts: '1700000000.000600', channel_id: 'D1', is_ephemeral: false };
    for (const id of ['v1', 'v2']) await send(t.slack.url, pressBody({ action_id: 'figures_vote_down', value: String(down.value) }, container, t.fake.responseUrl(id)), 'form');
    expect(said(await t.firstResponse('v1', 'the vote notice'))).toContain('谢谢');
    expect(said(await t.firstResponse('v2', 'the second vote notice'))).toContain('已经评价过');
    const [refused] = await store.refused(5);
    expect(refused).toMatchObject({ down: 1, up: 0 });
    expect(refused!.facts).toContain('hankou.tech_firms_served');

    await send(t.slack.url, pressBody({ action_id: 'figures_cite', value: String(cite.value) }, container, t.fake.responseUrl('cite')), 'form');
    const cited = await t.firstResponse('cite', 'the citation');
    expect(cited.params.response_type).toBe('ephemeral');
    expect(said(cited)).toContain('“服务科技企业超9500家”');
    expect(said(cited)).toContain(core().about('zh').date);
  });
});

describe('charts', () => {
  it('uploads a comparison\'s chart as a PNG into the answer\'s thread', async () => {
    await t.slack.close();
    t.slack = await startHttpApp(t.fake, undefined, undefined, createChartMaker());
    await send(t.slack.url, eventBody('EvC', dm('汉口银行和武汉农商行哪个服务的企业多？', '1700000000.000700')), 'json');
    const answer = await t.post(0, 'the comparison');
    const complete = await waitFor(() => t.fake.ok('files.completeUploadExternal')[0], 'the chart upload', 20_000);
    expect(complete.params.channel_id).toBe('D1');
    expect(complete.params.thread_ts).toBe(answer.result?.ts);
    const png = PNG.sync.read(t.fake.uploads[0]!.data);
    expect(png.width).toBe(800);
  }, 30_000);
});
