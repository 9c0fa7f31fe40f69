/**
 * Sums and differences of figures the article gives ("两笔增资加起来多少",
 * "授信额度和投放资金相差多少"): exact decimal arithmetic on figures of one
 * kind, units aligned, every source figure cited beside the result.
 */
import { build, comparableClass, composeLookup, composeNotFound, twoSides, winnerHeadline, type ComposeContext } from '../compose.js';
import { cite } from '../cite.js';
import { convertForEnglish, yearList } from '../format.js';
import { messages } from '../messages.js';
import type { Fact } from '../data/dataset.js';
import { addDecimals, compareDecimals, shiftDecimal, subtractDecimals } from '../numerals.js';
import { magnitudeOf } from '../stated.js';
import { baseOf } from './check.js';
import { ownFacts } from '../browse.js';
import { factsOf, hasCue, lookup, reply, saysAny, without, type Intent, type IntentContext } from './intent.js';
import type { Resolved } from '../resolve.js';
import type { Analysis } from '../analyze.js';

/** The cues a question's operands are looked up without. */
const ARITHMETIC_CUES = ['sum', 'difference', 'ratio', 'compare', 'rank', 'check'] as const;

/** The unit family a figure can be added within: money with money, 家 with 户. */
function familyOf(fact: Fact): string | null {
  if (fact.figureClass === 'money') return 'money';
  if (fact.figureClass === 'percent' || fact.figureClass === 'date' || fact.figureClass === 'text') return null;
  return fact.figureClass === 'org_count' ? 'org' : (fact.unit ?? '').replace(/^[万亿]/, '');
}

/** The unit to state a result in: the largest magnitude used by the inputs under which it stays at least 1. */
export function resultUnit(result: string, facts: readonly Fact[]): string {
  const units = [...new Set(facts.map((f) => f.unit ?? ''))].sort((a, b) => magnitudeOf(b) - magnitudeOf(a));
  for (const unit of units) if (compareDecimals(shiftDecimal(result, -magnitudeOf(unit)), '1') >= 0) return unit;
  return units.at(-1) ?? '';
}

/** "从2018年到2025年提高了多少": the same figure in each of two years. */
function perYear(c: IntentContext): Fact[] {
  const { years } = c.turn.analysis;
  if (years.length !== 2) return [];
  const plain = without(c.turn.analysis, ARITHMETIC_CUES);
  const facts = years.map((y) => factsOf(c, lookup(c, { ...plain, years: [y] })).find((f) => f.years.includes(y) && baseOf(f) !== null));
  const [a, b] = facts;
  return a && b && a !== b && a.metric === b.metric ? [a, b] : [];
}

/**
 * "2024年比2023年多了多少": a change between two years, one of which the article has no such figure
 * for, is not found; never the one year's figure as if it were the change.
 */
