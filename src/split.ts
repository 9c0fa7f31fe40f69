/**
 * Splits a question that asks for several figures at once ("余额和同比增长",
 * "汉口银行和武汉农商行各…", "…, and what is its guarantee volume?") into
 * sub-questions, each borrowing from its siblings what it leaves out.
 */
import { analyzeClause, type Analysis } from './analyze.js';
import type { Dataset } from './data/dataset.js';
import { termIdsIn, type Lexicon } from './lexicon.js';
import { elliptical, queryOf } from './query.js';
import { normalize } from './normalize.js';
import type { Query } from './search.js';

interface Part {
  analysis: Analysis;
  query: Query;
}

/** Topic words a clause needs to name a figure of its own rather than head a list. */
const ITEM_WORDS = 2;

const LEADING_CONJUNCTION = /^(,|、|和|与|以及|及|还有|并且|还是|或者|加上|加|减去|减掉|比|(?:and|or|versus|vs|plus|minus|as well as)(?![a-z]))\s*/;

/**
 * A split between two items of one list the article gives ("工商银行、交通银行、建设银行") joins them:
 * together they name one thing (its three partners), not a clause each.
 */
function betweenItems(whole: Analysis, at: number, data: Dataset): boolean {
  // Organisations the dataset knows are asked about one by one ("汉口银行、武汉农商行的余额").
  if (whole.entities.some((e) => e.end === at || e.start >= at && e.start <= at + 2)) return false;
  const before = whole.text.slice(0, at);
  const after = whole.text.slice(at).replace(LEADING_CONJUNCTION, '');
  return data.facts.some((f) => f.items.length > 1 && f.items.some((a) => before.endsWith(a))
    && f.items.some((b) => after.startsWith(b)));
}

function partsOf(whole: Analysis, lexicon: Lexicon, data: Dataset): Part[] {
  const bounds = [0, ...whole.splits.filter((at) => !betweenItems(whole, at, data)), whole.text.length];
  const parts: Part[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const chunk = whole.text.slice(bounds[i], bounds[i + 1]);
    const from = bounds[i]! + (LEADING_CONJUNCTION.exec(chunk)?.[0].length ?? 0);
    if (whole.text.slice(from, bounds[i + 1]).trim().length === 0) continue;
    const analysis = analyzeClause(whole, from, bounds[i + 1]!, lexicon);
    parts.push({ analysis, query: queryOf(analysis, data) });
  }
  return parts;
}

/**
 * A clause with a ranking or comparison word, no organisation, and no topic but the key it orders by
 * (金额, 规模) or the ordering word itself read as a topic too ("rank" is also 荣誉, a ranking won).
 */
function ordersOthers(p: Part, keys: readonly string[]): boolean {
  const { analysis: a, query: q } = p;
  if (q.entities.length > 0 || !(a.intents.has('rank') || a.intents.has('compare'))) return false;
  const orderWords = a.scan.cues.filter((m) => m.concepts.some((c) => c.kind === 'intent' && (c.id === 'rank' || c.id === 'compare')));
  const inOrderWord = (t: { start: number; end: number }) => orderWords.some((m) => t.start < m.end && m.start < t.end);
  return a.terms.every((t) => keys.includes(t.id) || inOrderWord(t));
}

const hasTopic = (q: Query) => q.entities.length > 0 || q.terms.length > 0;

/** An ask-only clause ("，金额多少？") asks something the clause before it did not. */
function asksAnew(part: Part, before: Part | undefined): boolean {
  if (!before || part.query.asks.size === 0) return false;
  return [...part.query.asks].some((k) => k !== 'number' && !before.query.asks.has(k));
}

/** The clauses of a question as they stand, and as sub-questions completed from each other. */
export interface Clauses {
  /** What each clause says on its own. */
  own: Query[];
  /** Each clause completed with what its siblings say: the sub-questions. */
  subs: Query[];
}

