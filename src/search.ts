/**
 * Scores every fact against a query. A fact scores well when it explains the
 * question (its organisation, topics and words: precision) and the question
 * pins the fact (names its organisation and metric: recall), and when its
 * unit and period fit what the question asks. Built once at load.
 */
import type { Fact } from './data/dataset.js';
import { FactProfiles, type Profile } from './profiles.js';
import { askFit, kindFit, periodFit, specificAsks } from './fit.js';
import type { AskKind } from './data/schema.js';
import type { Dataset } from './data/dataset.js';
import type { Lexicon } from './lexicon.js';
import type { Policy } from './policy.js';
import type { QuestionBank } from './bank.js';

/** What one sub-question asks, after follow-up context has been applied. */
export interface Query {
  /** The normalised words of the question or clause, for the question bank. */
  text: string;
  entities: string[];
  terms: string[];
  /**
   * The terms grouped by the words they came from: one word with several
   * meanings ("launched": 推出, 上线, 设立) is explained once any meaning is.
   */
  termGroups: string[][];
  /** Terms inside the names the question gives: they hint at the metric but need no explaining. */
  nameTerms: string[];
  /** Terms read from a word that is also a cue ("list", "rank"): explained if a fact has them, not required. */
  softTerms?: string[];
  residue: string[];
  numbers: string[];
  asks: ReadonlySet<AskKind>;
  askUnit: string | null;
  years: number[];
  periods: ReadonlySet<'end' | 'year'>;
  /** The question asks for the figure as it stands now ("现在", "latest"): of several years', the last. */
  latest?: boolean;
  /**
   * Context from the conversation or a sibling clause: it rewards and never
   * penalises, unless `required` (a pronoun points back) makes its entities a must. `carried`:
   * terms the question leaves out and means (the last turn's topic), which count towards recall.
   */
  context: { entities: string[]; terms: string[]; required?: boolean; preferred?: string[]; carried?: string[]; subject?: string };
  /** The article section the question points to ("金控集团版块"), if any: its figures are meant. */
  section?: string | null;
  /** A clause of a longer question, or a follow-up: each has its own threshold. */
  partial?: 'clause' | 'followup';
  /** A follow-up's kept topic ("那X呢？"): an answer must cover most of these terms. */
  topic?: string[];
}

/** A fact with its score and the parts that made it. */
export interface Scored {
  fact: Fact;
  score: number;
  precision: number;
  recall: number;
}


/** How many questions' bank similarities are kept. */
const BANK_CACHE = 256;
const ENTITY_WEIGHT = 3;
const RECALL_ENTITY_WEIGHT = 1.5;
/** Recall credit when the fact's kind of figure is exactly what the question asks for. */
const ASK_CREDIT = 1.2;
const NUMBER_WEIGHT = 1.2;
/** How much an elliptical follow-up prefers figures about what the last answer was about. */
const SUBJECT_BOOST = 1.2;
/** How much a figure of the section the question points to is preferred (and another section's less). */
const SECTION_FIT = 1.25;

interface TermSets { terms: Set<string>; nameTerms: Set<string>; contextTerms: Set<string>; asks: AskKind[] }

/** The facts, indexed and scored against queries. */
/** True when a word stands in the fact's text or in its owners' English names (words of a name are no unknown words). */
function holdsWord(p: Profile, word: string): boolean {
  return p.text.includes(word) || p.englishNames.includes(word);
}

export class FactIndex extends FactProfiles {
  /** Rankings already made for a query object (a question ranks the same query more than once). */
  private readonly ranked = new WeakMap<Query, Scored[]>();
  /** A query's terms as sets, made once per query for the many facts it is scored against. */
  private readonly termSets = new WeakMap<Query, TermSets>();

  /** Bank similarities already worked out for a text. */
  private readonly bankSims = new Map<string, Map<string, number>>();
  /** For the fit's leave-one-out: a bank question to leave out of every similarity (null in use). */
  excludedBankQuestion: number | null = null;

  constructor(data: Dataset, lexicon: Lexicon, readonly policy: Policy, private readonly bank: QuestionBank) {
    super(data, lexicon);
  }

