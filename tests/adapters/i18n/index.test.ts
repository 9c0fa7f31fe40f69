/** The one string table: both languages complete, values inserted as given, settings read loosely. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../adapters/i18n/en.js';
import { zh } from '../../../adapters/i18n/zh.js';
import { parseLang, ui } from '../../../adapters/i18n/index.js';

describe('ui strings', () => {
  it('gives every key in both languages (Chinese has one plural form)', () => {
    const english = Object.keys(en).filter((k) => k !== 'more_one').sort();
    expect(Object.keys(zh).sort()).toEqual(english);
    for (const key of english) expect(ui('zh')(key as keyof typeof en), key).not.toBe(key);
  });

  it('inserts values unescaped (each platform escapes for its markup) and counts plurals', () => {
    expect(ui('en')('asked', { question: '<b>&' })).toBe('› <b>&');
    expect(ui('en')('more', { count: 1 })).toBe('1 more not shown.');
    expect(ui('zh')('more', { count: 3 })).toBe('另有 3 项未列出。');
  });

  it('reads a language setting or tag loosely, and nothing else', () => {
    expect(['zh', 'zh-hant', '中文', 'Chinese', ' ZH '].map(parseLang)).toEqual(['zh', 'zh', 'zh', 'zh', 'zh']);
    expect(['en', 'en-GB', 'English', '英文'].map(parseLang)).toEqual(['en', 'en', 'en', 'en']);
    expect(['', 'de', 'fr', undefined].map(parseLang)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
