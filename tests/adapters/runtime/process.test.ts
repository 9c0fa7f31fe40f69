/**
 * The real entry point in its own process, as `npm start` runs it: the
 * terminal chat, a refused configuration, and Telegram and Slack side by side
 * against loopback fakes, with the health check, SIGHUP reload and SIGTERM.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../../src/index.js';
import { FakeBotApi } from '../telegram/fake-bot-api.js';
import { BOT_INFO, TOKEN, privateChat, textUpdate, user } from '../telegram/helpers.js';
import { startFakeSlack, waitFor, type FakeSlack } from '../slack/fake-slack-api.js';
import { dm, eventBody, send } from '../slack/helpers.js';
import { build, eventually, freePort, health, start, type Run } from './process-helpers.js';

const SLACK_SECRET = 'abcdef0123456789abcdef0123456789';
const work = mkdtempSync(join(tmpdir(), 'figures-process-'));

beforeAll(() => build());
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm start', () => {
  it('opens the terminal chat when no platform is configured, and follows up', async () => {
    const run = start({ DATA_DIR: join(work, 'chat') });
    run.child.stdin!.end('汉口银行服务了多少家科技企业？\n那武汉农商行呢？\n');
    expect(await run.exit).toBe(0);
    expect(run.out()).toContain('超9500家');
    expect(run.out()).toContain('超7000户');
  });

  it('refuses an invalid configuration with exit code 1, naming variables and never their values', async () => {
    const secret = 'xoxb-not-shown-anywhere-123';
    const run = start({ PORT: 'seventy', TELEGRAM_BOT_TOKEN: 'broken-token-value', SLACK_APP_TOKEN: secret.replace('xoxb', 'xapp') });
    expect(await run.exit).toBe(1);
    expect(run.err()).toMatch(/PORT/);
    expect(run.err()).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(run.err()).toMatch(/SLACK_BOT_TOKEN/);
    expect(run.err() + run.out()).not.toContain('broken-token-value');
    expect(run.err() + run.out()).not.toContain('not-shown-anywhere');
  });

  describe('with Telegram and Slack configured', () => {
    let telegram: FakeBotApi;
    let slack: FakeSlack;
    let run: Run;
    let port: number;
    const dataDir = join(work, 'data');

    beforeAll(async () => {
      cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
      telegram = await FakeBotApi.start(BOT_INFO);
      slack = await startFakeSlack();
      port = await freePort();
      run = start({
        PORT: String(port), DATA_DIR: join(work, 'var'), FIGURES_DATA_DIR: dataDir, LOG_LEVEL: 'info',
        TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: slack.apiUrl,
      });
      await eventually(async () => (await health(port))?.status === 200, 'the health check', 15_000);
    });
    afterAll(async () => {
      run.child.kill('SIGKILL');
      await telegram.close();
      await slack.close();
    });

    it('reports its health on one HTTP port', async () => {
      const h = await health(port);
      expect(h?.status).toBe(200);
      expect(h?.body).toMatchObject({ status: 'ok', platforms: ['telegram:polling', 'slack:http'] });
      expect(h?.body.version).toMatch(/\S/);
      expect(typeof h?.body.uptimeSeconds).toBe('number');
    });

    it('answers on Telegram (long polling) and on Slack (signed HTTP events)', async () => {
      telegram.pushUpdate(textUpdate('汉口银行服务了多少家科技企业？', { chat: privateChat(901), from: user(901) }));
      await waitFor(() => telegram.callsOf('sendMessage').some((c) => String(c.params.text).includes('超9500家')), 'a Telegram answer', 10_000);
      const res = await send(`http://127.0.0.1:${port}/slack/events`, eventBody('Ev1', dm('江城基金完成了多少投资？', '1700000000.000100')), 'json', { secret: SLACK_SECRET });
      expect(res.status).toBe(200);
      await waitFor(() => slack.ok('chat.postMessage').some((c) => JSON.stringify(c.params).includes('21.81亿元')), 'a Slack answer', 10_000);
    });

    it('keeps answering from the old data when a SIGHUP reload finds it broken, then takes good data', async () => {
      const source = join(dataDir, 'source.yaml');
      const good = readFileSync(source, 'utf8');
      writeFileSync(source, `${good}\nversion: [unclosed\n`);
      run.child.kill('SIGHUP');
      await waitFor(() => run.out().includes('data reload refused'), 'the refusal in the log', 10_000);
      telegram.pushUpdate(textUpdate('江城基金有多少位专家？', { chat: privateChat(902), from: user(902) }));
      await waitFor(() => telegram.callsOf('sendMessage').some((c) => String(c.params.text).includes('超过30位')), 'an answer after the bad reload', 10_000);
      writeFileSync(source, good.replace(/^version: .*$/m, 'version: "reloaded-by-test"'));
      run.child.kill('SIGHUP');
      await eventually(async () => (await health(port))?.body.version === 'reloaded-by-test', 'the new version', 10_000);
    });

    it('logs answers without secrets and records unanswered questions for the curators', async () => {
      telegram.pushUpdate(textUpdate('汉口银行2023年的净利润是多少？', { chat: privateChat(903), from: user(903) }));
      await waitFor(() => run.out().includes('"status":"not_found"'), 'the unanswered log line', 10_000);
      const logs = run.out();
      expect(logs).toMatch(/"platform":"telegram".*"status":"answered".*"latencyMs"/);
      for (const secret of [TOKEN, SLACK_SECRET, 'xoxb-test-token']) expect(logs).not.toContain(secret);
      expect(existsSync(join(work, 'var', 'curator.sqlite'))).toBe(true);
    });

    it('stops gracefully on SIGTERM with exit code 0', async () => {
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
      expect(run.out()).toContain('"msg":"stopped"');
    });
  });
});

describe('npm start with a Telegram webhook', () => {
  it('registers the webhook, serves it on the shared port and refuses a wrong secret', async () => {
    const telegram = await FakeBotApi.start(BOT_INFO);
    const port = await freePort();
    const run = start({
      PORT: String(port), DATA_DIR: join(work, 'var-hook'), TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook', TELEGRAM_WEBHOOK_SECRET: 'hook-secret_1',
    });
    try {
      await eventually(async () => telegram.callsOf('setWebhook').length > 0, 'setWebhook', 15_000);
      expect(telegram.callsOf('setWebhook')[0]!.params).toMatchObject({ url: 'https://bot.example.org/tg/hook', secret_token: 'hook-secret_1' });
      const update = JSON.stringify(textUpdate('汉口银行服务了多少家科技企业？', { chat: privateChat(911), from: user(911) }));
      const post = (secret: string) => fetch(`http://127.0.0.1:${port}/tg/hook`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: update,
      });
      expect((await post('wrong')).status).toBe(401);
      expect(telegram.callsOf('sendMessage')).toHaveLength(0);
      expect((await post('hook-secret_1')).status).toBe(200);
      await eventually(async () => telegram.callsOf('sendMessage').some((c) => String(c.params.text).includes('超9500家')), 'the answer', 10_000);
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
      await telegram.close();
    }
  });
});
