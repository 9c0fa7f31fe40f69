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

/** The questions a token occurs in, with its weight in each: parallel typed arrays, scanned per question asked. */
interface Postings {
  questions: Int32Array;
  weights: Float32Array;
}

export class QuestionBank {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  private readonly factOf: string[] = [];
  /** Each question's fact, as an index into `facts`. */
  private readonly factIndex: Int32Array;
  private readonly facts: string[] = [];
  private readonly maxIdf: number;
  // Scratch space reused by every call (one question at a time): no allocation per posting.
  private readonly dots: Float64Array;
  private readonly best: Float64Array;

  constructor(
    pairs: readonly (readonly [string, string])[],
    private readonly stopwords: ReadonlySet<string>,
    private readonly mask: (normalised: string) => string,
    private readonly minTokens: number,
  ) {
    const factNumber = new Map<string, number>();
    this.factIndex = new Int32Array(pairs.length);
    const docs = pairs.map(([fact, q], i) => {
      this.factOf.push(fact);
      if (!factNumber.has(fact)) factNumber.set(fact, this.facts.push(fact) - 1);
      this.factIndex[i] = factNumber.get(fact)!;
      return counts(tokensOf(mask(normalize(q)), stopwords));
    });
    this.dots = new Float64Array(pairs.length);
    this.best = new Float64Array(this.facts.length);
    const df = new Map<string, number>();
    for (const doc of docs) for (const t of doc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(docs.length, 1);
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + n / d));
    this.maxIdf = Math.log(1 + n);
    const lists = new Map<string, { questions: number[]; weights: number[] }>();
    docs.forEach((doc, question) => {
      for (const [t, weight] of this.vector(doc)) {
        let list = lists.get(t);
        if (!list) lists.set(t, (list = { questions: [], weights: [] }));
        list.questions.push(question);
        list.weights.push(weight);
      }
    });
    for (const [t, l] of lists) this.postings.set(t, { questions: Int32Array.from(l.questions), weights: Float32Array.from(l.weights) });
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

  /**
   * Each fact's best similarity (0 to 1) to a normalised question, for the facts above `floor`;
   * `exclude` leaves one bank question out (the fit's cross-validation).
   */
  similar(normalisedText: string, exclude?: (question: number) => boolean, floor = 0): Map<string, number> {
    const tokens = tokensOf(this.mask(normalisedText), this.stopwords);
    // A keyword or two say too little for wording to tell facts apart: the structured match decides alone.
    if (new Set(tokens).size < this.minTokens) return new Map();
    const { dots, best, factIndex } = this;
    const touched: number[] = [];
    for (const [t, w] of this.vector(counts(tokens))) {
      const list = this.postings.get(t);
      if (!list) continue;
      const { questions, weights } = list;
      for (let i = 0; i < questions.length; i++) {
        const question = questions[i]!;
        const dot = dots[question]!;
        if (dot === 0) touched.push(question);
        dots[question] = dot + w * weights[i]!;
      }
    }
    const facts: number[] = [];
    for (const question of touched) {
      const sim = dots[question]!;
      dots[question] = 0;
      if (exclude?.(question)) continue;
      const fact = factIndex[question]!;
      if (best[fact] === 0) facts.push(fact);
      if (sim > best[fact]!) best[fact] = sim;
    }
    const out = new Map<string, number>();
    for (const fact of facts) {
      if (best[fact]! > floor) out.set(this.facts[fact]!, best[fact]!);
      best[fact] = 0;
    }
    return out;
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
