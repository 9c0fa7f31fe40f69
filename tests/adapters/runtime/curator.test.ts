import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { curatorPath, openCuratorStore } from '../../../adapters/runtime/curator.js';
import { formatRefused, formatReport } from '../../../scripts/report.js';
import { createAnswerService, VoteError, type VoteInput } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../../../src/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const core = createCore(loadDataset(DEFAULT_DATA_DIR));
const silent = pino({ level: 'silent' });

function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), 'curator-'));
  dirs.push(dir);
  return curatorPath(join(dir, 'var'));
}

describe('the curator loop', () => {
  it('records every not_found and clarify question, and only those, from real answers', async () => {
    const store = openCuratorStore(tempStore());
    const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: silent, recorder: store });
    for (const text of ['汉口银行2023年的净利润是多少？', '汉口银行2023年的净利润是多少？', '汉口银行 贷款', '汉口银行服务了多少家科技企业？', '你好']) {
      await answers.ask({ platform: 'telegram', conversation: 'c', text });
    }
    const rows = await store.report(10);
    expect(rows.map((r) => [r.question, r.count])).toEqual([['汉口银行2023年的净利润是多少', 2], ['汉口银行 贷款', 1]]);
    expect(rows[0]).toMatchObject({ platforms: 'telegram', statuses: 'not_found' });
    expect(rows[0]!.lastSeen).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(formatReport(rows)).toContain('汉口银行2023年的净利润是多少');
    await store.close();
  });

  it('stores hostile text as data, never as SQL', async () => {
    const store = openCuratorStore(':memory:');
    const nasty = "x'); DROP TABLE unanswered; --";
    await store.record({ platform: 'slack', lang: 'en', status: 'not_found', question: nasty, at: new Date('2026-01-02T03:04:05Z') });
    await store.record({ platform: 'slack', lang: 'en', status: 'not_found', question: 'ok', at: new Date('2026-01-02T03:04:06Z') });
    expect((await store.report(5)).map((r) => r.question)).toEqual(['ok', nasty]);
    await store.close();
  });

  it('reports plainly when nothing was recorded', () => {
    expect(formatReport([])).toBe('No unanswered questions recorded yet.');
    expect(formatRefused([])).toBe('No answer voted down yet.');
  });
});

describe('votes on answers', () => {
  const vote = (over: Partial<VoteInput> = {}): VoteInput => ({
    platform: 'telegram', conversation: 'tg:1', user: 'u1', answerKey: 'tg:1:10', question: '汉口银行服务了多少家科技企业？',
    factIds: ['hkb.f1'], lang: 'zh', vote: 'down', ...over,
  });

  it('keeps one vote per user per answer: recorded, duplicate, changed', async () => {
    const store = openCuratorStore(':memory:');
    const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: silent, recorder: store });
    expect(await answers.vote(vote())).toBe('recorded');
    expect(await answers.vote(vote())).toBe('duplicate');
    expect(await answers.vote(vote({ vote: 'up' }))).toBe('changed');
    expect(await answers.vote(vote({ user: 'u2' }))).toBe('recorded');
    expect(await answers.vote(vote({ platform: 'slack' }))).toBe('recorded');
    await store.close();
  });

  it('lists the most refused answers, survives a reopen, and the report prints them', async () => {
    const path = tempStore();
    const first = openCuratorStore(path);
    const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: silent, recorder: first });
    for (const user of ['a', 'b', 'c']) await answers.vote(vote({ user, answerKey: 'k1' }));
    await answers.vote(vote({ user: 'd', answerKey: 'k1', vote: 'up' }));
    await answers.vote(vote({ user: 'a', answerKey: 'k2', question: 'Other?', factIds: ['x.f2', 'x.f3'], lang: 'en' }));
    await answers.vote(vote({ user: 'a', answerKey: 'k3', question: 'Liked', vote: 'up' }));
    await first.close();
    const again = openCuratorStore(path);
    const rows = await again.refused(10);
    expect(rows.map((r) => [r.question, r.facts, r.down, r.up])).toEqual([
      ['汉口银行服务了多少家科技企业', 'hkb.f1', 3, 1],
      ['other', 'x.f2,x.f3', 1, 0],
    ]);
    expect(formatRefused(rows)).toMatch(/3\s+1\s+.*hkb\.f1\s+汉口银行服务了多少家科技企业/);
    await again.close();
  });

  it('refuses a vote when no curator store is configured', async () => {
    const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: silent });
    await expect(answers.vote(vote())).rejects.toBeInstanceOf(VoteError);
  });
});