  /** Each fact's similarity to the query's words through the question bank. */
  bankSimilarity(q: Query): Map<string, number> {
    if (this.policy.bankWeight === 0 || q.text.length === 0) return new Map();
    const excluded = this.excludedBankQuestion;
    const key = `${excluded ?? ''}|${q.text}`;
    let sims = this.bankSims.get(key);
    if (!sims) {
      // Only similarities above the floor matter; a bounded cache keeps a long-running bot's memory flat.
      const floor = this.policy.bankFloor;
      sims = this.bank.similar(q.text, excluded === null ? undefined : (i) => i === excluded, floor);
      if (this.bankSims.size >= BANK_CACHE) this.bankSims.clear();
      this.bankSims.set(key, sims);
    }
    return sims;
  }

  /** How much the bank adds to a fact's score. */
  private bankBoost(sims: ReadonlyMap<string, number>, fact: Fact): number {
    const sim = sims.get(fact.id) ?? 0;
    return sim > this.policy.bankFloor ? this.policy.bankWeight * (sim - this.policy.bankFloor) : 0;
  }

  private setsOf(q: Query): TermSets {
    let sets = this.termSets.get(q);
    if (!sets) {
      sets = { terms: new Set(q.terms), nameTerms: new Set(q.nameTerms), contextTerms: new Set(q.context.carried ?? []), asks: specificAsks(q) };
      this.termSets.set(q, sets);
    }
    return sets;
  }

  private precision(q: Query, p: Profile): number {
    let matched = 0;
    let total = 0;
    for (const group of q.termGroups) {
      // A word is explained as far as its most specific meaning the fact has: 科创贷款 by 贷款 only partly.
      let w = 0;
      let hit = 0;
      for (const t of group) {
        const idf = this.idf(t);
        w = Math.max(w, idf);
        if (p.all.has(t)) hit = Math.max(hit, idf);
      }
      if (hit === 0 && q.softTerms && group.every((t) => q.softTerms!.includes(t))) continue;
      total += w;
      matched += hit;
    }
    for (const e of q.entities) {
      total += ENTITY_WEIGHT;
      matched += ENTITY_WEIGHT * this.explains(e, p.fact);
    }
    for (const r of q.residue) {
      const weight = this.policy.residueWeight;
      // A Chinese unknown run weighs by its length (two characters a word); an English one is one word, however long.
      const w = /^[a-z]/.test(r) ? weight : Math.min(weight * 1.5, weight * (r.length / 2));
      total += w;
      if (holdsWord(p, r)) matched += 0.8 * w;
    }
    for (const n of q.numbers) {
      total += NUMBER_WEIGHT;
      if (p.fact.value === n || p.text.includes(n)) matched += NUMBER_WEIGHT;
    }
    return total > 0 ? matched / total : 0;
  }

  /**
   * How much of the fact's identity the question names: its metric's terms
   * (any extra terms the question also names count half), then its
   * organisation and subject, which weigh less here than in precision.
   */
  private recall(q: Query, p: Profile): number {
    const { fact } = p;
    const sets = this.setsOf(q);
    let total = 0;
    let matched = 0;
    for (const { term: t, weight: w, core } of p.weighted) {
      const named = sets.terms.has(t);
      const hinted = !named && sets.nameTerms.has(t);
      // A follow-up leaves out the topic it continues ("那规模呢" after a question on IP-pledge loans).
      const carried = !named && !hinted && sets.contextTerms.has(t);
      if (!core && !named && !hinted && !carried) continue;
      total += w;
      if (named) matched += w;
      else if (hinted) matched += 0.7 * w;
      else if (carried) matched += this.policy.carriedTermCredit * w;
    }
    if (sets.asks.some((k) => kindFit(k, fact) >= 1)) {
      total += ASK_CREDIT;
      matched += ASK_CREDIT;
    }
    const entities = q.entities.length > 0 ? q.entities : q.context.entities;
    const credit = q.entities.length > 0 ? 1 : 0.8;
    const orgWeight = fact.subject ? 0.4 : this.data.orgs.get(fact.org)?.ambient ? 0.15 : 1;
    total += RECALL_ENTITY_WEIGHT * orgWeight;
    matched += RECALL_ENTITY_WEIGHT * orgWeight * credit * this.naming(entities, fact.org, 0.6);
    if (fact.subject) {
      // A figure about a product or fund is that thing's: naming only its owner leaves it unnamed.
      total += ENTITY_WEIGHT;
      matched += ENTITY_WEIGHT * credit * this.naming(entities, fact.subject, 0.3);
    }
    return total > 0 ? matched / total : 0;
  }

  /**
   * How fully the named entities name `id`: 1 by name, `viaGroup` when only
   * its group is named (a bank for its product), half when a member is named.
   */
  private naming(entities: readonly string[], id: string, viaGroup: number): number {
    if (entities.includes(id)) return 1;
    if (entities.some((e) => this.isWithin(id, e))) return viaGroup;
    return entities.some((e) => this.isWithin(e, id)) ? 0.5 : 0;
  }

