import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/index.js';
import { joinBrokenLines, statedNumber } from '../../src/data/check.js';
import { tidyWritten } from '../../src/format.js';

const data = loadDataset(DEFAULT_DATA_DIR);
const source = joinBrokenLines(readFileSync(join(DEFAULT_DATA_DIR, data.document.file), 'utf8'));

describe('the dataset', () => {
  it('holds every figure of the article: well over a hundred, across some twenty organisations', () => {
    const figures = data.facts.filter((f) => f.value !== undefined);
    expect(figures.length).toBeGreaterThanOrEqual(120);
    expect(new Set(data.facts.map((f) => f.org)).size).toBeGreaterThanOrEqual(15);
  });

  it('has every number printed in the article among its values (page furniture aside)', () => {
    const values = new Set(data.facts.flatMap((f) => (f.value === undefined ? [] : [f.value])));
    const asOf = data.facts.map((f) => `${f.as_of ?? ''} ${f.quote}`).join(' ');
    const body = tidyWritten(source).replace(/^.*?星期四.*?星期四/, '');
    const missing = [...body.matchAll(/\d+(?:\.\d+)?/g)]
      .map((m) => m[0])
      .filter((n) => !values.has(n) && !/^(965|1)$/.test(n) && !asOf.includes(`${n}年`));
    expect(missing).toEqual([]);
  });

  it.each(data.facts.map((f) => [f.id, f] as const))('%s: its quote stands verbatim in the source', (_, fact) => {
    expect(source).toContain(fact.quote);
    for (const also of fact.also) expect(source).toContain(also);
  });

  it.each(data.facts.filter((f) => f.figure !== null).map((f) => [f.id, f] as const))(
    '%s: its figure stands inside its own quote and states its value',
    (_, fact) => {
      expect(tidyWritten(fact.quote)).toContain(fact.figure);
      expect(statedNumber(fact.figure!, fact.unit!)).toBe(Number(fact.value));
    },
  );

  it('keeps values exactly as written, as decimal text', () => {
    const byId = (id: string) => data.factById.get(id)!;
    expect(byId('rongdan.guarantee_volume').value).toBe('95.48');
    expect(byId('hanrongtong.financing_facilitated').figure).toBe('4218亿元');
    expect(byId('hankou.servicebio_total_support').value).toBe('3.275');
    expect(byId('hankou.tech_firms_served').figure).toBe('超9500家');
    expect(byId('hankou.tech_firms_served').qualifier).toEqual(['超']);
  });

  it('links figures of one thing as related, each with its own scope', () => {
    const pairs = [
      ['hanrongtong.matchmade_financing', 'hanrongtong.financing_facilitated'],
      ['hanrongtong.registered_entities', 'hanrongtong.entities_covered'],
      ['hanrongtong.registered_entities', 'hanrongtong.entities_covered_all'],
    ];
    for (const [a, b] of pairs) {
      const fa = data.factById.get(a!)!;
      expect(fa.related).toContain(b);
      expect(fa.scope?.zh).toBeTruthy();
      expect(data.factById.get(b!)!.scope?.en).toBeTruthy();
    }
  });

  it('places the two leasing companies under 武汉金控集团 and the guarantee company under 武汉投控集团', () => {
    expect(data.orgs.get('rongdan')!.parent).toBe('touzi');
    expect(data.orgs.get('wuhan_leasing')!.parent).toBe('jinkong');
    expect(data.orgs.get('hubei_leasing')!.parent).toBe('jinkong');
  });

  it('keeps the text facts people look up: listings, products, pilots and named models', () => {
    const text = data.facts.map((f) => `${f.text ?? ''}${f.items.join('')}`).join('\n');
    for (const needle of ['国产数据库领域第一股', '启航·育苗担', '九专', '2+X', '四链', '科技保险创新试点']) {
      expect(text).toContain(needle);
    }
    const pilots = data.facts.filter((f) => f.metric === 'milestone').map((f) => f.value);
    expect(pilots.sort()).toEqual(['2007', '2012', '2015', '2021', '2025']);
  });

  it('gives every organisation and metric an English name', () => {
    for (const org of data.orgs.values()) expect(org.en).toMatch(/[A-Za-z]/);
    for (const metric of data.metrics.values()) expect(metric.en).toMatch(/[A-Za-z]/);
    for (const fact of data.facts) if (fact.text) expect(fact.text_en).toMatch(/[A-Za-z]/);
  });
});
