/**
 * Rendering and the callback codec, without a bot: escaping, the figure line
 * in both languages, the 4096 split at line boundaries, the 64-byte limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CitedFact } from '../../../src/index.js';
import { decodeCallback, encodeCallback } from '../../../adapters/telegram/callbacks.js';
import { buttonLabel } from '../../../adapters/telegram/keyboards.js';
import { escapeHtml, renderAnswer, splitHtml } from '../../../adapters/telegram/render.js';
import { htmlProblem } from './bot-api-rules.js';
import { realCore } from './helpers.js';

function fact(over: Partial<CitedFact> = {}): CitedFact {
  return {
    id: 'hankou.tech_firms_served', org: '汉口银行', subject: null, metric: '服务科技企业数', figure: '超9500家',
    figureEn: 'more than 9,500', value: '9500', unit: '家', qualifier: ['超'], asOf: null, text: null, quote: '服务科技企业超9500家',
    section: '汉口银行：“金融活水”精准滴灌科创幼苗', scope: null, sentence: '汉口银行 · 服务科技企业数：超9500家', ...over,
  };
}

const ZH = { title: '武汉全力打造全国科技金融中心', kind: '报纸专版', date: '2025年2月27日' };
const EN = { title: 'Wuhan goes all out', kind: 'newspaper special section', date: '27 February 2025' };

function answer(over: Partial<Answer> = {}): Answer {
  return {
    status: 'answered', kind: 'lookup', lang: 'zh', script: 'simplified', headline: 'h', facts: [fact()], choices: [], suggestions: [], notes: [], text: '', ...over,
  };
}

describe('render', () => {
  it('escapes &, < and >', () => {
    expect(escapeHtml('<b>x</b> & <script>')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;');
  });

  it('states each figure once, in bold, with what it is and its qualifier and period, then the quote, then the source', () => {
    const lines = renderAnswer(answer({ facts: [fact({ figure: '4218亿元', qualifier: ['累计'], asOf: '截至2024年末', quote: '累计促成融资4218亿元' })] }), ZH);
    expect(lines[0]).toBe('<b>4218亿元</b> 汉口银行 · 服务科技企业数（累计，截至2024年末）');
    expect(lines[1]).toBe('<blockquote>累计促成融资4218亿元</blockquote>');
    expect(lines.at(-1)).toBe('<i>出处：《武汉全力打造全国科技金融中心》，报纸专版，2025年2月27日，「汉口银行：“金融活水”精准滴灌科创幼苗」</i>');
    // The figure appears in bold once and in the quote once: no headline or sentence repeats it.
    expect(lines.join('\n').split('4218亿元').length - 1).toBe(2);
  });

  it('does not repeat a qualifier the figure already shows', () => {
    expect(renderAnswer(answer(), ZH)[0]).toBe('<b>超9500家</b> 汉口银行 · 服务科技企业数');
  });

  it('shows figure (figureEn) in English, with the period', () => {
    const lines = renderAnswer(answer({ lang: 'en', facts: [fact({ org: 'Hankou Bank', metric: 'tech firms served', asOf: 'as of the end of 2024' })] }), EN);
    expect(lines[0]).toBe('<b>超9500家</b> (more than 9,500) Hankou Bank · tech firms served, as of the end of 2024');
    expect(lines.at(-1)).toContain('Source: “Wuhan goes all out”, newspaper special section, 27 February 2025 — ');
  });

  it('keeps a comparison\'s verdict as its headline', () => {
    const lines = renderAnswer(answer({ kind: 'compare', headline: '汉口银行更多。' }), ZH);
    expect(lines[0]).toBe('汉口银行更多。');
  });

  it('escapes markup in every data field', () => {
    const evil = '<script>&</script>';
    const lines = renderAnswer(
      answer({ kind: 'multi', headline: evil, notes: [evil], facts: [fact({ figure: evil, sentence: evil, quote: evil, scope: evil, section: evil, asOf: evil })], choices: [{ label: evil, factIds: ['a.b'] }] }),
      { title: evil, kind: evil, date: evil },
    );
    const html = lines.join('\n');
    expect(html).not.toContain('<script>');
    expect(htmlProblem(html).error).toBeUndefined();
  });

  it('splits a long answer at line boundaries into valid messages of at most 4096 characters', () => {
    const facts = Array.from({ length: 80 }, (_, i) => fact({ id: `f.${i}`, quote: `第${i}条 ${'引文&<>'.repeat(30)}`, sentence: `句子 ${i}` }));
    const lines = renderAnswer(answer({ kind: 'list', headline: '很多', facts }), ZH);
    const chunks = splitHtml(lines);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(4096);
      expect(htmlProblem(chunk).error).toBeUndefined();
    }
    // Nothing is lost or cut: the chunks are the lines, regrouped.
    expect(chunks.join('\n').split('\n').filter((l) => l !== '')).toEqual(lines.filter((l) => l !== ''));
  });

  it('cuts a single over-long line without breaking an entity or leaving a tag open', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4000, maxLength: 12000 }), (text) => {
        const chunks = splitHtml([`<blockquote>${escapeHtml(text.replace(/\n/g, ' '))}</blockquote>`]);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(4096);
          expect(htmlProblem(chunk).error).toBeUndefined();
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('buttonLabel', () => {
  it('cuts a long label between words, never inside a figure', () => {
    const label = buttonLabel('汉口银行 · 服务科技企业数：超9500家，武汉农商行 · 服务企业数：超7000户（累计，截至2024年末）再加一些很长的说明文字');
    expect([...label].length).toBeLessThanOrEqual(60);
    expect(label.endsWith('…')).toBe(true);
    // Whatever is kept of a figure is all of it.
    for (const figure of label.match(/超?\d+[家户]?/g) ?? []) expect(['超9500家', '超7000户', '2024']).toContain(figure);
    expect(buttonLabel('short')).toBe('short');
  });
});

describe('callback_data codec', () => {
  it('round-trips every fact and organisation id of the dataset within 64 bytes', () => {
    const core = realCore();
    for (const id of core.knowledge.data.factById.keys()) {
      const data = encodeCallback({ kind: 'facts', lang: 'en', factIds: [id] });
      expect(data, id).toBeDefined();
      expect(Buffer.byteLength(data!)).toBeLessThanOrEqual(64);
      expect(decodeCallback(data)).toEqual({ kind: 'facts', lang: 'en', factIds: [id] });
    }
    for (const org of core.organisations('zh')) {
      expect(decodeCallback(encodeCallback({ kind: 'org', lang: 'zh', orgId: org.id }))).toEqual({ kind: 'org', lang: 'zh', orgId: org.id });
    }
  });

  it('refuses what would not fit or is not an id, instead of cutting it', () => {
    const long = Array.from({ length: 4 }, (_, i) => `hanrongtong.financing_facilitated_${i}`);
    expect(encodeCallback({ kind: 'facts', lang: 'zh', factIds: long })).toBeUndefined();
    expect(encodeCallback({ kind: 'facts', lang: 'zh', factIds: ['<b>x</b>'] })).toBeUndefined();
  });

  it('round-trips list pages, card pages and votes', () => {
    const actions = [
      { kind: 'list', lang: 'zh', group: 'other', page: 2 },
      { kind: 'more', lang: 'en', orgId: 'hankou_bank', page: 3 },
      { kind: 'vote', lang: 'zh', up: false, factId: 'hankou.tech_firms_served' },
      { kind: 'vote', lang: 'en', up: true },
      { kind: 'back', lang: 'zh' },
    ] as const;
    for (const action of actions) expect(decodeCallback(encodeCallback(action))).toEqual(action);
  });

  it('decodes anything else to undefined', () => {
    for (const data of [undefined, '', 'f:', 'f:de:x.y', 'q:zh:abc', 'x:zh:abc', 'o:en:<b>', 'f:zh:a,,b', 'l:zh:all:0', 'm:zh:x:y', 'v:zh:maybe', 'v:zh:u:<b>']) {
      expect(decodeCallback(data), String(data)).toBeUndefined();
    }
  });
});
