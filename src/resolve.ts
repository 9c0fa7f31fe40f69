/**
 * Turns an analysed question into a reply: follow-up context, splitting into
 * sub-questions, then a lookup, a comparison, a list, a card or an honest
 * "not in the source".
 */
import type { Analysis } from './analyze.js';
import type { Fact } from './data/dataset.js';
import type { Knowledge } from './knowledge.js';
import { decide, listFacts, type Outcome } from './decide.js';
import { followupKind, hasPronoun, queryOf, withContext } from './query.js';
import type { Query } from './search.js';
import { browseAnswer, childrenOf, membersAnswer } from './browse.js';
import {
  comparableClass, composeClarify, composeList, composeLookup, composeMulti, composeNotFound, type ComposeContext,
} from './compose.js';
import { orgName, ownersNamed } from './cite.js';
import { asksMore, keywordClauses, subQueries, withSiblingOwners, withSiblingSubjects } from './clauses.js';
import { compare } from './compare.js';
import { saysAny } from './normalize.js';
import { yearList } from './format.js';
import { messages } from './messages.js';
import type { Answer, ChatState, TurnMemory } from './types.js';

/** A reply with what the turn asked, for the next follow-up. */
export interface Resolved {
  answer: Answer;
  memory: TurnMemory;
}

/**
 * What a turn leaves for the next: the organisations asked about (named, or
 * kept from the turn before when the answer is still theirs: after "国通信托
 * 向A增资多少" and "向B呢", both 国通信托 and B), the figures, the topic.
 */
export function memoryOf(k: Knowledge, q: Query, facts: readonly Fact[], before?: TurnMemory): TurnMemory {
  const focus = [...new Set(facts.flatMap((f) => (f.subject ? [f.subject, f.org] : [f.org])))];
  const kept = (before?.entities ?? []).filter((e) => !q.entities.includes(e) && facts.some((f) => f.org === e || f.subject === e));
  const asked = q.entities.length > 0 ? [...q.entities, ...kept] : [...new Set([...kept, ...facts.map((f) => f.subject ?? f.org)])];
  return {
    entities: asked,
    focus,
    terms: q.terms,
    softTerms: q.softTerms ?? [],
    asks: [...q.asks],
    askUnit: q.askUnit,
    years: q.years,
    periods: [...q.periods],
    facts: facts.map((f) => f.id),
    topic: facts[0] ? k.data.metrics.get(facts[0].metric)?.terms ?? [] : q.topic ?? [],
  };
}

/** A question naming organisations only, with nothing asked about them. */
function isBrowse(q: Query, a: Analysis): boolean {
  return q.entities.length > 0 && q.terms.length === 0 && q.asks.size === 0 && q.residue.length === 0
    && q.numbers.length === 0 && q.years.length === 0 && !a.intents.has('compare');
}

/** The organisations the given queries name, as one phrase. */
function whoOf(ctx: ComposeContext, k: Knowledge, queries: readonly Query[]): string {
  const ids = [...new Set(queries.flatMap((q) => q.entities))];
  return ids.map((e) => orgName(k.data, e, ctx.lang)).join(ctx.lang === 'en' ? ', ' : '、');
}

function notFound(ctx: ComposeContext, k: Knowledge, q: Query, near: readonly Fact[]): Answer {
  const m = messages(ctx.lang);
  const about = whoOf(ctx, k, [q]);
  const given = near[0]?.years ?? [];
  // "No 2012 figure" only when no figure of what it names is of that year: else the words, not the year, missed.
  const ofYear = k.data.facts.some((f) => q.years.some((y) => f.years.includes(y)) && q.entities.every((e) => k.index.explains(e, f) > 0));
  if (q.years.length > 0 && given.length > 0 && !q.years.some((y) => given.includes(y)) && !ofYear) {
    return composeNotFound(ctx, about, near, m.notFoundYear(yearList(q.years, ctx.lang), yearList(given, ctx.lang)));
  }
  const asksFigure = q.askUnit !== null || [...q.asks].some((k) => k !== 'text');
  return composeNotFound(ctx, about, near, asksFigure ? undefined : m.notFoundInfo(about));
}

function single(ctx: ComposeContext, k: Knowledge, q: Query, outcome: Outcome): Answer {
  switch (outcome.kind) {
    case 'fact':
      return composeLookup(ctx, outcome.best.fact, outcome.related.map((s) => s.fact));
    case 'ambiguous':
      return composeClarify(ctx, outcome.candidates.map((s) => s.fact));
    case 'none':
      return notFound(ctx, k, q, outcome.near.map((s) => s.fact));
  }
}

function answeredFacts(answer: Answer, k: Knowledge): Fact[] {
  if (answer.status !== 'answered') return [];
  return answer.facts.map((f) => k.data.factById.get(f.id)).filter((f): f is Fact => f !== undefined);
}

