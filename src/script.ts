/**
 * Replies in the script of the question: a question written in traditional
 * characters gets its reply in traditional characters (OpenCC, Taiwan
 * standard), while every figure and quote stays exactly as the source writes it.
 */
import { createRequire } from 'node:module';
import type { Answer, CitedFact, Choice, Script } from './types.js';

type Groups = readonly import('opencc-js/core').DictGroup[];

// Loading the dictionaries takes tens of ms: done on the first traditional question only.
let toTraditional: ((text: string) => string) | null = null;

function converter(): (text: string) => string {
  if (toTraditional) return toTraditional;
  const require = createRequire(import.meta.url);
  const { ConverterFactory } = require('opencc-js/core') as typeof import('opencc-js/core');
  const groups = (name: string) => (require(`opencc-js/${name}`) as { default: Groups }).default;
  toTraditional = ConverterFactory(...groups('from/cn'), ...groups('to/tw'));
  return toTraditional;
}

/** Converts text to traditional characters, leaving the protected passages (quotes, figures) as they are. */
export function traditional(text: string, keep: readonly string[] = []): string {
  const convert = converter();
  const kept = [...new Set(keep.filter((k) => k.length > 0))].sort((a, b) => b.length - a.length);
  let masked = text;
  kept.forEach((k, i) => {
    masked = masked.split(k).join(`\u0001${i}\u0002`);
  });
  return convert(masked).replace(/\u0001(\d+)\u0002/g, (_, i: string) => kept[Number(i)]!);
}

function factIn(f: CitedFact, keep: readonly string[]): CitedFact {
  const t = (s: string | null) => (s === null ? null : traditional(s, keep));
  return {
    ...f, org: t(f.org)!, subject: t(f.subject), metric: t(f.metric)!, asOf: t(f.asOf), text: t(f.text),
    section: t(f.section)!, scope: t(f.scope), sentence: t(f.sentence)!,
  };
}

/** The answer in the given script (a simplified answer is returned as it is). */
export function inScript(answer: Answer, script: Script): Answer {
  if (script === 'simplified' || answer.lang === 'en') return answer;
  const keep = answer.facts.flatMap((f) => [f.quote, f.figure ?? '']);
  const t = (s: string) => traditional(s, keep);
  const choice = (c: Choice): Choice => ({ ...c, label: t(c.label) });
  return {
    ...answer,
    script,
    headline: t(answer.headline),
    notes: answer.notes.map(t),
    facts: answer.facts.map((f) => factIn(f, keep)),
    choices: answer.choices.map(choice),
    suggestions: answer.suggestions.map(choice),
    text: t(answer.text),
  };
}
