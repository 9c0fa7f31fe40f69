/**
 * The question bank covers every fact in both languages, and its questions
 * are not the evaluation sets' questions (the bank is written from the
 * article and the facts alone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, detectLanguage, loadDataset } from '../../src/index.js';

const data = loadDataset(DEFAULT_DATA_DIR);

describe('the question bank', () => {
  it('gives every fact at least five alternate questions, in Chinese and in English', () => {
    const byFact = new Map<string, string[]>();
    for (const [id, q] of data.bank) byFact.set(id, [...(byFact.get(id) ?? []), q]);
    const thin = data.facts.filter((f) => {
      const qs = byFact.get(f.id) ?? [];
      return qs.length < 5 || !qs.some((q) => detectLanguage(q) === 'zh') || !qs.some((q) => detectLanguage(q) === 'en');
    });
    expect(thin.map((f) => f.id)).toEqual([]);
  });

  it('holds none of the evaluation questions', () => {
    const dirs = [join(DEFAULT_DATA_DIR, '..', 'tests', 'eval'), join(DEFAULT_DATA_DIR, '..', 'tests', 'eval', 'fresh'), join(DEFAULT_DATA_DIR, '..', '..', 'shared', 'eval')];
    const asked = new Set<string>();
    for (const dir of dirs.filter((d) => existsSync(d))) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim())) asked.add((JSON.parse(line) as { q: string }).q.trim());
      }
    }
    expect(asked.size).toBeGreaterThan(0);
    expect(data.bank.filter(([, q]) => asked.has(q.trim())).map(([id, q]) => `${id}: ${q}`)).toEqual([]);
  });
});