/** Resolves one analysed question in the context of its chat. */
export function resolve(k: Knowledge, a: Analysis, state: ChatState, ctx: ComposeContext): Resolved {
  const base = queryOf(a, k.data);
  const kind = followupKind(base, a, state.last, k.data.cues);
  const q = withContext(base, kind, state.last, hasPronoun(a, k.data.cues));
  const done = (answer: Answer, query = q): Resolved => ({ answer, memory: memoryOf(k, query, answeredFacts(answer, k), state.last) });

  // "它下面有哪些公司": the group a follow-up points back to.
  const group = q.entities.length === 1 ? q.entities[0] : q.entities.length === 0 && kind === 'same-entity' ? q.context.entities[0] : undefined;
  if (a.intents.has('subsidiaries') && group !== undefined && childrenOf(k, group).length > 0) {
    const members = membersAnswer(ctx, k, group);
    if (members && (a.intents.has('list') || a.asks.has('text') || base.terms.every((t) => k.data.cues.theme.includes(t)))) return done(members);
  }
  // "那X呢？" after a card (a turn that asked no topic) asks for X's card.
  const afterCard = kind === 'swap-entity' && (state.last?.terms.length ?? 0) === 0;
  if ((kind === 'none' || afterCard) && isBrowse(q, a)) return done(browseAnswer(ctx, k, q.entities[0]!));

  if (a.intents.has('list') && !a.intents.has('each') && !a.intents.has('compare')) {
    const listed = listFacts(q, k.index.rank(q), k.index);
    if (listed.length > 1 || (listed.length === 1 && listed[0]!.fact.items.length > 0)) {
      return done(composeList(ctx, listed.map((s) => s.fact)));
    }
  }
  const clauses = kind === 'none' || kind === 'same-entity' ? subQueries(k, a, q) : [q];
  const subs = clauses.length === 1 ? keywordClauses(k, a, clauses[0]!) ?? clauses : clauses;
  const outcomes = withSiblingSubjects(k, subs, withSiblingOwners(k, subs, subs.map((s) => decide(k.index, s, k.index.rank(s)))));
  const missing = subs.filter((_, i) => outcomes[i]!.kind === 'none');
  const found = [...new Set(outcomes.flatMap((o) => (o.kind === 'fact' ? [o.best.fact] : o.kind === 'ambiguous' ? [o.candidates[0]!.fact] : [])))];
  if (a.intents.has('compare') || a.intents.has('rank')) {
    // One side missing: say so rather than compare a figure with nothing.
    if (subs.length > 1 && missing.length > 0) {
      const given = ownersNamed(k.data, found, ctx.lang);
      return done(composeNotFound(ctx, given, found, messages(ctx.lang).cannotCompare(whoOf(ctx, k, missing))));
    }
    const compared = compare(ctx, k, base, subs, outcomes, state);
    if (compared) return done(compared);
    // Parts asked to be compared that came to one figure: one figure answers no comparison.
    // "哪家…最大" answered by the one figure of a group its sentence counts (5家大行's 650亿元) tells no one apart.
    const which = found.length === 1 && ofCountedGroup(k, found[0]!) && a.intents.has('rank') && saysAny(a.text, k.data.cues.which_words);
    if (which) return done(composeNotFound(ctx, '', found, messages(ctx.lang).onlyGroupTotal(found[0]!.figure ?? '')));
    if (found.length === 1 && (subs.length > 1 || a.splits.length > 0)) {
      const given = orgName(k.data, found[0]!.subject ?? found[0]!.org, ctx.lang);
      return done(composeNotFound(ctx, given, found, messages(ctx.lang).cannotCompare(given)));
    }
  }
  if (subs.length > 1 && found.length > 0) {
    const unanswered = missing.filter((sub) => asksMore(k, sub, subs.filter((_, i) => outcomes[i]!.kind !== 'none')));
    const gaps = unanswered.length > 0 ? [messages(ctx.lang).partlyMissing(whoOf(ctx, k, unanswered))] : [];
    const answer = found.length > 1 ? composeMulti({ ...ctx, notes: [...ctx.notes, ...gaps] }, found) : composeLookup({ ...ctx, notes: [...ctx.notes, ...gaps] }, found[0]!, []);
    return done(answer);
  }
  return done(single(ctx, k, subs[0]!, outcomes[0]!), subs[0]);
}

/** True when the figure is a whole group's: its sentence counts the group's members (并对接5家国有大行…协议规模达650亿元). */
function ofCountedGroup(k: Knowledge, fact: Fact): boolean {
  return fact.subject !== undefined && k.data.facts.some((g) => g !== fact && g.subject === fact.subject && g.figureClass !== 'text'
    && comparableClass(g) === 'count' && Number(g.value) > 1 && fact.quote.includes(g.quote));
}
