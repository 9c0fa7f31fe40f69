import { describe, expect, it } from 'vitest';
import { cleanInput, detectLanguage, normalize, stemEnglish } from '../../src/normalize.js';
import { arabizeChineseNumerals, compareDecimals, groupThousands, parseChineseNumeral, shiftDecimal } from '../../src/numerals.js';
import { asOfEn, convertForEnglish } from '../../src/format.js';

describe('normalising a question', () => {
  it.each([
    ['漢口銀行服務了多少家科技企業？', '汉口银行服务了多少家科技企业'],
    ['ＡＢＣ１２３', 'abc123'],
    ['“汉融通”平台', '汉融通平台'],
    ['二〇二四年', '2024年'],
    ['How many Funds?', 'how many fund'],
    ['95.48 亿元，近50%', '95.48 亿元,近50%'],
    ['a\u200bb\u202ec', 'abc'],
    ['over eight years', 'over 8 year'],
    ['Which of the two is bigger?', 'which of the two is bigger'],
    ['the two products', 'the 2 product'],
    ['the two 差多少', 'the two 差多少'],
    ['served 9,500 firms, lent 1,152.08', 'served 9500 firm,lent 1152.08'],
    ['2017,2018年和3,5', '2017,2018年和3,5'],
    // A possessive is its word; "it's" (two letters) is left alone.
    ["Chengdu's loans, Wuhan's", 'chengdu loan,wuhan'],
  ])('%j → %j', (raw, expected) => expect(normalize(raw)).toBe(expected));

  it('removes lone surrogates and caps the length', () => {
    expect(cleanInput('a\ud800b')).toBe('ab');
    expect(cleanInput('x'.repeat(100_000)).length).toBe(500);
  });

  it('tells English from Chinese, mixed questions by their sentence', () => {
    expect(detectLanguage('How much has WRCB lent to Healthgen (禾元生物)?')).toBe('en');
    expect(detectLanguage('汉口银行 ABS 多少')).toBe('zh');
    expect(detectLanguage('')).toBe('zh');
  });

  it.each([['companies', 'company'], ['funds', 'fund'], ["wuhan's", 'wuhan'], ['business', 'business'], ['has', 'has']])(
    'stems %s as %s', (w, s) => expect(stemEnglish(w)).toBe(s));
});

describe('Chinese numerals', () => {
  it.each([
    ['二〇二四', 2024], ['两千四百', 2400], ['十二', 12], ['十', 10], ['百', 100], ['三千七百零九', 3709], ['一万', 10000], ['二三', 23],
  ])('%s = %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('rewrites runs of two or more, leaving words like 一共 and 四链', () => {
    expect(arabizeChineseNumerals('一共两千四百家，四链')).toBe('一共2400家，四链');
  });
});

describe('exact decimal arithmetic', () => {
  it.each([
    ['4218', -1, '421.8'], ['95.48', 8, '9548000000'], ['3.32', 4, '33200'], ['0.5', -2, '0.005'], ['29.52', 0, '29.52'],
  ])('shift %s by %d', (v, p, out) => expect(shiftDecimal(v, p as number)).toBe(out));

  it('compares without floating point', () => {
    expect(compareDecimals('0.3', '0.29999999999999999')).toBe(1);
    expect(compareDecimals('2400', '2400.0')).toBe(0);
    expect(groupThousands('1234567.5')).toBe('1,234,567.5');
  });

  it('converts figures for English readers', () => {
    expect(convertForEnglish('4218', '亿元', false)).toBe('RMB 421.8 billion');
    expect(convertForEnglish('2.4', '亿元', false)).toBe('RMB 240 million');
    expect(convertForEnglish('230', '万元', false)).toBe('RMB 2.3 million');
    expect(convertForEnglish('3.32', '万笔', false)).toBe('33,200');
    expect(convertForEnglish('2007', '年', true)).toBe('2007');
    expect(asOfEn('截至2024年末')).toBe('as of the end of 2024');
    expect(asOfEn('至2025年1月末')).toBe('as of the end of January 2025');
  });
});
