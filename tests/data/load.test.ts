import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError, DEFAULT_DATA_DIR, loadDataset } from '../../src/index.js';

const copies: string[] = [];

/** A scratch copy of data/ with one file rewritten by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-data-'));
  copies.push(dir);
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function problemsOf(dir: string): DataError['problems'] {
  try {
    loadDataset(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return (err as DataError).problems;
  }
  throw new Error('the broken data was accepted');
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading data/', () => {
  it('accepts the project data whole', () => {
    const data = loadDataset(DEFAULT_DATA_DIR);
    expect(data.facts.length).toBeGreaterThan(150);
    expect(data.version).toMatch(/\S/);
  });

  it('refuses a value that is not a number, naming file, path and reason', () => {
    const dir = brokenCopy('facts/hankou_bank.yaml', (t) => t.replace('value: "9500"', 'value: "九千五"'));
    expect(problemsOf(dir)).toContainEqual({
      file: 'facts/hankou_bank.yaml',
      path: 'facts[0].value',
      reason: 'a value is a plain number such as "95.48"',
    });
  });

  it('refuses a reference to an organisation that does not exist', () => {
    const dir = brokenCopy('facts/wrcb.yaml', (t) => t.replace('org: wrcb', 'org: no_such_bank'));
    const [problem] = problemsOf(dir);
    expect(problem).toMatchObject({ file: 'facts/wrcb.yaml', path: 'facts[0]' });
    expect(problem!.reason).toContain('no_such_bank');
  });

  it('refuses an alias claimed by two organisations', () => {
    const dir = brokenCopy('organisations.yaml', (t) => t.replace('aliases_zh: [汉口行, 汉行]', 'aliases_zh: [汉口行, 汉行, 农商行]'));
    const reasons = problemsOf(dir).map((p) => p.reason);
    expect(reasons.some((r) => r.includes('"农商行"') && r.includes('already claimed'))).toBe(true);
  });

  it('refuses a quote that is not in the source as written', () => {
    const dir = brokenCopy('facts/city.yaml', (t) => t.replace('quote: 入驻机构1675家', 'quote: 入驻机构1765家'));
    const reasons = problemsOf(dir).map((p) => p.reason);
    expect(reasons).toContain('quote "入驻机构1765家" is not in the source as written');
  });

  it('refuses a value typed wrong: its figure no longer stands in its quote', () => {
    const dir = brokenCopy('facts/touzi.yaml', (t) => t.replace('    value: "111"\n', '    value: "112"\n'));
    expect(problemsOf(dir).map((p) => p.reason)).toContain('figure "112家" does not stand in its quote');
  });

  it('refuses a written figure that states another value', () => {
    const dir = brokenCopy('facts/hankou_bank.yaml', (t) => t.replace('    value: "9500"\n', '    value: "9600"\n'));
    expect(problemsOf(dir).map((p) => p.reason)).toContain('figure "超9500家" does not state the value 9600');
  });

  it('refuses a duplicated fact id', () => {
    const dir = brokenCopy('facts/wrcb.yaml', (t) => t.replace('id: wrcb.years_focused', 'id: wrcb.nine_specials'));
    expect(problemsOf(dir).map((p) => p.reason)).toContain('fact id "wrcb.nine_specials" is used twice');
  });

  it('refuses a file that is not valid YAML, with the line', () => {
    const dir = brokenCopy('metrics.yaml', (t) => `${t}\n- { id: broken, zh: [unclosed\n`);
    const [problem] = problemsOf(dir);
    expect(problem!.file).toBe('metrics.yaml');
    expect(problem!.path).toMatch(/^line \d+, column \d+$/);
    expect(problem!.reason).toContain('not valid YAML');
  });

  it('lists every problem at once, so a curator fixes them in one pass', () => {
    const dir = brokenCopy('facts/jinkong.yaml', (t) =>
      t.replace('org: guotong_trust', 'org: ghost').replace('metric: abs_issuance', 'metric: no_metric'));
    const reasons = problemsOf(dir).map((p) => p.reason);
    expect(reasons.some((r) => r.includes('"ghost"'))).toBe(true);
    expect(reasons.some((r) => r.includes('"no_metric"'))).toBe(true);
  });

  it('names the message after the file and path, so the error reads on its own', () => {
    const dir = brokenCopy('facts/hankou_bank.yaml', (t) => t.replace('unit: 家', 'unit: ""'));
    try {
      loadDataset(dir);
      throw new Error('accepted');
    } catch (err) {
      expect((err as Error).message).toMatch(/facts\/hankou_bank\.yaml at facts\[0\]\.unit: /);
    }
  });
});
