/** Citations from the real core's answers: the source line and the one-line citation, cut only where it may be. */
import { describe, expect, it } from 'vitest';
import { citationLine, sourceText } from '../../../adapters/citation/index.js';
import { realCore } from '../telegram/helpers.js';

describe('citations', () => {
  const core = realCore();
  const zh = core.answer('汉口银行服务了多少家科技企业？').answer;
  const en = core.answer('How many tech firms has Hankou Bank served?').answer;

  it('names the article, its kind, its date and the section on the source line', () => {
    const line = sourceText(zh.facts, core.about('zh'), 'zh');
    expect(line).toBe(`出处：《${core.about('zh').title}》，报纸专版，2025年2月27日，「汉口银行：“金融活水”精准滴灌科创幼苗」`);
    expect(sourceText(en.facts, core.about('en'), 'en')).toContain('newspaper special section, 27 February 2025 — “Hankou Bank: credit for tech firms at every stage”');
  });

  it('cites a fact in one line with its verbatim quote and its English reading', () => {
    const line = citationLine(en.facts[0]!, core.about('en'), 'en');
    expect(line.startsWith('“服务科技企业超9500家” (Hankou Bank · tech firms served: more than 9,500) — “Wuhan goes all out')).toBe(true);
    expect(line).toContain('section “Hankou Bank');
  });

  it('drops the section, then the reading, to fit a limit, keeping the quote and the article whole', () => {
    for (const max of [256, 120, 90]) {
      const line = citationLine(zh.facts[0]!, core.about('zh'), 'zh', max);
      expect([...line].length, String(max)).toBeLessThanOrEqual(max);
      expect(line).toContain(core.about('zh').date);
    }
    expect(citationLine(zh.facts[0]!, core.about('zh'), 'zh', 90)).toContain('“服务科技企业超9500家”');
  });
});
