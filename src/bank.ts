/**
 * The question bank: alternate questions for every fact (data/bank/), and
 * how alike a new question is to them. Questions are compared as TF-IDF
 * vectors of Chinese character pairs and English word stems (cosine
 * similarity); a fact's similarity is that of its most alike question.
 * Organisation names are masked on both sides: the bank judges how a question
 * asks (the metric, the wording), the structured match judges whom it names.
 * Built once at load, like the other indexes.
 */
import { normalize } from './normalize.js';

const HAN_RUN = /[\u3400-\u9fff]+/g;
const WORD = /[a-z][a-z0-9'-]*|\d+(?:\.\d+)?/g;

/** A text's tokens: Chinese character pairs (single characters for one-character runs) and English words. */
export function tokensOf(text: string, stopwords: ReadonlySet<string>): string[] {
  const tokens: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    if (run.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  for (const [word] of text.replace(HAN_RUN, ' ').matchAll(WORD)) if (!stopwords.has(word)) tokens.push(word);
  return tokens;
}

interface Posting {
  question: number;
  weight: number;
}

export class QuestionBank {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Posting[]>();
  private readonly factOf: string[] = [];
  private readonly maxIdf: number;

  constructor(
    pairs: readonly (readonly [string, string])[],
    private readonly stopwords: ReadonlySet<string>,
    private readonly mask: (normalised: string) => string,
    private readonly minTokens: number,
  ) {
    const docs = pairs.map(([fact, q]) => {
      this.factOf.push(fact);
      return counts(tokensOf(mask(normalize(q)), stopwords));
    });
    const df = new Map<string, number>();
    for (const doc of docs) for (const t of doc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(docs.length, 1);
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + n / d));
    this.maxIdf = Math.log(1 + n);
    docs.forEach((doc, question) => {
      const vector = this.vector(doc);
      for (const [t, weight] of vector) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push({ question, weight });
      }
    });
  }

  /** Unit-length TF-IDF weights of a token count; tokens the bank never saw count as rare. */
  private vector(doc: ReadonlyMap<string, number>): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of doc) {
      const w = (1 + Math.log(c)) * (this.idf.get(t) ?? this.maxIdf);
      v.set(t, w);
      norm += w * w;
    }
    const len = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / len);
    return v;
  }

  /** Each fact's best similarity (0 to 1) to a normalised question, best first; facts with none are left out. */
  similar(normalisedText: string, exclude?: (question: number) => boolean): Map<string, number> {
    const tokens = tokensOf(this.mask(normalisedText), this.stopwords);
    // A keyword or two say too little for wording to tell facts apart: the structured match decides alone.
    if (new Set(tokens).size < this.minTokens) return new Map();
    const q = this.vector(counts(tokens));
    const dots = new Map<number, number>();
    for (const [t, w] of q) for (const p of this.postings.get(t) ?? []) dots.set(p.question, (dots.get(p.question) ?? 0) + w * p.weight);
    const best = new Map<string, number>();
    for (const [question, sim] of dots) {
      if (exclude?.(question)) continue;
      const fact = this.factOf[question]!;
      if (sim > (best.get(fact) ?? 0)) best.set(fact, sim);
    }
    return best;
  }

  /** How many questions the bank holds, and the fact each is for (for the fit's cross-validation). */
  get size(): number {
    return this.factOf.length;
  }

  factAt(question: number): string {
    return this.factOf[question]!;
  }
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
