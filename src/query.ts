/**
 * Turns an analysis into a search query, and lets a follow-up borrow what it
 * leaves out from the previous turn: "那武汉农商行呢？" keeps the topic and
 * swaps the organisation; "承保金额呢？" keeps the organisation.
 */
import type { Analysis } from './analyze.js';
import type { Dataset } from './data/dataset.js';
import type { CuesFile } from './data/schema.js';
import { saysAny } from './normalize.js';
import type { Query } from './search.js';
import type { TurnMemory } from './types.js';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The query an analysis states on its own, without any context. */
export function queryOf(a: Analysis, data: Dataset): Query {
  const named = unique(a.entities.map((e) => e.id));
  const specific = named.filter((id) => !data.orgs.get(id)?.ambient);
  // Naming the city beside an organisation says nothing; naming it alone asks about the city,
  // unless it only qualifies what is asked for ("which Wuhan company…", "哪家武汉本土企业…").
  const entities = specific.length > 0 ? specific : qualifiesAsked(a, data) ? [] : named;
  return {
    text: a.text,
    entities: dropAncestors(entities, data),
    terms: unique(a.terms.map((t) => t.id)),
    termGroups: groupsOf(a),
    softTerms: softTermsOf(a, data.cues.modifier_terms),
    nameTerms: a.nameTerms,
    residue: unique(a.residue.map((r) => r.id)),
    numbers: a.numbers,
    asks: a.asks,
    askUnit: a.askUnit,
    years: a.years,
    periods: a.periods,
    latest: saysAny(a.text, data.cues.now),
    section: sectionOf(a, data),
    context: { entities: [], terms: [] },
  };
}

/**
 * The section a question points to: a section word right after an organisation's name (the section
 * of that organisation or of its group), or after a word for the city ("the municipal section").
 */
