/**
 * A question read as clauses: when its parts ask for several figures, the
 * sub-questions, each completed from its siblings (keywords side by side,
 * one organisation per part); and what a clause that found nothing, or only
 * one word, takes from the clause before it.
 */
import type { Analysis } from './analyze.js';
import type { Fact } from './data/dataset.js';
import type { Knowledge } from './knowledge.js';
import { decide, explainsAll, type Outcome } from './decide.js';
import { elliptical } from './query.js';
import type { Query } from './search.js';
import { askFit, kindFit } from './fit.js';
import { distinctive, splitQuestion } from './split.js';

/** How much of a clause's own topic words (by weight) one fact must have to answer that clause too. */
const CLAUSE_COVERAGE = 0.5;

/**
 * True when one fact covers what every clause says on its own: every
 * organisation it alone names, half its own topic words (科技贷款 is not covered by a 累计 alone),
 * its own way of asking and its own period. Then the clauses are one question ("初创及中小微").
 */
function coversClauses(k: Knowledge, fact: Fact, clauses: readonly Query[]): boolean {
  // Two clauses that each ask for a figure ("受理了多少笔，融资累计多少") ask for two: one fact holds one.
  if (clauses.filter((c) => c.asks.size > 0 || c.askUnit !== null).length >= 2) return false;
  return distinctive(clauses).every((c) =>
    c.entities.every((e) => k.index.explains(e, fact) >= 0.8)
    && (c.terms.length === 0 || k.index.coverage(fact, c.terms) >= CLAUSE_COVERAGE)
    && (c.asks.size === 0 || [...c.asks].some((kind) => kindFit(kind, fact) >= 0.9))
    && (c.years.length === 0 || c.years.some((y) => fact.years.includes(y)))
    && (c.periods.size === 0 || (fact.periodKind !== null && c.periods.has(fact.periodKind))));
}

/** A question's clauses, read against this dataset (a clause's organisation must have figures of its topic). */
export function clausesOf(k: Knowledge, a: Analysis, q: Query): ReturnType<typeof splitQuestion> {
  return splitQuestion(a, q, k.lexicon, k.data, (entities, terms) => k.index.hasFactWith(entities, terms));
}

/**
 * True when the fact answers each clause about as well as any fact does: a clause another fact answers
 * far better ("企业获得的贷款" beside "股权投资") asks for that other fact.
 */
function bestForEach(k: Knowledge, fact: Fact, subs: readonly Query[]): boolean {
  return subs.every((sub) => {
    const ranked = k.index.rank(sub);
    const own = ranked.find((s) => s.fact === fact);
    return ranked.length === 0 || (own !== undefined && own.score >= ranked[0]!.score * k.policy.tooClose);
  });
}

/**
 * Sub-questions: the clauses of a question, unless one fact answers them all
 * ("初创及中小微科技企业" is one group of firms); or one per organisation when
 * no fact covers every organisation named.
 */
export function subQueries(k: Knowledge, a: Analysis, q: Query): Query[] {
  const { own, subs } = clausesOf(k, a, q);
  const top = k.index.rank(q)[0];
  if (subs.length > 1) {
    const oneFact = top && top.score >= k.policy.notFoundBelow && coversClauses(k, top.fact, own) && bestForEach(k, top.fact, subs);
    // One fact may cover every clause and still tie with another: then the clauses ask for both.
    return oneFact && decide(k.index, q, k.index.rank(q)).kind === 'fact' ? [q] : subs;
  }
  if (q.entities.length < 2 || !asksEach(a)) return subs;
  const covered = k.index.rank(q).slice(0, 5).some((s) => explainsAll(k.index, q, s.fact));
  return covered ? subs : q.entities.map((e) => ({ ...q, entities: [e] }));
}

/**
 * True when the organisations named are asked about one by one: joined by a
 * conjunction ("汉口银行和武汉农商行…") or with 各/分别/compare words. Names
 * side by side without one ("东湖 XX公司…") describe one subject, not two.
 */
function asksEach(a: Analysis): boolean {
  if (['each', 'compare', 'rank', 'sum', 'difference'].some((i) => a.intents.has(i as never))) return true;
  const named = a.entities;
  if (named.length < 2) return false;
  const first = Math.min(...named.map((e) => e.end));
  const last = Math.max(...named.map((e) => e.start));
  return a.splits.some((s) => s >= first && s <= last);
}

/** Spaces between Han keywords that make them a list, however confident the whole reads. */
const LIST_OF_KEYWORDS = 2;
/** ...unless one figure explains this much of them (by weight). */
const LIST_PRECISION = 0.75;

