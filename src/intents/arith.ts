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
import { factsOf, hasCue, lookup, reply, without, type Intent, type IntentContext } from './intent.js';
import type { Resolved } from '../resolve.js';
import { ARITHMETIC_CUES, askedClass, countsSeveral, numeric, operands, perYear } from './operands.js';

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
