/**
 * Builds replies: the structured Answer every adapter renders, and its plain
 * text for the terminal and the batch contract.
 */
import type { Dataset, Fact } from './data/dataset.js';
import { articleDate, choiceOf, cite, figureForEnglish, orgName } from './cite.js';
import { messages } from './messages.js';
import { compareDecimals, shiftDecimal } from './numerals.js';
import type { Answer, AnswerKind, AnswerStatus, CitedFact, Choice, Lang } from './types.js';

/** What every composer needs. */
export interface ComposeContext {
  data: Dataset;
  lang: Lang;
  /** Lines to show under the headline (a mended typo, say). */
  notes: string[];
}

/** The parts of a reply before its plain text is made. */
export interface Parts {
  status: AnswerStatus;
  kind: AnswerKind;
  headline: string;
  facts?: CitedFact[];
  choices?: Choice[];
  suggestions?: Choice[];
  notes?: string[];
}

/** The plain-text form of an answer. */
export function plainText(answer: Omit<Answer, 'text'>, data: Dataset): string {
  const m = messages(answer.lang);
  const lines = [answer.headline, ...answer.notes];
  // A lookup's and a definition's headline is their first fact's sentence: it is not repeated below.
  const lookup = answer.kind === 'lookup' || answer.kind === 'define';
  answer.facts.forEach((f, i) => {
    if (lookup && i === 1) lines.push(m.also);
    if (!lookup || i > 0) lines.push(`• ${f.sentence}`);
    if (f.scope) lines.push(`  ${f.scope}`);
    lines.push(`  ${m.quote(f.quote)}`);
  });
  if (answer.facts.length > 0) {
    const sections = [...new Set(answer.facts.map((f) => f.section))].join('；');
    lines.push(m.source(sections, articleDate(data, answer.lang)));
  }
  answer.choices.forEach((c, i) => lines.push(`${i + 1}. ${c.label}`));
  for (const s of answer.suggestions) lines.push(`• ${s.label}`);
  return lines.filter((l) => l.length > 0).join('\n');
}

/** Builds a reply from its parts, with its plain text. */
export function build(ctx: ComposeContext, parts: Parts): Answer {
  const base = {
    status: parts.status,
    kind: parts.kind,
    lang: ctx.lang,
    script: 'simplified' as const,
    headline: parts.headline,
    facts: parts.facts ?? [],
    choices: parts.choices ?? [],
    suggestions: parts.suggestions ?? [],
    notes: [...ctx.notes, ...(parts.notes ?? [])],
  };
  return { ...base, text: plainText(base, ctx.data) };
}

/** One figure, with any related figures of the same thing and their scopes. */
export function composeLookup(ctx: ComposeContext, best: Fact, related: readonly Fact[]): Answer {
  const withScope = related.length > 0;
  const facts = [best, ...related].map((f) => cite(ctx.data, f, ctx.lang, withScope));
  return build(ctx, { status: 'answered', kind: 'lookup', headline: facts[0]!.sentence, facts });
}

/** Several figures asked at once. */
export function composeMulti(ctx: ComposeContext, factList: readonly Fact[]): Answer {
  const facts = factList.map((f) => cite(ctx.data, f, ctx.lang, true));
  return build(ctx, { status: 'answered', kind: 'multi', headline: messages(ctx.lang).multiHeadline(facts.length), facts });
}

/** A figure in base units ("4218" 亿元 → 421800000000), to compare like with like. */
function inBaseUnits(fact: Fact): string | null {
  if (fact.value === undefined || fact.unit === undefined) return null;
  const magnitude = fact.unit.startsWith('亿') ? 8 : fact.unit.startsWith('万') ? 4 : 0;
  return shiftDecimal(fact.value, magnitude);
}

export const comparableClass = (f: Fact) => (f.figureClass === 'org_count' ? 'count' : f.figureClass);

/** What a dated fact is, for a chronology: its text, else its subject's or organisation's name. */
function labelOrText(ctx: ComposeContext, f: Fact): string {
  const text = ctx.lang === 'en' ? f.text_en : f.text;
  return text ?? orgName(ctx.data, f.subject ?? f.org, ctx.lang);
}

/** Two or more figures ranked: the larger named first, both cited. */
export function composeCompare(ctx: ComposeContext, factList: readonly Fact[]): Answer {
  const m = messages(ctx.lang);
  const facts = factList.map((f) => cite(ctx.data, f, ctx.lang));
  const classes = new Set(factList.map(comparableClass));
  const values = factList.map(inBaseUnits);
  if (classes.size !== 1 || values.some((v) => v === null) || classes.has('text')) {
    // Figures of different kinds are shown, but ranking them answers nothing: no figure is the answer.
    return build(ctx, { status: 'not_found', kind: 'not_found', headline: m.compareUnlike, facts });
  }
  // Dates go in the order of time; amounts and counts from the largest.
  const dates = classes.has('date');
  const order = factList.map((_, i) => i).sort((a, b) => (dates ? 1 : -1) * compareDecimals(values[a]!, values[b]!));
  const shown = (i: number) => (ctx.lang === 'en' && !dates ? figureForEnglish(factList[i]!.figure!, facts[i]!.figureEn) : factList[i]!.figure!);
  if (factList.length > 2 || dates) {
    const sep = ctx.lang === 'en' ? ' > ' : ' ＞ ';
    // Figures of one organisation ("武汉市 94家 ＞ 武汉市 57家") are told apart by what they measure.
    const names = factList.map((f) => ownerName(ctx, f));
    const distinct = new Set(names).size === names.length;
    const label = (f: Fact, i: number) => (dates ? labelOrText(ctx, f) : distinct ? names[i]! : facts[i]!.metric);
    const line = order.map((i) => `${label(factList[i]!, i)} ${shown(i)}`).join(dates ? (ctx.lang === 'en' ? ', then ' : '，') : sep);
    const headline = dates ? m.chronologyHeadline(line) : m.rankHeadline(line);
    return build(ctx, { status: 'answered', kind: 'rank', headline, facts: order.map((i) => facts[i]!) });
  }
  const equal = compareDecimals(values[order[0]!]!, values[order[1]!]!) === 0;
  const headline = equal ? m.compareEqual : winnerHeadline(ctx, order.map((i) => factList[i]!));
  const approximate = factList.some((f) => f.qualifier.some((q) => ['超', '超过', '近', '约', '余', '突破'].includes(q)));
  const ordered = order.map((i) => facts[i]!);
  return build(ctx, { status: 'answered', kind: 'compare', headline, facts: ordered, notes: approximate ? [m.approximate] : [] });
}