/**
 * Keywords side by side that ask for several figures ("鄂质贷 投放笔数 授信额 放款额"): when the whole
 * reads as too close to call, or three runs or more stand side by side that no figure mostly explains, and, split at its spaces,
 * each keyword is wholly explained by a figure of its own, the keywords are the clauses. Keywords
 * that together pin one figure ("汉口银行 科技贷款 余额") stay one.
 */
export function keywordClauses(k: Knowledge, a: Analysis, q: Query): Query[] | null {
  const spaces = [...a.text.matchAll(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu)].map((m) => m.index);
  if (spaces.length === 0) return null;
  // Keywords one figure mostly explains pin it together ("汉口银行 科技贷款 余额"); three runs or more that
  // no figure mostly explains are a list, however confident the whole reads.
  const ranked = k.index.rank(q);
  const list = spaces.length >= LIST_OF_KEYWORDS && (ranked[0]?.precision ?? 0) < LIST_PRECISION;
  if (!list && decide(k.index, q, ranked).kind !== 'ambiguous') return null;
  const splits = [...new Set([...a.splits, ...spaces])].sort((x, y) => x - y);
  const { subs } = clausesOf(k, { ...a, splits }, q);
  if (subs.length < 2) return null;
  // Each keyword wholly explained by a figure of its own.
  const facts = subs.map((sub) => decide(k.index, sub, k.index.rank(sub))).map((o) => (o.kind === 'fact' && o.best.precision >= 0.999 ? o.best.fact : null));
  return facts.every((f) => f !== null) && new Set(facts).size === facts.length ? subs : null;
}

/**
 * A clause that found nothing on its own, beside clauses that did, asks about the same owner
 * ("汉融通入驻多少户、撮合融资多少"): it takes its nearest figure of a found sibling's owner,
 * when that figure fits how the clause asks.
 */
export function withSiblingOwners(k: Knowledge, subs: readonly Query[], outcomes: Outcome[]): Outcome[] {
  if (subs.length < 2) return outcomes;
  const found = outcomes.flatMap((o) => (o.kind === 'fact' ? [o.best.fact] : []));
  if (found.length === 0) return outcomes;
  const owners = new Set(found.map((f) => f.subject ?? f.org));
  const own = distinctive(subs);
  return outcomes.map((o, i) => {
    if (o.kind !== 'none') return o;
    const sub = subs[i]!;
    // Asked of the found owner alone: a name the clause inherited (a partner, a place in a name) no longer bars it.
    const near = [...owners].flatMap((owner) => k.index.rank({ ...sub, entities: [owner] }).slice(0, 5))
      .sort((x, y) => y.score - x.score)
      // The figure must match a word only this clause says (the theme's 科技, 企业 say nothing): its own topic.
      .find((s) => owners.has(s.fact.subject ?? s.fact.org) && !found.includes(s.fact)
        && own[i]!.terms.some((t) => !k.data.cues.theme.includes(t) && k.index.hasTerm(s.fact, t)) && askFit(sub, s.fact) >= 0.9 && s.score >= k.policy.clauseNotFoundBelow / 2);
    return near ? { kind: 'fact', best: near, related: [] } : o;
  });
}

/**
 * A clause of one word for what it asks ("，盘子一共多大") after a clause that found a figure about a
 * fund, product or event asks about that thing ("三大行合作的AIC基金"): its figure of the kind asked,
 * when it has one, before its owner's.
 */
export function withSiblingSubjects(k: Knowledge, subs: readonly Query[], outcomes: Outcome[]): Outcome[] {
  return outcomes.map((o, i) => {
    const prev = i > 0 ? outcomes[i - 1]! : null;
    const before = prev?.kind === 'fact' ? prev.best.fact : null;
    const subject = before?.subject;
    const sub = subs[i]!;
    // Only a clause about the thing's owners (inherited), not one naming a thing of its own.
    if (!subject || !elliptical(sub) || !sub.entities.every((e) => e !== subject && k.index.isWithin(subject, e))) return o;
    const focused = { ...sub, entities: [subject] };
    const again = decide(k.index, focused, k.index.rank(focused));
    return again.kind === 'fact' && again.best.fact.subject === subject && again.best.fact !== before ? again : o;
  });
}

/**
 * True when a clause that found nothing asks for more than the clauses that found something:
 * an organisation or a topic word of its own (a greeting, "我是做企业服务的", or a clause made
 * of its siblings' words asks nothing more).
 */
export function asksMore(k: Knowledge, sub: Query, answered: readonly Query[]): boolean {
  if (sub.entities.some((e) => !answered.some((f) => f.entities.includes(e)))) return true;
  return sub.terms.some((t) => !k.data.cues.theme.includes(t) && !answered.some((f) => f.terms.includes(t)));
}