function yearMissing(c: IntentContext): Resolved | null {
  const { years } = c.turn.analysis;
  if (years.length !== 2 || perYear(c).length === 2) return null;
  const plain = without(c.turn.analysis, ARITHMETIC_CUES);
  const found = factsOf(c, lookup(c, { ...plain, years: [] })).find((f) => baseOf(f) !== null && years.some((y) => f.years.includes(y)));
  const absent = found ? years.filter((y) => !found.years.includes(y)) : [];
  if (!found || absent.length === 0) return null;
  const m = messages(c.turn.lang);
  return reply(c, composeNotFound(c.compose, '', [found], m.notFoundYear(yearList(absent, c.turn.lang), yearList(found.years, c.turn.lang))), []);
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
function countsSeveral(c: IntentContext): boolean {
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
function numeric(c: IntentContext, ids: readonly string[]): Fact[] {
  return ids.map((id) => c.k.data.factById.get(id)).filter((f): f is Fact => f !== undefined && baseOf(f) !== null);
}

/**
 * The facts to work on: the question's own; for a question that names no
 * organisation ("合计多少", "两者相差多少"), the last answer's figures when
 * it gave two or more, else the latest figures answered.
 */
function operands(c: IntentContext): Fact[] {
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
function askedClass(c: IntentContext): 'money' | 'count' | null {
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

export const arith: Intent = {
  name: 'arith',
  handle(c) {
    const { turn } = c;
    // Two years of one figure with a word of growth ("提高了多少") ask for the difference too.
    const growth = turn.analysis.years.length === 2 && turn.query.terms.includes('增长');
    const ratio = hasCue(turn, 'ratio');
    const difference = hasCue(turn, 'difference') || growth || ratio;
    // "两类企业一共拿到多少钱": things counted as several and a word for the total ask for their sum.
    const impliedSum = countsSeveral(c) && !hasCue(turn, 'compare') && turn.query.terms.some((t) => c.k.data.cues.modifier_terms.includes(t));
    if (!difference && !hasCue(turn, 'sum') && !impliedSum) return null;
    // "Rank these: A, B combined, C": the ranking is asked; a sum inside it names one of its items.
    if (hasCue(turn, 'rank')) return null;
    const missingYear = difference ? yearMissing(c) : null;
    if (missingYear) return missingYear;
    const facts = operands(c);
    const family = facts.length > 0 ? familyOf(facts[0]!) : null;
    if (facts.length < 2 || family === null || facts.some((f) => familyOf(f) !== family)) return onlyArithmetic(c) ? totalOf(c) : null;
    // A difference reads larger − smaller, whichever was named first.
    const used = difference ? facts.slice(0, 2).sort((x, y) => compareDecimals(baseOf(y)!, baseOf(x)!)) : facts.slice(0, 6);
    const bases = used.map((f) => baseOf(f)!);
    const result = difference
      ? (compareDecimals(bases[0]!, bases[1]!) >= 0 ? subtractDecimals(bases[0]!, bases[1]!) : subtractDecimals(bases[1]!, bases[0]!))
      : bases.reduce((sum, b) => addDecimals(sum, b), '0');
    if (ratio) return reply(c, composeRatio(c.compose, used), used);
    const unit = resultUnit(result, used);
    const value = shiftDecimal(result, -magnitudeOf(unit));
    // "Which is larger, and by how much?": the larger is named before the difference.
    const lead = difference && hasCue(turn, 'compare') && comparableClass(used[0]!) === comparableClass(used[1]!) ? winnerHeadline(c.compose, used) : '';
    return reply(c, composeArithmetic(c.compose, difference ? 'difference' : 'sum', { value, unit }, used, lead), used);
  },
};

/** A question that is arithmetic and nothing else ("What do they add up to?"): no word of it could be looked up. */
function onlyArithmetic(c: IntentContext): boolean {
  const { analysis, query } = c.turn;
  return analysis.entities.length === 0 && analysis.residue.length === 0 && query.terms.every((t) => (query.softTerms ?? []).includes(t));
}

/**
 * A total asked with nothing to add: the one figure of the kind asked that the last answer gave ("一共多少家"
 * after the list of 20余家 firms), or the total the plain lookup finds stated (签约…合计95.3亿元); else nothing to work on.
 */
function totalOf(c: IntentContext): Resolved | null {
  const wanted = askedClass(c);
  if (wanted === null) return nothingToWorkOn(c);
  const last = numeric(c, c.turn.state.last?.main ?? []).filter((f) => comparableClass(f) === wanted);
  if (last.length === 1) return reply(c, composeLookup(c.compose, last[0]!, []), last);
  return factsOf(c, lookup(c)).some((f) => comparableClass(f) === wanted) ? null : nothingToWorkOn(c);
}

/** Arithmetic with nothing to work on: said so, never another figure looked up by its words. */
function nothingToWorkOn(c: IntentContext): Resolved {
  const m = messages(c.turn.lang);
  return reply(c, composeNotFound(c.compose, '', [], m.nothingToWorkOn), []);
}

/** How many times the larger figure is the smaller, to two decimals: a derived figure, said to be one. */
function composeRatio(ctx: ComposeContext, [larger, smaller]: readonly Fact[]) {
  const m = messages(ctx.lang);
  const times = Number(baseOf(larger!)) / Number(baseOf(smaller!));
  const rounded = Math.round(times * 100) / 100;
  const exact = rounded === times;
  const [a, b] = twoSides(ctx, [larger!, smaller!]);
  const headline = m.ratioHeadline(a!, b!, String(rounded), exact);
  return build(ctx, { status: 'answered', kind: 'difference', headline, facts: [larger!, smaller!].map((f) => cite(ctx.data, f, ctx.lang)), notes: approximate([larger!, smaller!]) ? [m.approximate] : [] });
}

const approximate = (facts: readonly Fact[]) => facts.some((f) => f.qualifier.some((q) => ['超', '超过', '近', '约', '余', '突破'].includes(q)));

/** The result first, then every figure it was made from. */
function composeArithmetic(ctx: ComposeContext, kind: 'sum' | 'difference', result: { value: string; unit: string }, facts: readonly Fact[], lead: string) {
  const m = messages(ctx.lang);
  const written = `${result.value}${result.unit}`;
  const shown = ctx.lang === 'en' ? `${written} (${convertForEnglish(result.value, result.unit, false)})` : written;
  const parts = facts.map((f) => f.figure!).join(kind === 'sum' ? ' + ' : ' − ');
  const headline = (lead && ctx.lang === 'en' ? `${lead} ` : lead) + (kind === 'sum' ? m.sumHeadline(shown, parts) : m.differenceHeadline(shown, parts));
  const notes = approximate(facts) ? [m.approximate] : [];
  return build(ctx, { status: 'answered', kind, headline, facts: facts.map((f) => cite(ctx.data, f, ctx.lang)), notes });
}