  private contextBoost(q: Query, p: Profile): number {
    if (q.context.entities.length === 0 && q.context.terms.length === 0) return 1;
    let boost = 1;
    const inContext = q.context.entities.some((e) => this.explains(e, p.fact) > 0);
    if (q.context.required && q.context.entities.length > 0 && !inContext) return 0.2;
    // A pronoun points to what was asked about, not to its owner (the group running a fund).
    const preferred = q.context.preferred;
    if (preferred && preferred.length > 0 && !preferred.some((e) => this.explains(e, p.fact) >= 0.8)) return 0.2;
    // Of the things the last turn was about, only a figure about all of them (the bank's loans to that firm) is boosted.
    if (q.entities.length === 0 && inContext) boost *= q.context.entities.every((e) => this.explains(e, p.fact) > 0) ? 1.35 : 1;
    if (q.context.subject && this.explains(q.context.subject, p.fact) >= 0.8) boost *= SUBJECT_BOOST;
    const terms = this.setsOf(q).terms;
    let ctxTerms = 0;
    for (const t of q.context.terms) if (!terms.has(t) && p.all.has(t)) ctxTerms++;
    return boost * (1 + 0.04 * Math.min(ctxTerms, 4));
  }

  /** Scores one fact against a query. */
  score(q: Query, p: Profile, boost = 0): Scored {
    const precision = this.precision(q, p);
    if (precision === 0 && boost === 0) return { fact: p.fact, score: 0, precision, recall: 0 };
    const recall = precision === 0 ? 0 : this.recall(q, p);
    // Between equals, an organisation's headline figure leads (the total before its parts).
    const lead = p.fact.headline ? 1.03 : 1;
    const section = q.section ? (p.fact.section === q.section ? SECTION_FIT : 1 / SECTION_FIT) : 1;
    const fit = askFit(q, p.fact, this.setsOf(q).asks) * periodFit(q, p.fact) * this.contextBoost(q, p) * section;
    const score = (precision * recall * lead + boost) * fit;
    return { fact: p.fact, score, precision, recall };
  }

  /**
   * The facts that could score above zero: those sharing a term or an
   * organisation with the query, or holding one of its unknown words or
   * numbers. Every other fact explains nothing of the question.
   */
  private candidates(q: Query): Iterable<Profile> {
    // A question naming organisations is answered by their facts only (decide() insists on it).
    if (q.entities.length > 0) {
      const [first, ...rest] = q.entities.map((e) => this.explainedBy(e));
      return rest.reduce((acc, list) => acc.filter((p) => list.includes(p)), first!);
    }
    const found = new Set<Profile>();
    for (const t of q.terms) for (const p of this.byTerm.get(t) ?? []) found.add(p);
    for (const e of q.context.entities) for (const p of this.explainedBy(e)) found.add(p);
    if (q.residue.length > 0 || q.numbers.length > 0) {
      // Unknown words and numbers are matched in the facts' text: only facts holding one can gain by them.
      for (const p of this.profiles) {
        if (q.residue.some((r) => holdsWord(p, r)) || q.numbers.some((n) => p.fact.value === n || p.text.includes(n))) found.add(p);
      }
    }
    return found;
  }

  /** The facts that could answer the query, scored, best first (facts scoring zero are left out). */
  rank(q: Query): Scored[] {
    const known = this.ranked.get(q);
    if (known) return known;
    const scored: Scored[] = [];
    const sims = this.bankSimilarity(q);
    const seen = new Set<Profile>();
    for (const p of this.candidates(q)) {
      seen.add(p);
      const s = this.score(q, p, this.bankBoost(sims, p.fact));
      if (s.score > 0) scored.push(s);
    }
    // A fact the bank finds but the words do not: only without named organisations (they bound the candidates).
    if (q.entities.length === 0) {
      for (const [id, sim] of sims) {
        const p = this.profileOf(id);
        if (!p || seen.has(p) || sim <= this.policy.bankFloor) continue;
        const s = this.score(q, p, this.bankBoost(sims, p.fact));
        if (s.score > 0) scored.push(s);
      }
    }
    // Ties break by id, by code unit: localeCompare would cost more than the scoring.
    scored.sort((a, b) => b.score - a.score || (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0));
    this.ranked.set(q, scored);
    return scored;
  }
}