const ownerName = (ctx: ComposeContext, f: Fact) => orgName(ctx.data, f.subject ?? f.org, ctx.lang);

/**
 * What tells two figures apart in a sentence: their owners, or what they measure when one owner has both
 * ("科技支行 超50家, against 科技金融事业部 20家"); each with its figure as the reply shows it.
 */
export function twoSides(ctx: ComposeContext, pair: readonly Fact[]): { name: string; shown: string }[] {
  const cited = pair.map((f) => cite(ctx.data, f, ctx.lang));
  const sameOwner = ownerName(ctx, pair[0]!) === ownerName(ctx, pair[1]!);
  return pair.map((f, i) => ({
    name: sameOwner ? cited[i]!.metric : ownerName(ctx, f),
    shown: ctx.lang === 'en' ? figureForEnglish(f.figure!, cited[i]!.figureEn) : f.figure!,
  }));
}

/** "A is higher: x, against y for B" of two figures, the larger first. */
export function winnerHeadline(ctx: ComposeContext, pair: readonly Fact[]): string {
  const [larger, smaller] = twoSides(ctx, pair);
  return messages(ctx.lang).compareWinner(larger!.name, larger!.shown, smaller!.name, smaller!.shown);
}

/** Every item a list question asks for. */
export function composeList(ctx: ComposeContext, factList: readonly Fact[]): Answer {
  const sorted = [...factList].sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
  const facts = sorted.map((f) => cite(ctx.data, f, ctx.lang));
  const items = sorted.flatMap((f) => (f.items.length > 0 ? f.items : []));
  const count = items.length > 0 && sorted.length === 1 ? items.length : facts.length;
  const headline = `${messages(ctx.lang).listHeadline(count)}${items.length > 0 && ctx.lang === 'zh' ? items.join('、') : ''}`;
  return build(ctx, { status: 'answered', kind: 'list', headline, facts });
}

/** An organisation on its own: a card of its main figures. */
export function composeBrowse(ctx: ComposeContext, entity: string, factList: readonly Fact[], total: number, members: readonly string[] = []): Answer {
  const facts = factList.map((f) => cite(ctx.data, f, ctx.lang));
  const m = messages(ctx.lang);
  const name = orgName(ctx.data, entity, ctx.lang);
  const names = members.map((c) => orgName(ctx.data, c, ctx.lang)).join(ctx.lang === 'en' ? ', ' : '、');
  const headline = `${members.length > 0 ? `${m.childrenHeadline(name, names)} ` : ''}${m.browseHeadline(name, total)}`;
  return build(ctx, { status: 'answered', kind: 'browse', headline, facts });
}

/** The members of a group, each with one of its figures as evidence. */
export function composeChildren(ctx: ComposeContext, entity: string, children: readonly string[], evidence: readonly Fact[]): Answer {
  const sep = ctx.lang === 'en' ? ', ' : '、';
  const names = children.map((c) => orgName(ctx.data, c, ctx.lang)).join(sep);
  const headline = messages(ctx.lang).childrenHeadline(orgName(ctx.data, entity, ctx.lang), names);
  const facts = evidence.map((f) => cite(ctx.data, f, ctx.lang));
  return build(ctx, { status: 'answered', kind: 'list', headline, facts });
}

/** A clarifying question: the close readings, as choices. */
export function composeClarify(ctx: ComposeContext, candidates: readonly Fact[]): Answer {
  // Each reading shows its figure: the user picks by what it says, and sees the figures at once.
  const choices = candidates.map((f) => {
    const choice = choiceOf(ctx.data, f, ctx.lang);
    return f.figure === null || f.figureClass === 'date' ? choice : { ...choice, label: `${choice.label}${ctx.lang === 'en' ? ': ' : '：'}${f.figure}` };
  });
  return build(ctx, { status: 'clarify', kind: 'clarify', headline: messages(ctx.lang).clarify, choices });
}

/** An honest "not in the source", with the nearest figures the article does give. */
export function composeNotFound(ctx: ComposeContext, about: string, near: readonly Fact[], headline?: string): Answer {
  const m = messages(ctx.lang);
  const suggestions = near.map((f) => ({ ...choiceOf(ctx.data, f, ctx.lang), label: cite(ctx.data, f, ctx.lang).sentence }));
  const notes = near.length > 0 ? [m.nearby(about)] : [];
  return build(ctx, { status: 'not_found', kind: 'not_found', headline: headline ?? m.notFound(about), suggestions, notes });
}

/** A reply that is not about a figure: help, greetings, thanks. */
export function composeSmall(ctx: ComposeContext, kind: 'help' | 'smalltalk', headline: string, examples: readonly string[]): Answer {
  const m = messages(ctx.lang);
  const suggestions = examples.map((e) => ({ label: e, factIds: [] }));
  return build(ctx, { status: 'smalltalk', kind, headline, suggestions, notes: examples.length > 0 ? [m.examples] : [] });
}
