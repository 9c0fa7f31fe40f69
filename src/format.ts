/**
 * How a figure reads: as the source writes it (超9500家, 4218亿元) and, for
 * English readers, with a conversion (more than 9,500; RMB 421.8 billion).
 */
import { groupThousands, shiftDecimal } from './numerals.js';
import type { Lang } from './types.js';

/** The figure as written, with the PDF's stray spaces removed: "95.48 亿元" → "95.48亿元". */
export function tidyWritten(written: string): string {
  return written.replace(/\s+/g, '');
}

const QUALIFIER_EN: Record<string, string> = {
  超: 'more than', 超过: 'more than', 突破: 'more than', 余: 'more than', 近: 'nearly', 约: 'about',
};

/** The English words for the precision qualifier of a figure, if it has one. */
export function qualifierEn(qualifiers: readonly string[]): string {
  for (const q of qualifiers) if (QUALIFIER_EN[q]) return QUALIFIER_EN[q]!;
  return '';
}

/** Writes a large plain decimal in words: "42180000000" → "42.18 billion". */
function scaled(value: string): string {
  const whole = value.split('.')[0] ?? '0';
  if (whole.length > 9) return `${shiftDecimal(value, -9)} billion`;
  if (whole.length > 6) return `${shiftDecimal(value, -6)} million`;
  return groupThousands(value);
}

/**
 * Converts a figure to plain English: 4218 亿元 → "RMB 421.8 billion",
 * 3.32 万笔 → "33,200", 64 % → "64%", 2007 年 (a year) → "2007".
 */
export function convertForEnglish(value: string, unit: string, isYear: boolean): string {
  if (unit === '%') return `${value}%`;
  if (isYear) return value;
  if (unit === '年') return `${value} year${value === '1' ? '' : 's'}`;
  const money = unit.endsWith('元');
  const magnitude = unit.startsWith('亿') ? 8 : unit.startsWith('万') ? 4 : 0;
  const plain = shiftDecimal(value, magnitude);
  const words = scaled(plain);
  return money ? `RMB ${words}` : words;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const AS_OF_EN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(?:截至|至|到)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*末$/, (m) => `as of the end of ${MONTHS[Number(m[2]) - 1]} ${m[1]}`],
  [/^(?:截至|至|到)\s*(\d{4})\s*年\s*(?:末|底)$/, (m) => `as of the end of ${m[1]}`],
  [/^(\d{4})\s*年\s*(\d{1,2})\s*月$/, (m) => `${MONTHS[Number(m[2]) - 1]} ${m[1]}`],
  [/^(\d{4})\s*年$/, (m) => `in ${m[1]}`],
  [/^(\d+)\s*年累计$/, (m) => `over ${m[1]} years`],
  [/^随后的\s*(\d+)\s*年间$/, (m) => `over the following ${m[1]} years`],
  [/^近年来$/, () => 'in recent years'],
  [/^目前$/, () => 'currently'],
];

/** The as-of period in English: "截至2024年末" → "as of the end of 2024". */
export function asOfEn(asOf: string): string {
  for (const [pattern, render] of AS_OF_EN) {
    const m = pattern.exec(asOf.trim());
    if (m) return render(m);
  }
  return `(${asOf})`;
}

/** A date as English readers write it: "2025-02-27" → "27 February 2025". */
export function dateEn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Years as a reply names them: "2023年、2024年", or "2023、2024" in English. */
export function yearList(years: readonly number[], lang: Lang): string {
  return years.map((y) => (lang === 'en' ? `${y}` : `${y}年`)).join('、');
}
