/**
 * A count the question states itself, asked which members it counts
 * ("具体是哪5家？", "which five banks?"): when the article gives only the
 * number, the honest reply says so and shows the figure; when the fact lists
 * its items, the plain lookup answers with them. The same for a question asking
 * which ones (哪几家, which …?) whose every figure found is a bare count.
 */
import { comparableClass, composeNotFound } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import type { StatedFigure } from '../stated.js';
import { states } from './reverse.js';
import { factsOf, lookup, reply, saysAny, type Intent, type IntentContext } from './intent.js';
import { asksOwner } from './owner.js';

/** The stated figure right after a word asking which ones, if any. */
function askedMembers(c: IntentContext): StatedFigure | undefined {
  const { turn, k } = c;
  const words = k.data.cues.members_before[turn.lang];
  return turn.stated.find((s) => {
    const before = turn.analysis.text.slice(Math.max(0, s.start - 16), s.start).trimEnd();
    return words.some((w) => before.endsWith(w) && (turn.lang === 'zh' || before.length === w.length || before.at(-w.length - 1) === ' '));
  });
}

/** A question asking which ones (哪几家, 有哪些, 具体是哪些, which …?) and not how many. */
function asksWhichOnes(c: IntentContext): boolean {
  const { intents, asks, text } = c.turn.analysis;
  if (intents.has('compare') || intents.has('rank')) return false;
  // "具体是哪几家" reads as a definition cue (是哪几), which takes the words that ask which ones.
  const { zh, en } = c.k.data.cues.made_of;
  const madeOf = asks.size === 0 && saysAny(text, [...zh, ...en]);
  return (intents.has('list') && asks.size === 0) || (asks.size === 1 && asks.has('text')) || madeOf;
}

/**
 * The count a "which ones" question finds, when every figure the lookup gives is a bare count:
 * the article names none of the members, so the count is no answer to it.
 */
function countOnly(c: IntentContext): Fact | undefined {
  // "哪家机构服务了3854户" asks whose the count is, not which members it counts.
  if (!asksWhichOnes(c) || asksOwner(c)) return undefined;
  const facts = factsOf(c, lookup(c));
  const bare = (f: Fact) => f.items.length === 0 && comparableClass(f) === 'count';
  // A count the question states ("这10家具体是哪些") must be the count found.
  const stated = c.turn.stated;
  const ofStated = (f: Fact) => stated.length === 0 || stated.some((s) => states(f, s, c.k.data.cues));
  return facts.length > 0 && facts.every(bare) && ofStated(facts[0]!) ? facts[0] : undefined;
}

/**
 * "汉口银行合作的投资机构具体有哪些": the list found names the thing asked about as one of its items
 * (政府、园区、投资机构), so the article names none of its members.
 */
function itemAsked(c: IntentContext): { fact: Fact; item: string } | null {
  if (!asksWhichOnes(c) || asksOwner(c)) return null;
  const fact = factsOf(c, lookup(c)).find((f) => f.items.length > 0);
  const { text } = c.turn.analysis;
  // The item is what "哪些" asks about: right after it, or right before it ("投资机构具体有哪些").
  const asksAbout = (i: string) => text.includes(`哪些${i}`) || new RegExp(`${i.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:具体|分别|都|又)*(?:有|是|包括|包含)?哪些`).test(text);
  const item = fact?.items.find((i) => i.length >= 2 && asksAbout(i));
  return fact && item ? { fact, item } : null;
}

export const members: Intent = {
  name: 'members',
  handle(c) {
    const asked = itemAsked(c);
    if (asked) return reply(c, composeNotFound(c.compose, '', [asked.fact], messages(c.turn.lang).itemNotListed(asked.item)), [asked.fact]);
    const figure = askedMembers(c);
    const fact = figure ? factsOf(c, lookup(c)).find((f) => states(f, figure, c.k.data.cues)) : countOnly(c);
    if (!fact || fact.items.length > 0) return null;
    const m = messages(c.turn.lang);
    const count = fact.figure ?? (figure ? `${figure.value}${figure.unit ?? ''}` : String(fact.value));
    return reply(c, composeNotFound(c.compose, '', [fact], m.onlyCount(count)), [fact]);
  },
};
