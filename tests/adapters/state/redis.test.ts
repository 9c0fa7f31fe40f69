/**
 * The Redis backend against a real redis-server: what two replicas (two
 * State objects on one Redis) share, the lease, and a replica that loses
 * Redis, keeps answering without it, says so, and recovers.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import pino from 'pino';
import { openState, type State } from '../../../adapters/state/index.js';
import { redisLease } from '../../../adapters/state/lease.js';
import { loadConfig } from '../../../adapters/runtime/config.js';
import { createAnswerService } from '../../../adapters/shared/answers.js';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../../../src/index.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { build, ROOT } from '../runtime/process-helpers.js';

let redis: RedisServer;
const states: State[] = [];
const core = createCore(loadDataset(DEFAULT_DATA_DIR));

/** A log that keeps its lines, to read what the replica said. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

async function replica(logger = pino({ level: 'silent' }), rate = { timeFrameMs: 60_000, limit: 3 }): Promise<State> {
  const state = openState(loadConfig({ STATE_URL: redis.url, SESSION_TTL_MINUTES: '1' }), { logger, rate });
  states.push(state);
  const deadline = Date.now() + 5_000;
  while (!state.health().connected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return state;
}

const eventually = async (check: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const s of states) await s.close();
  await redis.stop();
});

describe('Redis state shared by two replicas', () => {
  it('continues a conversation whose turns alternate between replicas', async () => {
    const [a, b] = [await replica(), await replica()];
    const on = (s: State) => createAnswerService({ core: () => core, sessions: s.sessions, logger: pino({ level: 'silent' }), recorder: s.curator });
    await on(a).ask({ platform: 'slack', conversation: 'slack:T:D1', text: '汉口银行服务了多少家科技企业？' });
    expect((await on(b).ask({ platform: 'slack', conversation: 'slack:T:D1', text: '那武汉农商行呢？' })).text).toContain('超7000户');
    expect(a.health()).toEqual({ backend: 'redis', connected: true });
  });

  it('lets exactly one replica claim an event id, and shares keys and limits', async () => {
    const [a, b] = [await replica(), await replica()];
    expect(await a.keys.claim('slack:event:Ev1', 60_000)).toBe(true);
    expect(await b.keys.claim('slack:event:Ev1', 60_000)).toBe(false);
    await a.keys.put('share:k1', '{"x":1}', 60_000);
    expect(await b.keys.get('share:k1')).toBe('{"x":1}');
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await (i % 2 ? a : b).limits.questions.take('slack:T:U1'));
    expect(verdicts).toEqual(['allowed', 'allowed', 'allowed', 'refused-first', 'refused']);
    expect(await a.limits.questions.take('tg:7')).toBe('allowed');
  });

  it('bounds a session’s size and lets it expire with its TTL', async () => {
    const a = await replica();
    await a.sessions.set('big', { recent: Array.from({ length: 3000 }, (_, i) => `fact.number.${i}`) });
    expect(await a.sessions.get('big')).toEqual({});
    await a.sessions.set('small', { recent: ['x'] });
    expect(await a.sessions.get('small')).toEqual({ recent: ['x'] });
  });

  it('keeps curator records and votes from every replica, one vote per user per answer', async () => {
    const [a, b] = [await replica(), await replica()];
    const at = new Date('2026-03-01T10:00:00Z');
    await a.curator.record({ platform: 'telegram', lang: 'zh', status: 'not_found', question: '净利润', at });
    await b.curator.record({ platform: 'slack', lang: 'zh', status: 'not_found', question: '净利润', at: new Date('2026-03-02T10:00:00Z') });
    expect(await a.curator.report(5)).toEqual([{ question: '净利润', count: 2, lastSeen: '2026-03-02T10:00:00.000Z', platforms: 'slack,telegram', statuses: 'not_found' }]);
    const vote = { platform: 'slack' as const, conversation: 'c', user: 'U1', answerKey: 'k', question: 'q', factIds: ['f1'], lang: 'en' as const, vote: 'down' as const, at };
    expect(await a.curator.vote(vote)).toBe('recorded');
    expect(await b.curator.vote(vote)).toBe('duplicate');
    expect(await b.curator.vote({ ...vote, user: 'U2' })).toBe('recorded');
    expect(await a.curator.vote({ ...vote, vote: 'up' })).toBe('changed');
    expect(await b.curator.refused(5)).toEqual([{ question: 'q', facts: 'f1', down: 1, up: 1, lastSeen: at.toISOString() }]);
  });

  it('lets `npm run report` list what every replica recorded', async () => {
    const [a, b] = [await replica(), await replica()];
    const at = new Date('2026-03-03T10:00:00Z');
    await a.curator.record({ platform: 'telegram', lang: 'zh', status: 'not_found', question: '报告里的问题', at });
    await b.curator.record({ platform: 'slack', lang: 'zh', status: 'not_found', question: '报告里的问题', at });
    await b.curator.vote({ platform: 'slack', conversation: 'c', user: 'U9', answerKey: 'rk', question: '被拒绝的回答', factIds: ['f9'], lang: 'zh', vote: 'down', at });
    build();
    const out = execFileSync(process.execPath, ['dist/report.mjs'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', STATE_URL: redis.url }, encoding: 'utf8' });
    expect(out).toMatch(/2\s+2026-03-03 10:00\s+not_found\s+slack,telegram\s+报告里的问题/);
    expect(out).toMatch(/Most refused answers\n.*\n1\s+0\s+.*f9\s+被拒绝的回答/);
  });

  it('gives the polling lease to one replica, and to another once the holder stops renewing', async () => {
    const [a, b] = [new Redis(redis.url), new Redis(redis.url)];
    const first = redisLease(a, 'test-lease', 300);
    const second = redisLease(b, 'test-lease', 300);
    expect(await first.acquire()).toBe(true);
    expect(await second.acquire()).toBe(false);
    expect(await first.renew()).toBe('held');
    await new Promise((r) => setTimeout(r, 400));
    expect(await second.acquire()).toBe(true);
    expect(await first.renew()).toBe('lost');
    await second.release();
    expect(await first.acquire()).toBe(true);
    a.disconnect();
    b.disconnect();
  });
});

describe('the test harness', () => {
  it('fails, saying how to install it, when redis-server is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(startRedis()).rejects.toThrow(/redis-server is not installed.*apt-get install -y redis-server/);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('a replica that loses Redis', () => {
  it('keeps answering without shared memory, says so in the log and health, and recovers', async () => {
    const { logger, lines } = recordingLogger();
    const a = await replica(logger);
    const answers = createAnswerService({ core: () => core, sessions: a.sessions, logger, recorder: a.curator });
    await redis.stop();
    await eventually(() => a.health().connected === false, 'health to say Redis is down');
    expect(lines.some((l) => l.includes('Redis unreachable'))).toBe(true);
    expect((await answers.ask({ platform: 'telegram', conversation: 'tg:5', text: '汉口银行服务了多少家科技企业？' })).text).toContain('超9500家');
    expect(await a.limits.questions.take('tg:5')).toBe('allowed');
    expect(await a.keys.claim('slack:event:during-outage', 60_000)).toBe(true);
    expect(await a.keys.claim('slack:event:during-outage', 60_000)).toBe(false);
    await redis.start();
    await eventually(() => a.health().connected === true, 'Redis to be back', 15_000);
    expect(lines.some((l) => l.includes('Redis reachable'))).toBe(true);
    await a.sessions.set('after', { recent: ['y'] });
    expect(await (await replica()).sessions.get('after')).toEqual({ recent: ['y'] });
  });
});
