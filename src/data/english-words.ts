/**
 * The English dictionary (the word-list package, about 275,000 words) the typo
 * mender asks before it "mends" an English word: a real word (insurer, like)
 * is never rewritten into another (insured, lake). Read on first use only, kept
 * as the one 2.8 MB string it is (no array of words: a long-running bot's memory
 * stays flat), each word's answer cached: the same few words come back.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** How many words' answers are kept. */
const CACHE = 2048;

let words: string | null = null;
const known = new Map<string, boolean>();

/** True when the lower-case word is in the dictionary. */
export function isEnglishWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  let found = known.get(word);
  if (found === undefined) {
    words ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
    found = words.includes(`\n${word}\n`);
    if (known.size >= CACHE) known.clear();
    known.set(word, found);
  }
  return found;
}