/** What each clause says that no other clause does: what a single answer must also cover. */
export function distinctive(own: readonly Query[]): Query[] {
  return own.map((q, i) => {
    const others = own.filter((_, j) => j !== i);
    const elsewhere = <T>(pick: (o: Query) => Iterable<T>, item: T) => others.some((o) => [...pick(o)].includes(item));
    return {
      ...q,
      entities: q.entities.filter((e) => !elsewhere((o) => o.entities, e)),
      terms: q.terms.filter((t) => !elsewhere((o) => o.terms, t)),
      asks: new Set([...q.asks].filter((k) => k !== 'number' && !elsewhere((o) => o.asks, k))),
      years: q.years.filter((y) => !elsewhere((o) => o.years, y)),
      periods: new Set([...q.periods].filter((p) => !elsewhere((o) => o.periods, p))),
    };
  });
}

/**
 * The clauses of a question, each completed into a sub-question: it keeps
 * its own organisations and topics and takes the others' where it names
 * none; periods and asks spread the same way. One clause: no split.
 */
export function splitQuestion(
  whole: Analysis,
  wholeQuery: Query,
  lexicon: Lexicon,
  data: Dataset,
  useful: (entities: readonly string[], terms: readonly string[]) => boolean = () => true,
): Clauses {
  const single = { own: [wholeQuery], subs: [wholeQuery] };
  if (whole.splits.length === 0) return single;
  const parts = partsOf(whole, lexicon, data);
  const chosen: Part[] = [];
  parts.forEach((part, i) => {
    if (hasTopic(part.query) || asksAnew(part, chosen.at(-1) ?? parts[i - 1])) chosen.push(part);
  });
  // "…、…、…，按金额从大到小排序": a clause that orders the others names the key it orders by, not a thing.
  const things = chosen.filter((p) => !ordersOthers(p, data.cues.order_keys));
  if (things.length >= 2 && things.length < chosen.length) chosen.splice(0, chosen.length, ...things);
  if (chosen.length < 2) return single;
  // A clause that only asks ("，哪个金额更大？") asks it of every clause that names a topic.
  const sharedAsker = chosen.find((p) => !hasTopic(p.query) && p.query.asks.size > 0);
  const lent = new Map(chosen.map((p) => [p, borrowable(p, lexicon, data)] as const));
  const queries = chosen.map((part, i) => {
    const q = part.query;
    const others = chosen.slice(0, i).reverse().concat(chosen.slice(i + 1));
    // A clause without topics of its own (or with none its organisation has figures for, "…一共多少")
    // borrows them, with how they were asked, from its nearest sibling.
    const ownUseful = q.terms.length > 0 && (q.entities.length === 0 || useful(q.entities, q.terms));
    const source = ownUseful ? part : others.find((p) => lent.get(p)!.length > 0) ?? part;
    const asker = q.asks.size > 0 ? part : sharedAsker ?? source;
    // Inherited: the siblings' organisations, less a group whose member is also named (金控集团 of 汉融通).
    const named = chosen.flatMap((p) => p.query.entities).filter((e, j, all) => all.indexOf(e) === j);
    const inherited = named.filter((e) => !named.some((o) => o !== e && isAncestor(data, e, o)));
    // Items of a list, each with its own organisation ("A的X、B的Y、科技型企业贷款余额"): a clause naming a
    // figure of its own (words enough for one, not a heading like "全市层面这三个") is about none of theirs.
    const ownItem = ownUseful && q.termGroups.length >= ITEM_WORDS && inherited.length > 1 && chosen.filter((p) => p.query.entities.length > 0).length > 1;
    const entities = q.entities.length > 0 ? q.entities : ownItem ? [] : inherited;
    return {
      ...q,
      entities: entities.length > 0 || ownItem ? entities : wholeQuery.entities,
      terms: source === part ? q.terms : lent.get(source)!,
      termGroups: source === part ? q.termGroups : source.query.termGroups.filter((g) => g.some((t) => lent.get(source)!.includes(t))),
      nameTerms: [...q.nameTerms, ...source.query.nameTerms],
      softTerms: [...new Set([...(q.softTerms ?? []), ...(source.query.softTerms ?? [])])],
      asks: asker.query.asks,
      askUnit: asker.query.askUnit,
      years: q.years.length > 0 ? q.years : inheritedYears(chosen, i, wholeQuery.years),
      section: q.section ?? wholeQuery.section,
      periods: q.periods.size > 0 ? q.periods : wholeQuery.periods,
      residue: q.residue,
      // A clause that names no organisation of its own asks about its sibling's thing, topic and all.
      // In a follow-up, the conversation's context ("it": the fund asked about) holds for every clause.
      context: {
        ...wholeQuery.context,
        entities: [...new Set([...wholeQuery.entities, ...wholeQuery.context.entities])],
        terms: [...new Set([...wholeQuery.terms, ...wholeQuery.context.terms])],
        carried: q.entities.length === 0 && entities.length > 0 && elliptical(q) ? wholeQuery.terms : [],
      },
      partial: 'clause',
    } satisfies Query;
  });
  return { own: chosen.map((p) => p.query), subs: distinct(withoutOwners(withoutSharedClauses(queries, chosen), data)) };
}

