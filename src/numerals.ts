/**
 * Chinese numerals (二〇二四, 两千四百, 百亿) and exact decimal arithmetic on the
 * figures as written, so 95.48 never turns into 95.479999.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A run of characters that can form a Chinese number. */
export const CHINESE_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;

/**
 * Parses a Chinese numeral: positional (二〇二四 → 2024) when it has no unit
 * characters, otherwise with units (两千四百 → 2400, 十二 → 12, 百亿 → 1e10).
 * Returns null when the text is not a well-formed number.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    if (chars.length === 1) return DIGITS[chars[0]!]!;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastBig = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[c] !== 0) return null; // 二三 inside a unit number (零九 is fine)
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else if (c in BIG_UNITS) {
      const unit = BIG_UNITS[c]!;
      const part = section + (digit ?? 0);
      // 一亿两千万: a smaller magnitude after a larger one scales its own part only.
      if (unit < lastBig) total += (part === 0 ? 1 : part) * unit;
      else total = (total + (part === 0 ? 1 : part)) * unit;
      lastBig = unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A Chinese number with an optional decimal part and magnitude: 九十五点四八亿, 一亿两千万, 百亿. */
const CHINESE_NUMBER = /([零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*)(?:点([零〇一二三四五六七八九]+)([万亿]?))?/g;

/** Writes an integer in 亿 or 万 when the Chinese numeral used that magnitude: 120000000 → "1.2亿". */
function withMagnitude(value: number, run: string): string {
  const digits = BigInt(Math.round(value)).toString();
  if (run.includes('亿') && value >= 1e8) return `${shiftDecimal(digits, -8)}亿`;
  if (run.includes('万') && value >= 1e4) return `${shiftDecimal(digits, -4)}万`;
  return digits;
}

/**
 * Rewrites Chinese numbers in a question as Arabic digits, keeping the
 * magnitude the question names (百亿 → 100亿, 一亿两千万 → 1.2亿,
 * 九十五点四八 → 95.48), but only runs of two or more characters: a lone 一
 * or 三 is usually part of a word (一共, 三大, 四链) and stays as it is.
 */
export function arabizeChineseNumerals(text: string): string {
  return text.replace(CHINESE_NUMBER, (whole, run: string, frac: string | undefined, magnitude: string | undefined) => {
    if (frac !== undefined) {
      const intPart = parseChineseNumeral(run);
      const fracDigits = [...frac].map((c) => DIGITS[c]).join('');
      return intPart === null ? whole : `${intPart}.${fracDigits}${magnitude ?? ''}`;
    }
    if ([...run].length < 2) return run;
    const value = parseChineseNumeral(run);
    return value === null || !Number.isFinite(value) ? run : withMagnitude(value, run);
  });
}

/** Moves the decimal point of a plain decimal string: shiftDecimal("4218", -1) is "421.8". */
export function shiftDecimal(value: string, places: number): string {
  const [intPart = '0', fracPart = ''] = value.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/** Adds thousands separators to a plain decimal string: "33200" → "33,200". */
export function groupThousands(value: string): string {
  const [whole = '', frac] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * Compares two plain decimal strings exactly; returns -1, 0 or 1.
 * Used to name the larger of two figures without floating-point surprises.
 */
export function compareDecimals(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const an = BigInt(ai + af.padEnd(width, '0'));
  const bn = BigInt(bi + bf.padEnd(width, '0'));
  return an === bn ? 0 : an > bn ? 1 : -1;
}

function scaled(a: string, b: string): [bigint, bigint, number] {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  return [BigInt(ai + af.padEnd(width, '0')), BigInt(bi + bf.padEnd(width, '0')), width];
}

function unscaled(n: bigint, width: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(width + 1, '0');
  const text = width === 0 ? digits : `${digits.slice(0, -width)}.${digits.slice(-width)}`.replace(/\.?0+$/, '');
  return negative ? `-${text}` : text;
}

/** Adds two plain decimal strings exactly: "392.9" + "0.1" is "393". */
export function addDecimals(a: string, b: string): string {
  const [x, y, width] = scaled(a, b);
  return unscaled(x + y, width);
}

/** Subtracts two plain decimal strings exactly: "392.9" − "128.3" is "264.6". */
export function subtractDecimals(a: string, b: string): string {
  const [x, y, width] = scaled(a, b);
  return unscaled(x - y, width);
}
