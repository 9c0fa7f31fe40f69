import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { curatorPath, openCuratorStore } from '../../../adapters/runtime/curator.js';
import { formatReport } from '../../../scripts/report.js';
import { createAnswerService } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../../../src/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the curator loop', () => {
  it('records every not_found and clarify question, and only those, from real answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curator-'));
    dirs.push(dir);
    const store = openCuratorStore(curatorPath(join(dir, 'var')));
    const core = createCore(loadDataset(DEFAULT_DATA_DIR));
    const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: pino({ level: 'silent' }), recorder: store });
    for (const text of ['汉口银行2023年的净利润是多少？', '汉口银行2023年的净利润是多少？', '汉口银行 贷款', '汉口银行服务了多少家科技企业？', '你好']) {
      answers.ask({ platform: 'telegram', conversation: 'c', text });
    }
    const rows = store.report(10);
    expect(rows.map((r) => [r.question, r.count])).toEqual([['汉口银行2023年的净利润是多少', 2], ['汉口银行 贷款', 1]]);
    expect(rows[0]).toMatchObject({ platforms: 'telegram', statuses: 'not_found' });
    expect(rows[0]!.lastSeen).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(formatReport(rows)).toContain('汉口银行2023年的净利润是多少');
    store.close();
  });

  it('stores hostile text as data, never as SQL', () => {
    const store = openCuratorStore(':memory:');
    const nasty = "x'); DROP TABLE unanswered; --";
    store.record({ platform: 'slack', lang: 'en', status: 'not_found', question: nasty, at: new Date('2026-01-02T03:04:05Z') });
    store.record({ platform: 'slack', lang: 'en', status: 'not_found', question: 'ok', at: new Date('2026-01-02T03:04:06Z') });
    expect(store.report(5).map((r) => r.question)).toEqual(['ok', nasty]);
    store.close();
  });

  it('reports plainly when nothing was recorded', () => {
    expect(formatReport([])).toBe('No unanswered questions recorded yet.');
  });
});