/**
 * The years a clause naming none inherits: those of the clauses before it and those said outside any
 * clause ("2024年末，…"); a year a later clause names is that clause's own ("规模多少，截至2024年底已投几只").
 */
function inheritedYears(chosen: readonly Part[], i: number, years: readonly number[]): number[] {
  const earlier = chosen.slice(0, i).flatMap((p) => p.query.years);
  const outside = years.filter((y) => !chosen.some((p) => p.query.years.includes(y)));
  return [...new Set([...earlier, ...outside])];
}

/**
 * The topic words a clause lends its siblings: not those of its organisation's own name ("成果" of the
 * CAS Achievement Transformation Fund, written out in English), which describe that one thing only.
 */
function borrowable(part: Part, lexicon: Lexicon, data: Dataset): string[] {
  const names = part.query.entities.flatMap((id) => {
    const o = data.orgs.get(id);
    return o ? [o.zh, o.en, ...o.aliases_zh, ...o.aliases_en] : [];
  });
  if (names.length === 0) return part.query.terms;
  const own = new Set(termIdsIn(lexicon, normalize(names.join(','))));
  return part.query.terms.filter((t) => !own.has(t));
}

/** True when `ancestor` is a parent (or grandparent …) of `id`. */
function isAncestor(data: Dataset, ancestor: string, id: string): boolean {
  for (let p = data.orgs.get(id)?.parent; p !== undefined; p = data.orgs.get(p)?.parent) if (p === ancestor) return true;
  return false;
}

/**
 * Drops a clause that names only the owner of what another clause names:
 * "投控集团与三大国有银行设立的三支AIC基金" asks about the funds, not the group.
 */
function withoutOwners(queries: Query[], data: Dataset): Query[] {
  const owner = (q: Query) => q.entities.length > 0
    && q.entities.every((e) => queries.some((o) => o !== q && o.entities.some((x) => isAncestor(data, e, x))));
  const kept = queries.filter((q) => !owner(q));
  return kept.length > 0 ? kept : queries;
}

/**
 * Drops the clauses that only carry what the others share: an ask-only clause
 * once its ask has spread, and "A和B，谁…多" 's last clause, which names both
 * organisations when each already has a clause of its own.
 */
function withoutSharedClauses(queries: Query[], chosen: readonly Part[]): Query[] {
  const topical = chosen.filter((p) => hasTopic(p.query)).length;
  const kept = queries.filter((_, i) => topical < 2 || hasTopic(chosen[i]!.query));
  const singles = new Set(kept.filter((q) => q.entities.length === 1).map((q) => q.entities[0]!));
  const spread = (q: Query) => q.entities.length > 1 && q.entities.every((e) => singles.has(e));
  const result = kept.filter((q) => !spread(q));
  return result.length >= 1 ? result : queries;
}

function distinct(queries: Query[]): Query[] {
  const seen = new Set<string>();
  return queries.filter((q) => {
    const key = JSON.stringify([q.entities, q.terms, [...q.asks], q.years, [...q.periods]]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
