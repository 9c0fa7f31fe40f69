/**
 * A figure given, its meaning asked ("3854户是什么数字？", "What does 1675
 * refer to?"): the facts that state that figure. Or a figure given, its owner
 * asked ("哪家银行服务了9500家企业？"): the fact of that figure the words fit.
 */
import { composeLookup, composeMulti, composeNotFound } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { compareDecimals } from '../numerals.js';
import { magnitudeOf, type StatedFigure } from '../stated.js';
import { messages } from '../messages.js';
import { baseOf, ofItsKind } from './check.js';
import type { CuesFile } from '../data/schema.js';
import { hasCue, reply, type Intent, type IntentContext } from './intent.js';
import { asksOwner } from './owner.js';

/**
 * True when the fact states the figure: the same value, in the same magnitude when the figure names one,
 * and of the kind its unit names (12% is no 12年间).
 */
export function states(fact: Fact, figure: StatedFigure, cues: CuesFile): boolean {
  const base = baseOf(fact);
  if (base === null || !ofItsKind(figure, fact, cues)) return false;
  if (magnitudeOf(figure.unit) > 0) return compareDecimals(base, figure.base) === 0;
  return compareDecimals(fact.value!, figure.value) === 0;
}

/** A question made of a figure and a question word, nothing it could be looked up by. */
export function onlyFigure(c: IntentContext): boolean {
  const { query } = c.turn;
  return query.entities.length === 0 && query.terms.length <= 1;
}

/** "哪家银行服务了9500家企业": no organisation named, which one asked, one figure stated that a fact of the words has. */
function ownerOfFigure(c: IntentContext): Fact | null {
  const { turn, k } = c;
  if (turn.query.entities.length > 0 || turn.stated.length !== 1 || !asksOwner(c)) return null;
  const figure = turn.stated[0]!;
  const fitting = k.data.facts.filter((f) => states(f, figure, k.data.cues) && turn.query.terms.some((t) => k.index.hasTerm(f, t)));
  return fitting.length === 1 ? fitting[0]! : null;
}

export const reverse: Intent = {
  name: 'reverse',
  handle(c) {
    const { turn, k } = c;
    // "Which bank has served more than 9,500 firms?" asks whose, though its "has" and "more than" read as a check.
    const owned = ownerOfFigure(c);
    if (owned) return reply(c, composeLookup(c.compose, owned, []), [owned]);
    if (turn.stated.length === 0 || hasCue(turn, 'check')) return null;
    // Only a question that names nothing to look up by: "what is the size of the fund set up with 5 banks" is a lookup.
    if (!onlyFigure(c)) return null;
    const figure = turn.stated[0]!;
    const facts = k.data.facts.filter((f) => states(f, figure, k.data.cues));
    const shown = `${figure.value}${figure.unit ?? ''}`;
    const m = messages(turn.lang);
    if (facts.length === 0) return reply(c, composeNotFound(c.compose, '', [], m.noSuchFigure(shown)));
    const answer = facts.length === 1
      ? composeLookup({ ...c.compose, notes: [...c.compose.notes, m.figureMeans(shown)] }, facts[0]!, [])
      : composeMulti({ ...c.compose, notes: [...c.compose.notes, m.figureMeans(shown)] }, facts.slice(0, 4));
    return reply(c, answer, facts);
  },
};
