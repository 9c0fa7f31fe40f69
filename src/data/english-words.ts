/**
 * The English dictionary (the word-list package, about 275,000 words) the typo
 * mender asks before it "mends" an English word: a real word (insurer, like)
 * is never rewritten into another (insured, lake). Read on first use only, as
 * one string: most questions never mend an English word.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: string | null = null;

/** True when the lower-case word is in the dictionary. */
export function isEnglishWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  words ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  return words.includes(`\n${word}\n`);
}
