/**
 * The figures a sum, difference or ratio works on: the question's own (one per organisation named, of
 * the kind it asks), the same figure in two years, or the last answer's figures for a question that
 * names nothing ("两者相差多少", "those three").
 */
import { comparableClass } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { baseOf } from './check.js';
import { ownFacts } from '../browse.js';
import { factsOf, hasCue, lookup, saysAny, without, type IntentContext } from './intent.js';
import type { Resolved } from '../resolve.js';
import type { Analysis } from '../analyze.js';

/** The cues a question's operands are looked up without. */
export const ARITHMETIC_CUES = ['sum', 'difference', 'ratio', 'compare', 'rank', 'check'] as const;

/** "从2018年到2025年提高了多少": the same figure in each of two years. */
export function perYear(c: IntentContext): Fact[] {
  const { years } = c.turn.analysis;
  if (years.length !== 2) return [];
  const plain = without(c.turn.analysis, ARITHMETIC_CUES);
  const facts = years.map((y) => factsOf(c, lookup(c, { ...plain, years: [y] })).find((f) => f.years.includes(y) && baseOf(f) !== null));
  const [a, b] = facts;
  return a && b && a !== b && a.metric === b.metric ? [a, b] : [];
}

/**
 * The question without its arithmetic: the cues, and the topic words the cues are made of
 * ("加起来" and "一共" also read as 累计, cumulative, which a fund's size is not).
 */
function operandQuestion(a: Analysis): Analysis {
  const plain = without(a, ARITHMETIC_CUES);
  const spans = a.scan.cues.filter((m) => m.concepts.some((c) => c.kind === 'intent' && (c.id === 'sum' || c.id === 'difference' || c.id === 'ratio')));
  const inCue = (m: { start: number; end: number }) => spans.some((s) => m.start < s.end && s.start < m.end);
  // Clauses are read again from the scan: the words go from it too.
  const topics = a.scan.topics.filter((m) => !(inCue(m) && m.concepts.every((c) => c.kind === 'term')));
  // Arithmetic works on one figure per organisation named ("甲是乙的几倍" asks for each one's).
  const intents = new Set([...plain.intents, 'each' as const]);
  return { ...plain, intents, terms: plain.terms.filter((t) => !inCue(t)), scan: { ...a.scan, topics } };
}

/** True when the question counts the things it adds ("两笔", "三只", "both", "the two"). */
export function countsSeveral(c: IntentContext): boolean {
  const { text } = c.turn.analysis;
  return saysAny(text, c.k.data.cues.several);
}

/** How many figures the question counts ("those three": 3); two when it does not say. */
function severalCount(c: IntentContext): number {
  const { several, number_words } = c.k.data.cues;
  const said = several.filter((w) => saysAny(c.turn.analysis.text, [w]));
  const counts = said.flatMap((w) => Object.entries(number_words).filter(([n]) => w.includes(n)).map(([, v]) => v));
  return Math.max(2, ...counts);
}

/** The figures of a list of fact ids that arithmetic can use. */
export function numeric(c: IntentContext, ids: readonly string[]): Fact[] {
  return ids.map((id) => c.k.data.factById.get(id)).filter((f): f is Fact => f !== undefined && baseOf(f) !== null);
}

/**
 * The facts to work on: the question's own; for a question that names no
 * organisation ("合计多少", "两者相差多少"), the last answer's figures when
 * it gave two or more, else the latest figures answered.
 */
