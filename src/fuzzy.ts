/**
 * Mends typos in the words a question left unexplained: wrong homophones in
 * Chinese (汗口银行, 华元证券, 代款) by toneless pinyin, a name with one character slipped (slips.ts), misspelt English words
 * (Hankow, Guotong Trst) with fuse.js. Runs only when a question has such
 * words, so most questions never pay for it.
 */
import { createRequire } from 'node:module';
import type Fuse from 'fuse.js';
import type { Analysis } from './analyze.js';
import type { Lexicon } from './lexicon.js';
import { NameSlips } from './slips.js';

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];

/** A replacement made in the question's text. */
export interface Correction {
  from: string;
  to: string;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const MAX_WINDOW = 8;
/** A near-homophone (融当 for 融担) is only trusted in a window this long: two characters alone match too much. */
const MIN_FUZZY_WINDOW = 3;

/**
 * A syllable as a speaker who does not tell some sounds apart writes it, as "fuzzy pinyin"
 * input methods allow: zh/ch/sh as z/c/s, -ng as -n, n- as l- (as in Wuhan speech).
 */
function fuzzySyllable(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/^n(?=[aeiou])/, 'l').replace(/([aeio])ng$/, '$1n');
}

/** Typo repair over a lexicon's forms; its indexes are built on first use. */
export class TypoMender {
  private pinyinOf: ((ch: string) => string) | null = null;
  private byPinyin: Map<string, string[]> | null = null;
  private byFuzzyPinyin: Map<string, string[]> | null = null;
  /** One small fuse.js index per first letter: a slip of the keyboard rarely hits the first one. */
  private englishWords: Map<string, Fuse<string>> | null = null;
  private readonly charPinyin = new Map<string, string>();

  /** `isRealWord` tells a real word (推出, 市场 of the article; insurer of the dictionary): such a word is never "mended". */
  private readonly slips: NameSlips;

  constructor(private readonly lexicon: Lexicon, private readonly isRealWord: (word: string) => boolean = () => false) {
    this.slips = new NameSlips(lexicon);
  }

  private charKey(ch: string): string {
    let key = this.charPinyin.get(ch);
    if (key === undefined) {
      this.pinyinOf ??= loadPinyin();
      key = this.pinyinOf(ch);
      this.charPinyin.set(ch, key);
    }
    return key;
  }

  private readonly charFuzzy = new Map<string, string>();

  /** The forms a typo may be mended into: the topics, and the attributes the article never states (利律 → 利率 is still a rate). */
  private mendable(): string[] {
    return [...this.lexicon.topics.forms.keys(), ...this.lexicon.absent.forms.keys()];
  }

  private syllables(text: string): string[] {
    return [...text].map((ch) => this.charKey(ch));
  }

  /** A window's fuzzy reading, its characters' fuzzy syllables cached (windows overlap). */
  private fuzzyKey(text: string): string {
    return [...text].map((ch) => {
      let key = this.charFuzzy.get(ch);
      if (key === undefined) this.charFuzzy.set(ch, (key = fuzzySyllable(this.charKey(ch))));
      return key;
    }).join(' ');
  }

