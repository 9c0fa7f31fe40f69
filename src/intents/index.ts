/**
 * The intent handlers, in the order they are tried: the first that claims a
 * turn answers it. Premises come first (a question about another city is
 * never answered with Wuhan's figure); the plain lookup (with comparisons,
 * rankings, lists, cards and follow-ups) comes last.
 */
import type { Resolved } from '../resolve.js';
import { arith } from './arith.js';
import { breakdown } from './breakdown.js';
import { check } from './check.js';
import { define } from './define.js';
import { lookup, type Intent, type IntentContext } from './intent.js';
import { members } from './members.js';
import { meta } from './meta.js';
import { other } from './other.js';
import { overview } from './overview.js';
import { part } from './part.js';
import { owner } from './owner.js';
import { premise } from './premise.js';
import { reverse } from './reverse.js';
import { superlative } from './superlative.js';
import { timeline } from './timeline.js';

const plainLookup: Intent = { name: 'lookup', handle: (c) => lookup(c) };

export const INTENTS: readonly Intent[] = [premise, meta, other, part, members, breakdown, timeline, define, check, reverse, overview, arith, owner, superlative, plainLookup];

/** Answers a turn with the first handler that claims it. */
export function answerTurn(c: IntentContext): Resolved & { intent: string } {
  for (const intent of INTENTS) {
    const resolved = intent.handle(c);
    if (resolved) return { ...resolved, intent: intent.name };
  }
  throw new Error('the plain lookup answers every turn');
}

export type { Intent, IntentContext };
