/**
 * The figures a question states itself ("服务了5000户吗", "95.48亿指的是什么"),
 * with their unit and their value in base units, so they can be checked
 * against the article's figures or looked up by value.
 */
import type { Analysis } from './analyze.js';
import { shiftDecimal } from './numerals.js';

export interface StatedFigure {
  /** The number as written ("95.48"). */
  value: string;
  /** The unit after it, if any ("亿元", "户", "%"). */
  unit: string | null;
  /** The value in base units ("9548000000" for 95.48亿), for exact comparison. */
  base: string;
  /** Where it stands in the normalised text. */
  start: number;
}

// A unit is a magnitude, a counted word, or both ("1万家": ten thousand firms).
const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)\s*((?:万亿|亿|万)?(?:元|家|户|个|只|支|项|款|笔|场|条|次|人|位|名|种|倍|年期|年)?|%|billion|million|bn|m\b)?/g;

/** How many places a unit word moves the decimal point. */
export function magnitudeOf(unit: string | null): number {
  if (!unit) return 0;
  if (unit.startsWith('万亿')) return 12;
  if (unit.startsWith('亿')) return 8;
  if (unit.startsWith('万')) return 4;
  if (unit === 'billion' || unit === 'bn') return 9;
  if (unit === 'million' || unit === 'm') return 6;
  return 0;
}

/** The figures stated in an analysed question (years and numbers inside names are not figures). */
export function statedFigures(a: Analysis): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of a.text.matchAll(FIGURE)) {
    const value = m[1]!;
    const unit = m[2] || null;
    if (!a.numbers.includes(value)) continue;
    if (/^(19|20)\d{2}$/.test(value) && (unit === null || unit === '年')) continue;
    // A month or a day ("1月末", "27日") dates the question; it states no figure.
    if (unit === null && /^\s*(月|日|号)/.test(a.text.slice(m.index + m[0].length))) continue;
    out.push({ value, unit, base: shiftDecimal(value, magnitudeOf(unit)), start: m.index });
  }
  return out;
}