  /**
   * Each form under its characters' own readings and under its reading as a word: 行 alone
   * reads xing, in 银行 hang, and a typo (银航) is written by the sound of the word.
   */
  private pinyinIndex(): Map<string, string[]> {
    if (this.byPinyin) return this.byPinyin;
    this.pinyinOf ??= loadPinyin();
    const index = new Map<string, string[]>();
    const fuzzy = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, key: string, form: string) => {
      const forms = map.get(key) ?? [];
      if (!forms.includes(form)) map.set(key, [...forms, form]);
    };
    for (const form of this.mendable()) {
      if (form.length < 2 || form.length > MAX_WINDOW || !HAN_ONLY.test(form)) continue;
      for (const readings of [this.syllables(form), loadWordPinyin()(form)]) {
        add(index, readings.join(' '), form);
        if (form.length >= MIN_FUZZY_WINDOW) add(fuzzy, readings.map(fuzzySyllable).join(' '), form);
      }
    }
    this.byFuzzyPinyin = fuzzy;
    this.byPinyin = index;
    return index;
  }

  /** The one form a window sounds like: by its exact reading, else (long enough, and unique) by its fuzzy one. */
  private soundsLike(window: string): string | null {
    const exact = this.pinyinIndex().get(this.syllables(window).join(' '));
    if (exact) return exact.includes(window) ? null : exact[0]!;
    if (window.length < MIN_FUZZY_WINDOW) return null;
    const fuzzy = this.byFuzzyPinyin!.get(this.fuzzyKey(window));
    return fuzzy?.length === 1 && fuzzy[0] !== window ? fuzzy[0]! : null;
  }

  private englishIndex(letter: string): Fuse<string> | undefined {
    if (!this.englishWords) {
      const byLetter = new Map<string, string[]>();
      for (const form of this.mendable()) {
        for (const w of form.split(/[^a-z]+/)) {
          if (w.length >= 4) byLetter.set(w[0]!, [...new Set([...(byLetter.get(w[0]!) ?? []), w])]);
        }
      }
      const options = { includeScore: true, threshold: 0.3, ignoreLocation: true };
      // Loaded on first use: most questions never need it.
      const FuseClass = createRequire(import.meta.url)('fuse.js') as typeof Fuse;
      this.englishWords = new Map([...byLetter].map(([l, words]) => [l, new FuseClass(words, options)]));
    }
    return this.englishWords.get(letter);
  }

  /** The best homophone form for Chinese text around one unexplained run. */
  private mendHan(text: string, run: { start: number; end: number }): { start: number; end: number; to: string } | null {
    for (let len = MAX_WINDOW; len >= 2; len--) {
      for (let s = Math.max(0, run.start - len + 1); s < run.end && s + len <= text.length; s++) {
        const window = text.slice(s, s + len);
        if (!HAN_ONLY.test(window)) continue;
        const best = this.soundsLike(window) ?? this.slips.nameFor(window, s, run);
        if (best) return { start: s, end: s + len, to: best };
      }
    }
    return null;
  }

  private mendEnglish(word: string): string | null {
    if (word.length < 4) return null;
    const [hit] = this.englishIndex(word[0]!)?.search(word, { limit: 1 }) ?? [];
    if (!hit || (hit.score ?? 1) > 0.3 || editDistance(hit.item, word) > 1) return null;
    return hit.item === word ? null : hit.item;
  }

  /** Rewrites the analysed text with its typos mended; null when nothing was mended. */
  mend(analysis: Analysis): { text: string; corrections: Correction[] } | null {
    const { text } = analysis;
    const edits: { start: number; end: number; to: string }[] = [];
    for (const run of analysis.residue) {
      const edit = HAN_ONLY.test(run.id.slice(0, 1)) ? this.mendHan(text, run) : englishEdit(run, this.mendEnglish(run.id));
      if (!edit || (this.isRealWord(text.slice(edit.start, edit.end)) && !isStemOf(edit.to, text.slice(edit.start, edit.end)))) continue;
      if (!edits.some((e) => e.start < edit.end && edit.start < e.end)) edits.push(edit);
    }
    if (edits.length === 0) return null;
    edits.sort((a, b) => b.start - a.start);
    let mended = text;
    const corrections: Correction[] = [];
    for (const e of edits) {
      corrections.unshift({ from: text.slice(e.start, e.end), to: e.to });
      mended = mended.slice(0, e.start) + e.to + mended.slice(e.end);
    }
    return { text: mended, corrections };
  }
}

/** An inflected word mended to its stem (bureaus → bureau) is no other word: the mend may stand. */
function isStemOf(stem: string, word: string): boolean {
  return word.length > stem.length && word.startsWith(stem);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): fuse.js proposes, this
 * confirms a single slip of the keyboard, two letters swapped (hankuo) counting as one.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

function englishEdit(run: { start: number; end: number }, to: string | null) {
  return to === null ? null : { start: run.start, end: run.end, to };
}

/** Loads pinyin-pro on first use only: most questions never need it. */
function pinyinPro(): PinyinFn {
  return (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
}

function loadPinyin(): (ch: string) => string {
  const pinyin = pinyinPro();
  return (ch) => pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? ch;
}

/** A word's syllables as pinyin-pro reads the word (its polyphones in context). */
function loadWordPinyin(): (word: string) => string[] {
  const pinyin = pinyinPro();
  return (word) => pinyin(word, { toneType: 'none', type: 'array' });
}
