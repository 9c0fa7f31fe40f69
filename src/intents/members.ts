/**
 * A count the question states itself, asked which members it counts
 * ("具体是哪5家？", "which five banks?"): when the article gives only the
 * number, the honest reply says so and shows the figure; when the fact lists
 * its items, the plain lookup answers with them.
 */
import { composeNotFound } from '../compose.js';
import { messages } from '../messages.js';
import type { StatedFigure } from '../stated.js';
import { states } from './reverse.js';
import { factsOf, lookup, reply, type Intent, type IntentContext } from './intent.js';

/** The stated figure right after a word asking which ones, if any. */
function askedMembers(c: IntentContext): StatedFigure | undefined {
  const { turn, k } = c;
  const words = k.data.cues.members_before[turn.lang];
  return turn.stated.find((s) => {
    const before = turn.analysis.text.slice(Math.max(0, s.start - 16), s.start).trimEnd();
    return words.some((w) => before.endsWith(w) && (turn.lang === 'zh' || before.length === w.length || before.at(-w.length - 1) === ' '));
  });
}

export const members: Intent = {
  name: 'members',
  handle(c) {
    const figure = askedMembers(c);
    if (!figure) return null;
    const fact = factsOf(c, lookup(c)).find((f) => states(f, figure));
    if (!fact || fact.items.length > 0) return null;
    const m = messages(c.turn.lang);
    return reply(c, composeNotFound(c.compose, '', [fact], m.onlyCount(fact.figure ?? `${figure.value}${figure.unit ?? ''}`)), [fact]);
  },
};