function sectionOf(a: Analysis, data: Dataset): string | null {
  const { zh, en, city } = data.cues.section_words;
  const sectionIds = new Set(data.sections.map((s) => s.id));
  const pointsAt = (end: number) => {
    const rest = a.text.slice(end).replace(/^\s*(?:'s\s*)?(?:的|里|中|那|这)?\s*/, '');
    return [...zh, ...en].some((w) => rest.startsWith(w));
  };
  for (const e of a.entities) {
    if (!pointsAt(e.end)) continue;
    for (let id: string | undefined = e.id; id !== undefined; id = data.orgs.get(id)?.parent) if (sectionIds.has(id)) return id;
    return sectionIds.has('city') ? 'city' : null;
  }
  for (const w of city) {
    const at = a.text.indexOf(w);
    if (at >= 0 && pointsAt(at + w.length) && sectionIds.has('city')) return 'city';
  }
  return null;
}

/** True when a "which" question names the city right before the kind of thing it asks for. */
function qualifiesAsked(a: Analysis, data: Dataset): boolean {
  if (!a.asks.has('text')) return false;
  const nouns = data.cues.city_qualifies;
  return a.entities.some((e) => data.orgs.get(e.id)?.ambient
    && nouns.some((n) => a.text.slice(e.end).replace(/^\s*(?:的|本土|本地|local)?\s*/, '').startsWith(n)));
}

/**
 * Terms read from a word that is also an intent cue ("list" as 上市 in "can you list",
 * "rank" as 荣誉), and modifier terms (累计, "total"): they count when a fact has them, never
 * against one that lacks them.
 */
function softTermsOf(a: Analysis, modifiers: readonly string[]): string[] {
  const asking = a.scan.cues.filter((m) => m.concepts.some((c) => c.kind === 'intent'));
  const inCue = (t: { start: number; end: number }) => asking.some((m) => m.start <= t.start && t.end <= m.end);
  const soft = new Set(a.terms.filter(inCue).map((t) => t.id));
  for (const t of a.terms) if (!inCue(t)) soft.delete(t.id);
  for (const t of a.terms) if (modifiers.includes(t.id)) soft.add(t.id);
  return [...soft];
}

/** The question's terms grouped by the word they came from (see Query.termGroups). */
function groupsOf(a: Analysis): string[][] {
  const bySpan = new Map<string, string[]>();
  for (const t of a.terms) {
    const key = `${t.start}:${t.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), t.id]);
  }
  const seen = new Set<string>();
  return [...bySpan.values()].filter((g) => {
    const key = [...g].sort().join('|');
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** Terms without their words (from memory, or borrowed): each its own group. */
export function singleGroups(terms: readonly string[]): string[][] {
  return terms.map((t) => [t]);
}

/**
 * "The guarantee company under Wuhan Investment Holding" names both; the
 * group only says whose company it is, so the more specific one stays.
 */
function dropAncestors(ids: string[], data: Dataset): string[] {
  const isAncestor = (a: string, of: string): boolean => {
    for (let p = data.orgs.get(of)?.parent; p !== undefined; p = data.orgs.get(p)?.parent) if (p === a) return true;
    return false;
  };
  return ids.filter((id) => !ids.some((other) => other !== id && isAncestor(id, other)));
}

// A follow-up refers back: 呢 at the end, 那… at the start, a pronoun, "what about".
const FOLLOWUP_CUE = /呢\s*$|^那|^and\b|^what about|^how about|^and what about|^same for|^also\b/;

/** True when the text is nothing but names of organisations (and punctuation). */
function onlyNames(a: Analysis): boolean {
  let rest = a.text;
  for (const e of [...a.entities].sort((x, y) => y.start - x.start)) rest = rest.slice(0, e.start) + rest.slice(e.end);
  return rest.replace(/[\s,、]/g, '').length === 0;
}

/** How a question relates to the previous turn. */
export type FollowupKind = 'none' | 'swap-entity' | 'same-entity' | 'same-topic';

/** Decides whether and how a question continues the previous one. */
export function followupKind(q: Query, a: Analysis, last: TurnMemory | undefined, cues: CuesFile): FollowupKind {
  if (!last) return 'none';
  const cue = FOLLOWUP_CUE.test(a.text);
  const pronoun = hasPronoun(a, cues);
  // A bare name ("武汉农商行") asks for its card; with 那…呢 or a few more words it keeps the topic.
  // A modifier ("combined", 累计) names no topic of its own: "and the three funds combined?" keeps the last one.
  const ownTerms = q.terms.filter((t) => !cues.modifier_terms.includes(t));
  if (q.entities.length > 0 && ownTerms.length === 0 && (cue || (a.text.length <= 12 && !onlyNames(a)))) return 'swap-entity';
  // Only a question that names nothing new keeps the whole topic; an unknown word ("参与人数") asks something else.
  const namesNothing = q.entities.length === 0 && q.terms.length === 0 && q.residue.length === 0;
  if (namesNothing && (q.years.length > 0 || q.periods.size > 0 || q.asks.size > 0 || cue)) return 'same-topic';
  if (q.entities.length === 0 && (pronoun || cue || q.terms.length > 0)) return 'same-entity';
  return 'none';
}

/** Applies the previous turn to a follow-up query. */
export function withContext(q: Query, kind: FollowupKind, last: TurnMemory | undefined, hard: boolean): Query {
  if (!last || kind === 'none') return q;
  return { ...continued(q, kind, last, hard), partial: 'followup' };
}

function continued(q: Query, kind: Exclude<FollowupKind, 'none'>, last: TurnMemory, hard: boolean): Query {
  const keep = <T>(own: readonly T[], prev: readonly T[]) => (own.length > 0 ? [...own] : [...prev]);
  switch (kind) {
    case 'swap-entity':
      return {
        ...q,
        terms: last.terms,
        softTerms: [...(q.softTerms ?? []), ...(last.softTerms ?? [])],
        termGroups: singleGroups(last.terms),
        topic: last.topic.length > 0 ? last.topic : undefined,
        asks: q.asks.size > 0 ? q.asks : new Set(last.asks),
        askUnit: q.askUnit ?? last.askUnit,
        years: keep(q.years, last.years),
        periods: q.periods.size > 0 ? q.periods : new Set(last.periods),
      };
    case 'same-topic':
      return {
        ...q,
        entities: last.entities,
        terms: last.terms,
        softTerms: [...(q.softTerms ?? []), ...(last.softTerms ?? [])],
        termGroups: singleGroups(last.terms),
        asks: q.asks.size > 0 ? q.asks : new Set(last.asks),
        askUnit: q.askUnit ?? last.askUnit,
        context: { entities: last.focus, terms: [] },
      };
    case 'same-entity':
      return {
        ...q,
        // 它/its points to what was asked about (the fund) before its owner (the group that runs it).
        context: {
          // A turn that answered no figure (a definition, a not-found) leaves no focus: what it named stands.
          entities: hard && last.focus.length > 0 ? last.focus : last.entities,
          terms: last.terms, required: hard || (elliptical(q) && q.years.length === 0), preferred: hard ? last.entities : undefined, carried: elliptical(q) ? last.terms : [],
          // What the last answer was about (the fund, not the group that set it up) leads an elliptical follow-up.
          subject: !hard && elliptical(q) && last.focus.length > 1 ? last.focus[0] : undefined,
        },
      };
  }
}

/** A question of one word for what it asks ("规模呢", "总规模多少") leaves out the topic it continues. */
export function elliptical(q: Query): boolean {
  // A modifier ("total", 累计) makes no question less elliptical: "what is their combined size" is "size".
  const soft = q.softTerms ?? [];
  return q.termGroups.filter((g) => !g.every((t) => soft.includes(t))).length <= 1 && q.residue.length === 0;
}

/** True when a follow-up points back with a pronoun ("它", "its"), so its entity is certain. */
export function hasPronoun(a: Analysis, cues: CuesFile): boolean {
  return saysAny(a.text, [...cues.pronouns.zh, ...cues.pronouns.en]);
}
