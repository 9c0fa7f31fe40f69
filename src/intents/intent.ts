/**
 * What an intent handler is: given one turn, either a reply or null (not
 * mine). Handlers are tried in the order of intents/index.ts; the first
 * reply wins. Shared helpers for handlers that build on a plain lookup.
 */
import type { Analysis } from '../analyze.js';
import type { ComposeContext } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import type { IntentCue } from '../data/schema.js';
import type { Knowledge } from '../knowledge.js';
import { memoryOf, resolve, type Resolved } from '../resolve.js';
import type { Turn } from '../turn.js';
import { saysAny, saysWord } from '../normalize.js';

export { saysAny, saysWord };

/** Everything a handler may read. */
export interface IntentContext {
  k: Knowledge;
  turn: Turn;
  compose: ComposeContext;
}

export interface Intent {
  /** The name logs and tests use. */
  name: string;
  /** A reply, or null when the turn is not this handler's to answer. */
  handle(c: IntentContext): Resolved | null;
}

/** True when the turn carries the cue. */
export function hasCue(turn: Turn, cue: IntentCue): boolean {
  return turn.analysis.intents.has(cue);
}

/** The analysis with some intent cues (and optionally the stated numbers) taken out. */
export function without(a: Analysis, cues: readonly IntentCue[], dropNumbers = false): Analysis {
  const intents = new Set([...a.intents].filter((i) => !cues.includes(i)));
  return { ...a, intents, numbers: dropNumbers ? [] : a.numbers };
}

/** The plain lookups already made, per turn: several handlers ask for the same one before one answers. */
const plainLookups = new WeakMap<Turn, Resolved>();

/** The plain lookup of a turn (or of a variant of its analysis). */
export function lookup(c: IntentContext, analysis: Analysis = c.turn.analysis): Resolved {
  if (analysis !== c.turn.analysis) return resolve(c.k, analysis, c.turn.state, c.compose);
  let plain = plainLookups.get(c.turn);
  if (!plain) plainLookups.set(c.turn, (plain = resolve(c.k, analysis, c.turn.state, c.compose)));
  return plain;
}

/** The facts an answered reply gives, in its order. */
export function factsOf(c: IntentContext, resolved: Resolved): Fact[] {
  if (resolved.answer.status !== 'answered') return [];
  return resolved.answer.facts.map((f) => c.k.data.factById.get(f.id)).filter((f): f is Fact => f !== undefined);
}

/** A reply that remembers the question's own subject, so a follow-up "它…" still has one. */
export function reply(c: IntentContext, answer: Resolved['answer'], facts: readonly Fact[] = []): Resolved {
  return { answer, memory: memoryOf(c.k, c.turn.query, facts, c.turn.state.last) };
}

/** The kinds of organisation the question names, and the topic words it says them with. */
export function kindsNamed(c: IntentContext): { kinds: Set<string>; words: Set<string> } {
  const kinds = new Set<string>();
  const words = new Set<string>();
  const { text } = c.turn.analysis;
  for (const [kind, forms] of Object.entries(c.k.data.cues.kind_words)) {
    for (const form of forms) {
      if (saysWord(text, form)) { kinds.add(kind); words.add(form); }
    }
  }
  return { kinds, words };
}
