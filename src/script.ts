/**
 * Replies in the script of the question: a question written in traditional
 * characters gets its reply in traditional characters (OpenCC, Taiwan
 * standard), while every figure and quote stays exactly as the source writes it.
 */
import { createRequire } from 'node:module';
import type { Answer, CitedFact, Choice, Script } from './types.js';

type Groups = readonly import('opencc-js/core').DictGroup[];

// Built on the first traditional question only; one per vocabulary (one per dataset in practice).
let built: { vocabulary: string; convert: (text: string) => string } | null = null;

/** Every substring of two to four characters of a text: how a phrase is looked up in it, fast. */
function shortSubstrings(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) for (let n = 2; n <= 4 && i + n <= text.length; n++) out.add(text.slice(i, i + n));
  return out;
}

/**
 * OpenCC's simplified → traditional (Taiwan) converter. Its phrase table
 * (50,000 phrases, ~20 MB once loaded) is cut to the phrases the replies can
 * contain: those of the vocabulary, every text the dataset and the messages hold.
 */
function converter(vocabulary: string): (text: string) => string {
  if (built?.vocabulary === vocabulary) return built.convert;
  const require = createRequire(import.meta.url);
  const { ConverterFactory } = require('opencc-js/core') as typeof import('opencc-js/core');
  const dict = (name: string) => (require(`opencc-js/dict/${name}`) as { default: string }).default;
  const groups = (name: string) => (require(`opencc-js/${name}`) as { default: Groups }).default;
  const short = shortSubstrings(vocabulary);
  const phrases = dict('STPhrases').split('|').filter((pair) => {
    const key = pair.slice(0, pair.indexOf(' '));
    return key.length <= 4 ? short.has(key) : vocabulary.includes(key);
  }).join('|');
  const convert = ConverterFactory([[phrases, dict('STCharacters')]], ...groups('to/tw'));
  built = { vocabulary, convert };
  return convert;
}

/** Converts text to traditional characters, leaving the protected passages (quotes, figures) as they are. */
export function traditional(text: string, keep: readonly string[] = [], vocabulary = text): string {
  const convert = converter(vocabulary);
  const kept = [...new Set(keep.filter((k) => k.length > 0))].sort((a, b) => b.length - a.length);
  let masked = text;
  kept.forEach((k, i) => {
    masked = masked.split(k).join(`\u0001${i}\u0002`);
  });
  return convert(masked).replace(/\u0001(\d+)\u0002/g, (_, i: string) => kept[Number(i)]!);
}

function factIn(f: CitedFact, keep: readonly string[], words: string): CitedFact {
  const t = (s: string | null) => (s === null ? null : traditional(s, keep, words));
  return {
    ...f, org: t(f.org)!, subject: t(f.subject), metric: t(f.metric)!, asOf: t(f.asOf), text: t(f.text),
    section: t(f.section)!, scope: t(f.scope), sentence: t(f.sentence)!,
  };
}

/** The answer in the given script (a simplified answer is returned as it is). */
export function inScript(answer: Answer, script: Script, vocabulary: () => string): Answer {
  if (script === 'simplified' || answer.lang === 'en') return answer;
  const keep = answer.facts.flatMap((f) => [f.quote, f.figure ?? '']);
  const words = vocabulary();
  const t = (s: string) => traditional(s, keep, words);
  const choice = (c: Choice): Choice => ({ ...c, label: t(c.label) });
  return {
    ...answer,
    script,
    headline: t(answer.headline),
    notes: answer.notes.map(t),
    facts: answer.facts.map((f) => factIn(f, keep, words)),
    choices: answer.choices.map(choice),
    suggestions: answer.suggestions.map(choice),
    text: t(answer.text),
  };
}
