/**
 * A stated figure to confirm or correct ("融担公司服务了5000户吗？"): the
 * figure the article gives for the rest of the question, and whether the
 * stated one agrees with it.
 */
import { build, composeNotFound, type ComposeContext } from '../compose.js';
import { cite, figureForEnglish, orgName } from '../cite.js';
import { messages } from '../messages.js';
import { classifyUnit, type Fact } from '../data/dataset.js';
import type { CuesFile } from '../data/schema.js';
import { compareDecimals, shiftDecimal } from '../numerals.js';
import { magnitudeOf, type StatedFigure } from '../stated.js';
import { factsOf, hasCue, lookup, reply, without, type Intent, type IntentContext } from './intent.js';
import type { Resolved } from '../resolve.js';

const ARITH_OR_COMPARE = ['compare', 'rank', 'sum', 'difference'] as const;

export type Verdict = 'yes' | 'roughly' | 'no';

/** The fact's value in base units, or null for a text fact. */
export function baseOf(fact: Fact): string | null {
  if (fact.value === undefined || fact.unit === undefined) return null;
  return shiftDecimal(fact.value, magnitudeOf(fact.unit));
}

const APPROXIMATE = ['超', '超过', '近', '约', '余', '突破'];

/** Whether a stated figure agrees with a fact. */
export function verdictOf(stated: StatedFigure, fact: Fact): Verdict | null {
  const base = baseOf(fact);
  if (base === null) return null;
  // Without a magnitude of its own ("95.48", "5000户"), the stated number is read in the fact's unit.
  const given = magnitudeOf(stated.unit) > 0 ? stated.base : shiftDecimal(stated.value, magnitudeOf(fact.unit ?? null));
  if (compareDecimals(given, base) !== 0) return 'no';
  return fact.qualifier.some((q) => APPROXIMATE.includes(q)) ? 'roughly' : 'yes';
}

