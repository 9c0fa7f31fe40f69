/**
 * Dated events in the order they happened ("那几个国字号试点按时间顺序列一下", "in chronological
 * order") or the first of them ("最早是哪年拿到的国家试点"): the dated facts of the kind the question
 * finds best, oldest first. Each is cited; nothing is ordered that the article does not date.
 */
import { build, type ComposeContext } from '../compose.js';
import { cite } from '../cite.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import type { Analysis } from '../analyze.js';
import { queryOf } from '../query.js';
import type { Query } from '../search.js';
import { clausesOf } from '../clauses.js';
import { hasCue, reply, without, type Intent, type IntentContext } from './intent.js';

/** A dated fact this far below the best one is no longer one of the events asked about. */
const KEPT_FRACTION = 0.25;
const MAX_EVENTS = 8;

const isDated = (f: Fact) => f.figureClass === 'date' && f.years.length > 0;
const byYear = (x: Fact, y: Fact) => x.years[0]! - y.years[0]!;

/** The events a question lists one by one ("A、B、C按时间先后排"): each clause's best dated fact. */
function listedEvents(c: IntentContext, a: Analysis, q: Query): Fact[] {
  const { k } = c;
  // Each item as it names itself: a sibling's organisation (科技保险 of another pilot) is not its own.
  const { own } = clausesOf(k, a, q);
  const subs = own.filter((sub) => sub.entities.length > 0 || sub.terms.some((t) => !(sub.softTerms ?? []).includes(t)));
  if (subs.length < 2) return [];
  const found = subs.map((sub) => k.index.rank({ ...sub, years: [] }).find((s) => isDated(s.fact)));
  // Every item must be found: an order with one of them left out would mislead. A heading clause ("那几个国字号") may repeat one.
  if (found.some((s) => s === undefined || s.score < k.policy.clauseNotFoundBelow * 0.5)) return [];
  const facts = [...new Set(found.map((s) => s!.fact))];
  return facts.length >= 2 ? facts : [];
}

/** The events asked about, oldest first: those listed, else the dated facts of the best one's kind. */
function events(c: IntentContext): Fact[] {
  const { k, turn } = c;
  const a = without(turn.analysis, ['chronology', 'earliest', 'rank', 'list']);
  const q = queryOf(a, k.data);
  const listed = listedEvents(c, a, q);
  if (listed.length > 0) return listed.sort(byYear);
  const dated = k.index.rank({ ...q, years: [] }).filter((s) => isDated(s.fact));
  const top = dated[0];
  if (!top || top.score < k.policy.notFoundBelow * 0.5) return [];
  const kept = dated.filter((s) => s.fact.metric === top.fact.metric && s.score >= top.score * KEPT_FRACTION);
  return kept.map((s) => s.fact).sort(byYear).slice(0, MAX_EVENTS);
}

export const timeline: Intent = {
  name: 'timeline',
  handle(c) {
    const chronology = hasCue(c.turn, 'chronology');
    if (!chronology && !hasCue(c.turn, 'earliest')) return null;
    const facts = events(c);
    if (facts.length === 0 || (chronology && facts.length < 2)) return null;
    const shown = chronology ? facts : facts.slice(0, 1);
    return reply(c, composeTimeline(c.compose, shown, chronology), shown);
  },
};

function composeTimeline(ctx: ComposeContext, facts: readonly Fact[], chronology: boolean) {
  const m = messages(ctx.lang);
  const headline = chronology ? m.timelineHeadline(facts.length) : m.earliestHeadline(facts[0]!.as_of ?? String(facts[0]!.years[0]));
  return build(ctx, { status: 'answered', kind: 'list', headline, facts: facts.map((f) => cite(ctx.data, f, ctx.lang)) });
}
