/**
 * Turns whatever a user typed into one canonical form for matching:
 * well-formed Unicode, half-width, simplified Chinese, lower case, Arabic
 * digits for Chinese numbers, English plurals folded, punctuation reduced.
 */
import { createRequire } from 'node:module';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { arabizeChineseNumerals } from './numerals.js';

/** Questions longer than this are read up to here: nobody asks 500 characters of question. */
export const MAX_QUESTION_CHARS = 500;

// Building the converter loads its dictionaries (tens of ms): done on the first traditional question only.
let toSimplified: ((text: string) => string) | null = null;

/** Characters that only traditional text uses: conversion runs only when one is present. */
const TRADITIONAL = new Set(
  TSCharacters.split('|').map((pair) => pair.split(' ')[0] ?? '').filter((c) => c.length > 0),
);

// Bidi controls, zero-width characters and other invisible format marks.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufffd]/g;
const QUOTES = /[“”‘’"'`「」『』《》〈〉«»]/g;
const BRACKETS = /[()（）[\]【】{}<>]/g;
const CLAUSE_BREAKS = /[，,；;：:。.?？!！\n\r\t|/\\~～…]+/g;

type Groups = readonly import('opencc-js/core').DictGroup[];

/** OpenCC's Taiwan and Hong Kong → mainland converter, its dictionaries loaded on first use. */
function buildConverter(): (text: string) => string {
  const require = createRequire(import.meta.url);
  const { ConverterFactory } = require('opencc-js/core') as typeof import('opencc-js/core');
  const groups = (name: string) => (require(`opencc-js/${name}`) as { default: Groups }).default;
  return ConverterFactory(...groups('from/tw'), ...groups('from/hk'), ...groups('to/cn'));
}

/** Removes what no question needs: invisible marks, lone surrogates, excess length. */
export function cleanInput(raw: string): string {
  return raw.toWellFormed().replace(INVISIBLE, '').slice(0, MAX_QUESTION_CHARS);
}

/** True if the text has a character that exists only in traditional Chinese. */
export function hasTraditional(text: string): boolean {
  for (const ch of text) if (TRADITIONAL.has(ch)) return true;
  return false;
}

/** Converts traditional Chinese (Taiwan or Hong Kong usage) to simplified. */
export function simplify(text: string): string {
  if (!hasTraditional(text)) return text;
  toSimplified ??= buildConverter();
  return toSimplified(text);
}

/** Folds an English word to a stem shared by its plural: "funds" → "fund", "companies" → "company". */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', fifty: '50', hundred: '100',
};

/**
 * English words in one pass: a hyphen between words reads as a space
 * ("E-Zhi Dai", "sub-funds"), number words become digits ("over eight years"
 * → "over 8 years", like Chinese numerals) unless they point back ("the two"),
 * every other word is stemmed.
 */
function englishWords(text: string): string {
  return text.replace(/([a-z])-(?=[a-z])/g, '$1 ').replace(POINTER_OR_WORD, (_, pointer: string | undefined, w: string) =>
    pointer ? pointer + w : NUMBER_WORDS[w] ?? stemEnglish(w));
}

/**
 * "the two" standing alone ("which of the two is bigger", "add the three together", "the two 差多少") points
 * back at figures answered before; "the two products" still counts products.
 */
const POINTER_OR_WORD = /(\b(?:the|these|those|both|all) (?=(?:two|three|four)\b(?:\s*$|\s*[,.?!;，。？]|\s*\p{Script=Han}|\s+(?:is|are|was|were|has|have|had|combined|together|of|and|or|added|figures?|numbers?|amounts?|one)\b)))?([a-z][a-z'’]*)/gu;

const PLAIN_ENGLISH = /^[A-Za-z][A-Za-z -]*$/;

// Characters outside ASCII, CJK and common CJK punctuation: full-width forms, ligatures, compatibility ideographs.
const NEEDS_NFKC = /[^\u0000-\u007f\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fff]/;

/**
 * The canonical form used for every match, of questions and of data alike.
 * Clause punctuation becomes "," (a boundary no term crosses), the enumeration
 * comma 、 stays (it separates the items of a list and may split a question), quotes vanish,
 * brackets become spaces, a decimal point between digits survives.
 */
export function normalize(raw: string): string {
  // Plain English words (most lexicon forms): only case, hyphens, stems and spaces apply.
  if (PLAIN_ENGLISH.test(raw)) return englishWords(raw.toLowerCase()).replace(/\s+/g, ' ').trim();
  let text = cleanInput(raw);
  // Only compatibility characters change under NFKC (full-width ＡＢＣ１２３, ligatures): skip it for the rest.
  if (NEEDS_NFKC.test(text)) text = text.normalize('NFKC');
  text = simplify(text).toLowerCase();
  text = arabizeChineseNumerals(text);
  // Thousands separators ("9,500", "1,152.08") are part of the number, not a clause break.
  text = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  text = text.replace(/(\d)\.(\d)/g, '$1\u0000$2');
  // A possessive goes before its apostrophe does: "Chengdu's" is Chengdu, not "chengdus".
  text = text.replace(/([a-z]{3,})['’]s\b/g, '$1');
  text = text.replace(QUOTES, '').replace(BRACKETS, ' ').replace(/[·•]/g, ' ').replace(CLAUSE_BREAKS, ',');
  text = text.replace(/\u0000/g, '.');
  if (/[a-z]/.test(text)) text = englishWords(text);
  return text.replace(/\s+/g, ' ').replace(/ ?, ?/g, ',').replace(/,+/g, ',').replace(/^[ ,]+|[ ,]+$/g, '');
}

/** Counts Han characters and Latin letters, to tell which language a question is in. */
export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return { han, latin };
}

/** The language to answer in: English when the question is mostly Latin letters. */
export function detectLanguage(raw: string): 'zh' | 'en' {
  const { han, latin } = scriptCounts(raw.slice(0, MAX_QUESTION_CHARS));
  if (han === 0) return latin > 0 ? 'en' : 'zh';
  return latin >= han * 3 && latin >= 8 ? 'en' : 'zh';
}

/** True when the text says the word: an English word or phrase as a whole word, a Chinese one anywhere. */
export function saysWord(text: string, word: string): boolean {
  let matcher = WORD_MATCHERS.get(word);
  if (!matcher) {
    // The cue is read as questions are ("two" → "2"); an English word or a number stands alone ("2", not the 2 of 2.5).
    const form = normalize(word);
    const whole = /^[a-z0-9 ]+$/.test(form) ? new RegExp(`(?<![\\w.])${form}(?![\\w]|\\.\\d)`) : null;
    matcher = whole ? (t) => whole.test(t) : (t) => t.includes(form);
    WORD_MATCHERS.set(word, matcher);
  }
  return matcher(text);
}

/** True when the text says any of the words (see saysWord). */
export function saysAny(text: string, words: Iterable<string>): boolean {
  for (const w of words) if (saysWord(text, w)) return true;
  return false;
}

/** Each cue word's matcher, made once: cue words are the dataset's few hundred, asked of every question. */
const WORD_MATCHERS = new Map<string, (text: string) => boolean>();
