/**
 * The English dictionary (the word-list package, about 275,000 words) the typo
 * mender asks before it "mends" an English word: a real word (insurer, like)
 * is never rewritten into another (insured, lake). Read on first use only, and
 * kept as one string per first two letters, so a look-up scans a few kilobytes.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let buckets: Map<string, string> | null = null;

function load(): Map<string, string> {
  const byPrefix = new Map<string, string[]>();
  for (const word of readFileSync(wordListPath, 'utf8').split('\n')) {
    const key = word.slice(0, 2);
    const list = byPrefix.get(key);
    if (list) list.push(word);
    else byPrefix.set(key, [word]);
  }
  return new Map([...byPrefix].map(([key, words]) => [key, `\n${words.join('\n')}\n`]));
}

/** True when the lower-case word is in the dictionary. */
export function isEnglishWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  buckets ??= load();
  return buckets.get(word.slice(0, 2))?.includes(`\n${word}\n`) ?? false;
}