/** An English question opening with a question word asks for something: its year is a condition, not a claim. */
function asksSomething(c: IntentContext): boolean {
  const first = /^[a-z']+/.exec(c.turn.analysis.text)?.[0];
  return first !== undefined && c.k.data.cues.wh_words.includes(first);
}

/** "江城基金是2023年组建的吗": a stated year checked against the fact's date. */
function checkYear(c: IntentContext): Resolved | null {
  const { turn } = c;
  const year = turn.analysis.years[0];
  if (year === undefined || turn.analysis.years.length > 1 || asksSomething(c)) return null;
  const resolved = lookup(c, { ...without(turn.analysis, ['check', 'compare', 'reverse', 'define']), years: [] });
  const fact = factsOf(c, resolved).find((f) => f.figureClass === 'date' || (f.figureClass === 'text' && f.years.length > 0));
  if (!fact) return null;
  const verdict: Verdict = fact.years.includes(year) ? 'yes' : 'no';
  return reply(c, composeCheck(c.compose, fact, verdict, null), [fact]);
}

export const check: Intent = {
  name: 'check',
  handle(c) {
    const { turn } = c;
    if (!hasCue(turn, 'check')) return null;
    // A figure stated as one side of a comparison or a sum is the question's data, not a claim to check.
    if (ARITH_OR_COMPARE.some((cue) => hasCue(turn, cue))) return null;
    if (turn.stated.length === 0) return checkYear(c);
    const resolved = lookup(c, without(turn.analysis, ['check', 'compare', 'reverse', 'define'], true));
    const facts = factsOf(c, resolved).filter((f) => baseOf(f) !== null);
    const pairs = turn.stated.length > 1 ? pairsOf(turn.stated, facts, c.k.data.cues) : null;
    if (pairs) return reply(c, composeChecks(c.compose, pairs), pairs.map((p) => p.fact));
    const fact = facts[0];
    if (!fact) return null;
    if (turn.stated.every((s) => !ofItsKind(s, fact, c.k.data.cues))) return notOfItsKind(c, fact);
    const verdicts = turn.stated.map((s) => verdictOf(s, fact));
    if (verdicts.every((v) => v === null)) return null;
    const matched = turn.stated.find((_, i) => verdicts[i] === 'yes' || verdicts[i] === 'roughly');
    const verdict: Verdict = matched ? verdicts[turn.stated.indexOf(matched)]! : 'no';
    return reply(c, composeCheck(c.compose, fact, verdict, turn.stated.length > 1 && matched ? matched : null), [fact]);
  },
};

/**
 * True when the stated figure counts what the fact counts: "111家上市" is no claim about 10个 projects,
 * and "20亿元" none about a share. A bare number ("3854") is read in the fact's unit.
 */
export function ofItsKind(stated: StatedFigure, fact: Fact, cues: CuesFile): boolean {
  if (stated.unit === null || fact.unit === undefined) return true;
  const cls = classifyUnit(stated.unit, cues);
  if (cls !== 'count') return cls === fact.figureClass;
  // A magnitude is no kind: "2.1649万笔" counts what 21649笔 counts.
  return fact.unit.endsWith(stated.unit.replace(/^(?:万亿|亿|万|千|百)/, ''));
}

/** A claim about a figure the article does not give: what it gives nearest is offered, not confirmed or denied. */
function notOfItsKind(c: IntentContext, fact: Fact): Resolved {
  const about = orgName(c.k.data, fact.subject ?? fact.org, c.compose.lang);
  return reply(c, composeNotFound(c.compose, about, [fact]), []);
}

interface CheckPair { stated: StatedFigure; fact: Fact; verdict: Verdict }

/**
 * "余额3709.11亿元，同比增长14.78%，没错吧": each stated figure checked against a figure of its own,
 * the one it agrees with or else the one of its kind; null unless every stated figure finds a different one.
 */
function pairsOf(stated: readonly StatedFigure[], facts: readonly Fact[], cues: CuesFile): CheckPair[] | null {
  if (facts.length < 2) return null;
  const used = new Set<Fact>();
  const pairs: CheckPair[] = [];
  for (const s of stated) {
    const open = facts.filter((f) => !used.has(f));
    const agreeing = open.find((f) => verdictOf(s, f) !== 'no');
    // The kind of figure the stated unit names; none for a bare number ("3854").
    const kind = s.unit === null ? null : classifyUnit(s.unit, cues);
    const fact = agreeing ?? (kind === null ? undefined : open.find((f) => f.figureClass === kind));
    if (!fact) return null;
    used.add(fact);
    pairs.push({ stated: s, fact, verdict: verdictOf(s, fact) ?? 'no' });
  }
  return pairs;
}

/** One verdict a stated figure, each with the figure the article gives. */
function composeChecks(ctx: ComposeContext, pairs: readonly CheckPair[]) {
  const m = messages(ctx.lang);
  const lines = pairs.map(({ stated, fact, verdict }) => {
    const cited = cite(ctx.data, fact, ctx.lang);
    const shown = ctx.lang === 'en' ? figureForEnglish(fact.figure!, cited.figureEn) : fact.figure!;
    return m.checkEach(`${stated.value}${stated.unit ?? ''}`, m.checkVerdict(verdict, shown));
  });
  return build(ctx, { status: 'answered', kind: 'check', headline: lines.join('\n'), facts: pairs.map((p) => cite(ctx.data, p.fact, ctx.lang)) });
}

/** The verdict first, then the figure as the article gives it. */
function composeCheck(ctx: ComposeContext, fact: Fact, verdict: Verdict, chosen: StatedFigure | null) {
  const m = messages(ctx.lang);
  const cited = cite(ctx.data, fact, ctx.lang);
  const figure = fact.figureClass === 'text' || fact.figureClass === 'date' ? fact.as_of ?? fact.figure ?? '' : fact.figure!;
  const shown = ctx.lang === 'en' && fact.figureClass !== 'date' ? figureForEnglish(figure, cited.figureEn) : figure;
  const headline = chosen ? m.checkChoice(`${chosen.value}${chosen.unit ?? ''}`, shown) : m.checkVerdict(verdict, shown);
  return build(ctx, { status: 'answered', kind: 'check', headline, facts: [cited] });
}