export function operands(c: IntentContext): Fact[] {
  const { query, state } = c.turn;
  if (query.entities.length === 0) {
    // The last answer's own figures (not the related ones shown beside a single figure), else the latest answers'.
    const wanted = severalCount(c);
    const last = numeric(c, state.last?.main ?? state.last?.facts ?? []);
    if (last.length >= wanted) return last;
    const recent = numeric(c, state.recent ?? []).slice(0, wanted);
    if (recent.length >= wanted && (query.terms.length === 0 || hasCue(c.turn, 'each'))) return recent;
  }
  const yearly = perYear(c);
  if (yearly.length === 2) return yearly;
  const shared = sharedMeasure(c);
  if (shared.length >= 2) return shared;
  const parts = lookup(c, operandQuestion(c.turn.analysis));
  // For a sum, one figure shown with its related ones is one thing's total ("lent to it in total"),
  // unless the question counts several ("那两笔增资加起来"); a difference takes the part from the whole.
  const one = parts.answer.kind === 'lookup' && !hasCue(c.turn, 'difference') && !hasCue(c.turn, 'ratio') && !countsSeveral(c);
  // A lookup unsure which figure is meant offers the candidates: arithmetic works on those it can use.
  const found = parts.answer.status === 'clarify' ? choiceFacts(c, parts) : factsOf(c, parts);
  const usable = ofAskedKind(c, [...new Set(found.flatMap((f) => figuresOf(c, f)))]).slice(0, one ? 1 : undefined);
  if (usable.length >= 2 || query.entities.length > 0) return usable;
  return numeric(c, state.recent ?? []).slice(0, severalCount(c));
}

/**
 * "A加上B一共多少亿": organisations named with no word for what to add, each with one figure of a
 * measure they all have (two funds' sizes). None when the question names a topic or the measure is not one.
 */
function sharedMeasure(c: IntentContext): Fact[] {
  const { query } = c.turn;
  const hard = query.terms.filter((t) => !(query.softTerms ?? []).includes(t));
  if (query.entities.length < 2 || hard.length > 0) return [];
  const figures = query.entities.map((e) => ofAskedKind(c, ownFacts(c.k, e).filter((f) => baseOf(f) !== null)));
  const metrics = figures.map((fs) => new Set(fs.map((f) => f.metric)));
  const common = [...metrics[0]!].filter((m) => metrics.every((ms) => ms.has(m)));
  if (common.length !== 1) return [];
  const picked = figures.map((fs) => fs.filter((f) => f.metric === common[0]));
  return picked.every((fs) => fs.length === 1) ? picked.map((fs) => fs[0]!) : [];
}

/** The facts a clarify offers, in its order. */
function choiceFacts(c: IntentContext, resolved: Resolved): Fact[] {
  const ids = (resolved.answer.choices ?? []).flatMap((choice) => choice.factIds);
  return ids.map((id) => c.k.data.factById.get(id)).filter((f): f is Fact => f !== undefined);
}

/** A figure, or for a statement without one ("57家工作站与94家服务站协同发力") the figures of its sentence. */
function figuresOf(c: IntentContext, fact: Fact): Fact[] {
  if (baseOf(fact) !== null) return [fact];
  const sameSentence = (g: Fact) => g.quote === fact.quote || (g.quote.length >= 8 && fact.quote.includes(g.quote));
  return c.k.data.facts.filter((g) => sameSentence(g) && baseOf(g) !== null);
}

/** The kind of figure the whole question asks for ("多少亿": money), if it says. */
export function askedClass(c: IntentContext): 'money' | 'count' | null {
  const asks = c.turn.analysis.asks;
  return asks.has('money') ? 'money' : asks.has('count') ? 'count' : null;
}

/**
 * Operands of the kind the whole question asks ("贷款和股权投资加起来一共多少亿元" adds money): a part
 * found as a count of firms takes the figure of its own sentence and owner of that kind (the 38亿元
 * beside the 864家), when there is one. A clause alone does not say how the question asks.
 */
function ofAskedKind(c: IntentContext, facts: readonly Fact[]): Fact[] {
  const wanted = askedClass(c);
  const sameKind = (f: Fact) => comparableClass(f) === wanted;
  if (wanted === null || facts.every(sameKind)) return [...facts];
  const swapped = facts.map((f) => (sameKind(f) ? f : c.k.data.facts.find((g) => g !== f && sameKind(g) && g.quote === f.quote
    && (g.subject ?? g.org) === (f.subject ?? f.org)) ?? f));
  return [...new Set(swapped)];
}
