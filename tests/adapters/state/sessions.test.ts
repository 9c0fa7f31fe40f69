/**
 * The embedded session store: SQLite under DATA_DIR, so a restart keeps every
 * conversation; states expire and are bounded in size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { sqliteSessions } from '../../../adapters/state/sessions.js';
import { createAnswerService } from '../../../adapters/shared/answers.js';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const core = createCore(loadDataset(DEFAULT_DATA_DIR));

describe('SQLite sessions', () => {
  it('keep a conversation across a restart: the follow-up after reopening is understood', async () => {
    const path = join(dir, 'restart.sqlite');
    const before = sqliteSessions(path, { ttlMs: 60_000 });
    const first = createAnswerService({ core: () => core, sessions: before, logger: pino({ level: 'silent' }) });
    expect((await first.ask({ platform: 'telegram', conversation: 'tg:1', text: '汉口银行服务了多少家科技企业？' })).text).toContain('超9500家');
    before.close();
    const after = sqliteSessions(path, { ttlMs: 60_000 });
    const second = createAnswerService({ core: () => core, sessions: after, logger: pino({ level: 'silent' }) });
    expect((await second.ask({ platform: 'telegram', conversation: 'tg:1', text: '那武汉农商行呢？' })).text).toContain('超7000户');
    after.close();
  });

  it('forget a conversation after its time to live', async () => {
    const store = sqliteSessions(join(dir, 'ttl.sqlite'), { ttlMs: 30 });
    await store.set('c', { recent: ['x.f1'] });
    expect(await store.get('c')).toEqual({ recent: ['x.f1'] });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.get('c')).toEqual({});
    store.close();
  });

  it('do not keep a state past the size bound', async () => {
    const store = sqliteSessions(':memory:', { ttlMs: 60_000, maxBytes: 100 });
    await store.set('small', { recent: ['a'] });
    await store.set('big', { recent: Array.from({ length: 50 }, (_, i) => `fact.${i}`) });
    expect(await store.get('small')).toEqual({ recent: ['a'] });
    expect(await store.get('big')).toEqual({});
    store.close();
  });
});
