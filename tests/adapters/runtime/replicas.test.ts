/**
 * Two replicas of `npm start` on one real redis-server, as behind a load
 * balancer: a Slack event and its retry on different replicas are answered
 * once, a conversation alternating between replicas keeps its context,
 * Telegram is polled by one replica at a time and taken over when it is
 * killed, and Redis stopped and restarted under load loses no answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from '../telegram/fake-bot-api.js';
import { BOT_INFO, TOKEN, privateChat, textUpdate, user } from '../telegram/helpers.js';
import { startFakeSlack, waitFor, type FakeSlack } from '../slack/fake-slack-api.js';
import { dm, eventBody, said, send } from '../slack/helpers.js';
import { startRedis, type RedisServer } from '../state/redis-server.js';
import { build, eventually, freePort, health, start, type Run } from './process-helpers.js';

const SLACK_SECRET = 'abcdef0123456789abcdef0123456789';
const work = mkdtempSync(join(tmpdir(), 'figures-replicas-'));

let redis: RedisServer;
let telegram: FakeBotApi;
let slack: FakeSlack;

interface Replica { run: Run; port: number; url: string }

async function replica(name: string): Promise<Replica> {
  const port = await freePort();
  const run = start({
    PORT: String(port), DATA_DIR: join(work, name), STATE_URL: redis.url, LOG_LEVEL: 'info',
    TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot,
    SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: slack.apiUrl,
  });
  await eventually(async () => (await health(port))?.status === 200, `replica ${name} to be healthy`, 20_000);
  return { run, port, url: `http://127.0.0.1:${port}/slack/events` };
}

const modeOf = async (r: Replica) => ((await health(r.port))?.body.platforms as string[] | undefined)?.find((p) => p.startsWith('telegram:'));
const posts = (text: string) => slack.ok('chat.postMessage').filter((c) => said(c).includes(text));
const userDm = (userId: string, text: string, ts: string) => ({ ...dm(text, ts, `D${userId}`), user: userId });

let a: Replica;
let b: Replica;
beforeAll(async () => {
  build();
  redis = await startRedis();
  telegram = await FakeBotApi.start(BOT_INFO);
  slack = await startFakeSlack();
  [a, b] = [await replica('a'), await replica('b')];
}, 60_000);
afterAll(async () => {
  for (const r of [a, b]) r?.run.child.kill('SIGKILL');
  await telegram?.close();
  await slack?.close();
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('two replicas on one Redis', () => {
  it('report Redis in /healthz, and exactly one polls Telegram', async () => {
    expect((await health(a.port))?.body.state).toEqual({ backend: 'redis', connected: true });
    expect([await modeOf(a), await modeOf(b)].sort()).toEqual(['telegram:polling', 'telegram:standby']);
  });

  it('answer a Slack event and its retry, sent to different replicas, once', async () => {
    const body = eventBody('EvReplica1', userDm('U101', '江城基金完成了多少投资？', '1700000500.000100'));
    expect((await send(a.url, body, 'json', { secret: SLACK_SECRET })).status).toBe(200);
    expect((await send(b.url, body, 'json', { secret: SLACK_SECRET, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await waitFor(() => posts('21.81亿元')[0], 'the answer', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(posts('21.81亿元').filter((c) => c.params.channel === 'DU101')).toHaveLength(1);
  });

  it('keep a conversation whose turns alternate between replicas', async () => {
    await send(a.url, eventBody('EvTurn1', userDm('U102', '汉口银行服务了多少家科技企业？', '1700000600.000100')), 'json', { secret: SLACK_SECRET });
    await waitFor(() => posts('超9500家').find((c) => c.params.channel === 'DU102'), 'the first turn', 10_000);
    await send(b.url, eventBody('EvTurn2', userDm('U102', '那武汉农商行呢？', '1700000600.000200')), 'json', { secret: SLACK_SECRET });
    await waitFor(() => posts('超7000户').find((c) => c.params.channel === 'DU102'), 'the follow-up, understood on the other replica', 10_000);
  });

  it('survive kill -9 of the Telegram poller mid-conversation: the other takes over and the follow-up is understood', async () => {
    const [poller, other] = (await modeOf(a)) === 'telegram:polling' ? [a, b] : [b, a];
    telegram.pushUpdate(textUpdate('汉口银行服务了多少家科技企业？', { chat: privateChat(951), from: user(951) }));
    await waitFor(() => telegram.callsOf('sendMessage').find((c) => c.params.chat_id === 951), 'the first answer', 10_000);
    poller.run.child.kill('SIGKILL');
    await poller.run.exit;
    await eventually(async () => (await modeOf(other)) === 'telegram:polling', 'the other replica to take over polling', 20_000);
    telegram.pushUpdate(textUpdate('那武汉农商行呢？', { chat: privateChat(951), from: user(951) }));
    await waitFor(() => telegram.callsOf('sendMessage').find((c) => c.params.chat_id === 951 && String(c.params.text).includes('超7000户')), 'the follow-up after the takeover', 10_000);
    const restarted = await replica(poller === a ? 'a2' : 'b2');
    if (poller === a) a = restarted;
    else b = restarted;
    expect(await modeOf(restarted)).toBe('telegram:standby');
  }, 60_000);

  it('stop a standby replica gracefully on SIGTERM, the poller going on', async () => {
    const standby = await replica('c');
    expect(await modeOf(standby)).toBe('telegram:standby');
    standby.run.child.kill('SIGTERM');
    expect(await standby.run.exit).toBe(0);
    telegram.pushUpdate(textUpdate('江城基金有多少位专家？', { chat: privateChat(952), from: user(952) }));
    await waitFor(() => telegram.callsOf('sendMessage').find((c) => c.params.chat_id === 952), 'an answer from the poller', 10_000);
  }, 30_000);

  it('lose no answer and do not crash when Redis stops and restarts under load', async () => {
    const sent: string[] = [];
    const ask = async (i: number) => {
      const userId = `U2${String(i).padStart(2, '0')}`;
      sent.push(userId);
      const r = i % 2 ? a : b;
      await send(r.url, eventBody(`EvLoad${i}`, userDm(userId, '江城基金完成了多少投资？', `1700000700.${String(i).padStart(6, '0')}`)), 'json', { secret: SLACK_SECRET });
    };
    for (let i = 0; i < 10; i++) await ask(i);
    await redis.stop();
    for (let i = 10; i < 20; i++) await ask(i);
    await eventually(async () => (await health(a.port))?.body.state !== undefined && ((await health(a.port))?.body.state as { connected: boolean }).connected === false, 'health to say Redis is down', 10_000);
    await redis.start();
    for (let i = 20; i < 30; i++) await ask(i);
    await eventually(() => sent.every((u) => posts('21.81亿元').some((c) => c.params.channel === `D${u}`)), 'every answer', 20_000);
    await eventually(async () => ((await health(a.port))?.body.state as { connected: boolean }).connected && ((await health(b.port))?.body.state as { connected: boolean }).connected, 'both replicas back on Redis', 20_000);
    for (const r of [a, b]) {
      expect(r.run.child.exitCode).toBeNull();
      expect(r.run.out()).toContain('Redis unreachable');
      expect(r.run.out()).toContain('Redis reachable');
    }
  }, 60_000);
});
