/**
 * The facts as the scorer sees them, built once at load: each fact's terms
 * with their weights (rare terms weigh more), which entities explain it, and
 * the group structure of the organisations.
 */
import type { Dataset, Fact } from './data/dataset.js';
import { termIdsIn, type Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';


export interface Profile {
  fact: Fact;
  core: ReadonlySet<string>;
  all: ReadonlySet<string>;
  text: string;
  /** The English names of the fact's organisation and subject, normalised: words of a name are no unknown words. */
  englishNames: string;
  /** Every term with its recall weight (its idf, halved for a term not of the metric), set once idf is known. */
  weighted: { term: string; weight: number; core: boolean }[];
}

/** The facts, profiled for scoring. */
export class FactProfiles {
  protected readonly profiles: Profile[];
  private readonly byId = new Map<string, Profile>();
  private readonly idfs = new Map<string, number>();
  private readonly maxIdf: number;
  /** Each entity's Chinese names, to find it named inside a fact's quote. */
  private readonly names = new Map<string, string[]>();
  /** Each organisation with its parents, for "is this within that group". */
  private readonly ancestors = new Map<string, ReadonlySet<string>>();
  /** How well each entity explains each fact (see explains), worked out once per entity. */
  private readonly explained = new Map<string, Map<string, number>>();
  /** The profiles described by each term. */
  protected readonly byTerm = new Map<string, Profile[]>();
  /** The profiles each entity explains, worked out once per entity. */
  private readonly byEntity = new Map<string, Profile[]>();

  constructor(readonly data: Dataset, lexicon: Lexicon) {
    this.profiles = data.facts.map((fact) => {
      const core = new Set(data.metrics.get(fact.metric)?.terms ?? []);
      const all = new Set([...core, ...fact.terms, ...this.subjectTerms(fact, lexicon)]);
      const text = normalize([fact.quote, fact.text ?? '', ...fact.items, ...fact.also].join(' '));
      const owners = [fact.org, fact.subject].map((id) => (id === undefined ? undefined : data.orgs.get(id)));
      const englishNames = normalize(owners.flatMap((o) => (o ? [o.en, ...o.aliases_en] : [])).join(' | '));
      return { fact, core, all, text, englishNames, weighted: [] };
    });
    for (const p of this.profiles) this.byId.set(p.fact.id, p);
    for (const p of this.profiles) for (const t of p.all) this.byTerm.set(t, [...(this.byTerm.get(t) ?? []), p]);
    const df = new Map<string, number>();
    for (const [t, list] of this.byTerm) df.set(t, list.length);
    const n = this.profiles.length;
    for (const [t, count] of df) this.idfs.set(t, Math.log(1 + n / count));
    this.maxIdf = Math.log(1 + n);
    for (const p of this.profiles) {
      p.weighted = [...p.all].map((term) => ({ term, core: p.core.has(term), weight: this.idf(term) * (p.core.has(term) ? 1 : 0.5) }));
    }
    for (const org of data.orgs.values()) {
      const names = [org.zh, org.full_zh ?? '', ...org.aliases_zh].map((x) => normalize(x)).filter((x) => x.length >= 2);
      this.names.set(org.id, names);
      const chain = new Set<string>();
      for (let cur: string | undefined = org.id; cur !== undefined && !chain.has(cur); cur = data.orgs.get(cur)?.parent) chain.add(cur);
      this.ancestors.set(org.id, chain);
    }
  }

  /** The profile of a fact id, if the fact exists. */
  protected profileOf(id: string): Profile | undefined {
    return this.byId.get(id);
  }

  /** The terms a fact's subject is named with: a fund's name says it is a fund. */
  private subjectTerms(fact: Fact, lexicon: Lexicon): string[] {
    const subject = fact.subject ? this.data.orgs.get(fact.subject) : undefined;
    if (!subject) return [];
    const names = normalize([subject.zh, subject.en, ...subject.aliases_zh].join(','));
    return termIdsIn(lexicon, names);
  }


  /** True if a fact of these organisations (their own or their group's) is described by one of the terms. */
  hasFactWith(entities: readonly string[], terms: readonly string[]): boolean {
    return terms.some((t) => (this.byTerm.get(t) ?? []).some((p) => entities.every((e) => this.explains(e, p.fact) >= 0.8)));
  }

  /** How much of the given terms (by weight) a fact is described by, from 0 to 1. */
  coverage(fact: Fact, terms: readonly string[]): number {
    const all = this.byId.get(fact.id)?.all;
    let total = 0;
    let covered = 0;
    for (const t of terms) {
      total += this.idf(t);
      if (all?.has(t)) covered += this.idf(t);
    }
    return total === 0 ? 1 : covered / total;
  }

  /** True if the fact is described by the term (its metric's or its own). */
  hasTerm(fact: Fact, term: string): boolean {
    return this.byId.get(fact.id)?.all.has(term) ?? false;
  }

  /** Every fact's English text, lower-cased, made on first use (for names written in English). */
  private englishTexts: string | null = null;

  /** True if any fact's quote or text contains the (normalised) word; an English word, its English text. */
  articleHas(word: string): boolean {
    if (!/[a-z]/i.test(word)) return this.profiles.some((p) => p.text.includes(word));
    this.englishTexts ??= this.profiles.map((p) => p.fact.text_en ?? '').join('\n').toLowerCase();
    return this.englishTexts.includes(word.toLowerCase());
  }

  /** How much a term tells facts apart: rare terms weigh more. */
  idf(term: string): number {
    return this.idfs.get(term) ?? this.maxIdf;
  }

  /** True if `ancestor` is `id` or one of its parents. */
  isWithin(id: string, ancestor: string): boolean {
    return this.ancestors.get(id)?.has(ancestor) ?? id === ancestor;
  }

  /**
   * How well a fact accounts for a named entity: 1 when it is the fact's
   * organisation or subject, 0.8 when it is their group, 0.7 when the quote names it.
   */
  explains(entity: string, fact: Fact): number {
    let table = this.explained.get(entity);
    if (!table) {
      table = new Map(this.profiles.map((p) => [p.fact.id, this.explainsAnew(entity, p.fact)]));
      this.explained.set(entity, table);
    }
    return table.get(fact.id) ?? this.explainsAnew(entity, fact);
  }

  private explainsAnew(entity: string, fact: Fact): number {
    if (entity === fact.org || entity === fact.subject) return 1;
    if (this.isWithin(fact.org, entity) || (fact.subject && this.isWithin(fact.subject, entity))) return 0.8;
    // Every quote is about Wuhan: the city counts only as a fact's own organisation.
    if (this.data.orgs.get(entity)?.ambient) return 0;
    const text = this.byId.get(fact.id)?.text ?? '';
    return (this.names.get(entity) ?? []).some((n) => text.includes(n)) ? 0.7 : 0;
  }

  /** The profiles an entity explains (see explains). */
  protected explainedBy(entity: string): Profile[] {
    let list = this.byEntity.get(entity);
    if (!list) {
      list = this.profiles.filter((p) => this.explains(entity, p.fact) > 0);
      this.byEntity.set(entity, list);
    }
    return list;
  }

}
