/**
 * Decides what one query's ranking means: a confident figure (with the
 * related figures of the same thing), two or more close readings to choose
 * between, or nothing the article says.
 */
import type { Fact } from './data/dataset.js';
import type { FactIndex, Query, Scored } from './search.js';
import { askFit } from './fit.js';
import { singleGroups } from './query.js';

const MAX_CHOICES = 4;

/** What a query's ranking comes to. */
export type Outcome =
  | { kind: 'fact'; best: Scored; related: Scored[] }
  | { kind: 'ambiguous'; candidates: Scored[] }
  | { kind: 'none'; near: Scored[] };

/** True when the fact accounts for every organisation the query names. */
export function explainsAll(index: FactIndex, q: Query, fact: Fact): boolean {
  return q.entities.every((e) => index.explains(e, fact) > 0);
}

/** The facts nearest a query that found nothing: those of the organisations it names first. */
export function nearest(index: FactIndex, q: Query, ranked: readonly Scored[], count = 3): Scored[] {
  // A follow-up bound to the conversation's subject offers that subject's figures.
  const named = q.entities.length > 0 ? q : q.context.required ? { ...q, entities: q.context.entities.slice(0, 1) } : q;
  let own = named.entities.length > 0 ? ranked.filter((s) => explainsAll(index, named, s.fact)) : [];
  // None of its figures has the word asked ("规模多大" of an ABS issue): its figures on the topic it was asked about.
  if (own.length === 0 && named !== q) own = index.rank({ ...named, terms: q.context.terms, termGroups: singleGroups(q.context.terms) });
  const pool = own.length > 0 ? own : ranked.filter((s) => s.score > 0.15);
  return pool.slice(0, count);
}

function isRelated(a: Fact, b: Fact): boolean {
  return a.related.includes(b.id) || b.related.includes(a.id);
}

/**
 * Two facts of one thing that the question cannot tell apart and should see
 * together: related by the data, or one organisation's figures of one metric
 * ("国通信托 增资": 8亿元 to one company, 5亿元 to another).
 */
function sameThing(a: Fact, b: Fact): boolean {
  return isRelated(a, b) || (a.metric === b.metric && a.org === b.org);
}

/**
 * The one fact the named organisations leave, when they leave exactly one of
 * the kind asked for and it explains the question: "湖北基石中小企业发展基金有多少亿？".
 */
function onlyFactOf(index: FactIndex, q: Query, fitting: readonly Scored[]): Scored | null {
  if (q.entities.length === 0) return null;
  const own = fitting.filter((s) => q.entities.every((e) => index.explains(e, s.fact) >= 0.8) && askFit(q, s.fact) >= 0.9);
  if (own.length === 1) return own[0]!.precision >= 0.7 ? own[0]! : null;
  // "湖北金租 专精特新": of its facts, one alone explains every word of the question.
  // Only words that pin something count: the theme's (科技, 企业) and modifiers (累计) pin nothing.
  const whole = own.filter((s) => s.precision >= 0.999);
  const pinning = q.terms.filter((t) => !index.data.cues.theme.includes(t) && !(q.softTerms ?? []).includes(t));
  return pinning.length > 0 && whole.length === 1 ? whole[0]! : null;
}

/** True when the fact is tied to one of the years the question names (or it names none). */
function inYears(q: Query, fact: Fact): boolean {
  return q.years.length === 0 || q.years.some((y) => fact.years.includes(y));
}

/**
 * "现在授信到多少了": of one thing's figure given for several years, the last year's comes first
 * when the question asks for the figure as it stands now and names no year.
 */
function latestFirst(q: Query, fitting: Scored[]): Scored[] {
  const top = fitting[0];
  if (!q.latest || q.years.length > 0 || !top || top.fact.years.length === 0) return fitting;
  const series = (f: Fact) => f.metric === top.fact.metric && f.org === top.fact.org && f.subject === top.fact.subject && f.years.length > 0;
  const last = fitting.filter((s) => series(s.fact)).reduce((a, b) => (Math.max(...b.fact.years) > Math.max(...a.fact.years) ? b : a));
  return last === top ? fitting : [{ ...last, score: Math.max(last.score, top.score) }, ...fitting.filter((s) => s !== last)];
}

/**
 * A terse question every word of which several facts explain ("子基金"):
 * too little to pick one, enough to offer them. A clarify is never wrong.
 */
function wholeReadings(fitting: readonly Scored[], notFoundBelow: number): Scored[] {
  const whole = fitting.filter((s) => s.precision >= 0.999 && s.score >= notFoundBelow * 0.6);
  return whole.length >= 2 && whole.length <= MAX_CHOICES ? whole : [];
}

/** Below this score nothing answers the query: clauses and follow-ups have their own threshold. */
export function thresholdFor(index: FactIndex, q: Query): number {
  const { policy } = index;
  if (q.partial === 'clause') return policy.clauseNotFoundBelow;
  return q.partial === 'followup' ? policy.followupNotFoundBelow : policy.notFoundBelow;
}

/** Decides a ranking for a single query. */
export function decide(index: FactIndex, q: Query, ranked: readonly Scored[]): Outcome {
  const { tooClose, relatedShown, keptTopic } = index.policy;
  const notFoundBelow = thresholdFor(index, q);
  const keepsTopic = (s: Scored) => !q.topic || index.coverage(s.fact, q.topic) >= keptTopic;
  const fitting = latestFirst(q, ranked.filter((s) => (q.entities.length === 0 || explainsAll(index, q, s.fact)) && inYears(q, s.fact) && keepsTopic(s)));
  const only = onlyFactOf(index, q, fitting);
  if (only && only.score < notFoundBelow) return { kind: 'fact', best: only, related: [] };
  const top = fitting[0];
  const readings = top && top.score < notFoundBelow ? wholeReadings(fitting, notFoundBelow) : [];
  if (readings.length >= 2) return { kind: 'ambiguous', candidates: readings };
  if (!top || top.score < notFoundBelow) {
    // Near figures are ranked without the year, so "2023年…" is offered the 2024 figure; one of the year asked comes first.
    const ofYear = q.years.length > 0 ? fitting.slice(0, 1) : [];
    const near = q.years.length > 0 ? [...ofYear, ...index.rank({ ...q, years: [] }).filter((s) => !ofYear.includes(s))] : ranked;
    return { kind: 'none', near: nearest(index, q, near) };
  }
  const close = fitting.filter((s) => s !== top && s.score >= top.score * tooClose);
  const rivals = close.filter((s) => !sameThing(top.fact, s.fact));
  if (rivals.length > 0) {
    return { kind: 'ambiguous', candidates: [top, ...close].slice(0, MAX_CHOICES) };
  }
  const related = fitting.filter(
    (s) => s !== top && (close.includes(s) || (isRelated(top.fact, s.fact) && s.score >= top.score * relatedShown)),
  );
  return { kind: 'fact', best: top, related };
}

/** The facts a list question asks for: every good match of the best one's kind. */
export function listFacts(q: Query, ranked: readonly Scored[], index: FactIndex): Scored[] {
  const fitting = q.entities.length > 0 ? ranked.filter((s) => explainsAll(index, q, s.fact)) : [...ranked];
  const top = fitting[0];
  if (!top || top.score < thresholdFor(index, q)) return [];
  return fitting
    .filter((s) => (s.fact.metric === top.fact.metric && s.precision >= top.precision * 0.4) || s.score >= top.score * 0.85)
    .slice(0, 10);
}
