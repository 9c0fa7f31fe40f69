/**
 * Every surface form the bot recognises, in three tries built once at load:
 * topics (organisations and terms), cues (how a question asks) and filler.
 * A scan finds, left to right, the longest form at each position.
 */
import type { Dataset } from './data/dataset.js';
import type { ArticleAsk, AskKind, IntentCue } from './data/schema.js';
import { normalize } from './normalize.js';

/** What a surface form means. */
export type Concept =
  | { kind: 'entity'; id: string }
  | { kind: 'term'; id: string }
  | { kind: 'ask'; id: AskKind }
  | { kind: 'intent'; id: IntentCue }
  | { kind: 'article'; id: ArticleAsk }
  | { kind: 'place'; id: string }
  | { kind: 'absent'; id: string }
  | { kind: 'negation' }
  | { kind: 'definition'; id: string }
  | { kind: 'small'; id: 'help' | 'greeting' | 'thanks' | 'bye' | 'who' }
  | { kind: 'period'; id: 'end' | 'year' }
  | { kind: 'filler' };

/** A form found in a question: [start, end) in the normalised text. */
export interface Match {
  start: number;
  end: number;
  form: string;
  concepts: readonly Concept[];
}

interface Node {
  /** Children by UTF-16 code unit: looked up with charCodeAt, no one-character string per step. */
  next: Map<number, Node>;
  concepts: Concept[] | null;
}


/** True when the character at `i` ends inside an English word or number ("ip" in "ship"). */
function endsInsideWord(text: string, i: number): boolean {
  return isWordChar(text.charCodeAt(i)) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1));
}

/** True for a-z and 0-9: the characters that make up an English word or a number. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

const normalised = new Map<string, string>();

/** A form as questions are normalised; data is simplified Chinese, so Han-only forms already are. */
function normalForm(raw: string): string {
  if (HAN_ONLY.test(raw)) return raw;
  let form = normalised.get(raw);
  if (form === undefined) {
    form = normalize(raw).replace(/,/g, ' ');
    normalised.set(raw, form);
  }
  return form;
}

/** A character trie of normalised forms. */
export class Trie {
  private readonly root: Node = { next: new Map(), concepts: null };
  /** Every form added, with what it means (for fuzzy matching). */
  readonly forms = new Map<string, Concept[]>();

  add(rawForm: string, concept: Concept): void {
    // Data is simplified Chinese: a form of Han characters only is already normal.
    const form = normalForm(rawForm);
    if (form.length === 0) return;
    let node = this.root;
    for (let i = 0; i < form.length; i++) {
      const unit = form.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), concepts: null };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.concepts ??= [];
    if (!node.concepts.some((c) => sameConcept(c, concept))) node.concepts.push(concept);
    this.forms.set(form, node.concepts);
  }

  /**
   * Every form starting at `start` that ends on a word boundary, shortest
   * first; `blocked(end)` rejects an end that would cut another word in two.
   */
  allAt(text: string, start: number, blocked?: (end: number) => boolean): Match[] {
    const found: Match[] = [];
    if (start > 0 && isWordChar(text.charCodeAt(start)) && isWordChar(text.charCodeAt(start - 1))) return found;
    let node: Node | undefined = this.root;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node?.concepts || endsInsideWord(text, i) || blocked?.(i + 1)) continue;
      found.push({ start, end: i + 1, form: text.slice(start, i + 1), concepts: node.concepts });
    }
    return found;
  }

  /** The longest form starting at `start`, if any (see allAt). */
  longestAt(text: string, start: number, blocked?: (end: number) => boolean): Match | null {
    if (start > 0 && isWordChar(text.charCodeAt(start)) && isWordChar(text.charCodeAt(start - 1))) return null;
    let node: Node | undefined = this.root;
    let end = -1;
    let concepts: Concept[] | null = null;
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node?.concepts || endsInsideWord(text, i) || blocked?.(i + 1)) continue;
      end = i + 1;
      concepts = node.concepts;
    }
    return concepts === null ? null : { start, end, form: text.slice(start, end), concepts };
  }

  /**
   * The tiling of the text by forms that covers the most characters, with
   * the fewest pieces, and then the longest last piece: Chinese noun phrases
   * end in their head, so 武汉都市圈基金 reads 武汉 + 都市圈基金 (a fund),
   * not 武汉都市圈 + 基金.
   */
  tile(text: string): Match[] {
    const n = text.length;
    const covered: number[] = new Array(n + 1).fill(0);
    const pieces: number[] = new Array(n + 1).fill(0);
    const last: number[] = new Array(n + 1).fill(0);
    const next: number[] = new Array(n + 1).fill(0);
    const chosen: (Match | null)[] = new Array(n + 1).fill(null);
    for (let i = n - 1; i >= 0; i--) {
      covered[i] = covered[i + 1]!;
      pieces[i] = pieces[i + 1]!;
      last[i] = last[i + 1]!;
      next[i] = i + 1;
      for (const m of this.allAt(text, i)) {
        const len = m.end - m.start;
        const c = len + covered[m.end]!;
        const p = pieces[m.end]! + 1;
        const l = pieces[m.end] === 0 ? len : last[m.end]!;
        if (c > covered[i]! || (c === covered[i] && (p < pieces[i]! || (p === pieces[i] && l > last[i]!)))) {
          covered[i] = c;
          pieces[i] = p;
          last[i] = l;
          next[i] = m.end;
          chosen[i] = m;
        }
      }
    }
    const out: Match[] = [];
    for (let i = 0; i < n; i = next[i]!) if (chosen[i]) out.push(chosen[i]!);
    return out;
  }

  /** Greedy left-to-right scan: the longest form at each position, no overlaps. */
  scan(text: string, blocked?: (end: number) => boolean): Match[] {
    const found: Match[] = [];
    for (let i = 0; i < text.length; ) {
      const m = this.longestAt(text, i, blocked);
      if (m) {
        found.push(m);
        i = m.end;
      } else {
        i++;
      }
    }
    return found;
  }
}

function sameConcept(a: Concept, b: Concept): boolean {
  return a.kind === b.kind && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');
}

/** The tries the analyser scans a question with. */
/** The ids of the topic terms a (normalised) text names: a name's words, a kind word. */
export function termIdsIn(lexicon: Lexicon, text: string): string[] {
  return lexicon.terms.scan(text).flatMap((m) => m.concepts.flatMap((c) => (c.kind === 'term' ? [c.id] : [])));
}

export interface Lexicon {
  topics: Trie;
  /** Topic terms alone, to find the terms inside a name ("基金" in 湖北基石中小企业发展基金). */
  terms: Trie;
  cues: Trie;
  filler: Trie;
  fillerChars: ReadonlySet<string>;
  /** Places the article has no figures for (another city, province or country). */
  places: Trie;
  /** Attributes the article never states (利率, net profit …). */
  absent: Trie;
  /** Words asking for the complement of a count (premises.yaml `negations`). */
  negations: Trie;
  /** The names of the article's coined terms and named things (definitions.yaml). */
  definitions: Trie;
}

/** Place names that are also words the bot knows are read as those words, not as places. */
function addPlaces(trie: Trie, data: Dataset, known: ReadonlySet<string>): void {
  for (const name of [...data.places.zh, ...data.places.en]) {
    if (!known.has(normalForm(name))) trie.add(name, { kind: 'place', id: name });
  }
}

function addEntities(trie: Trie, data: Dataset): void {
  const shortened: [string, Concept][] = [];
  for (const org of data.orgs.values()) {
    const concept: Concept = { kind: 'entity', id: org.id };
    for (const name of [org.zh, org.en, org.full_zh ?? '', ...org.aliases_zh, ...org.aliases_en]) {
      if (!name) continue;
      trie.add(name, concept);
      const ending = data.cues.name_endings.find((e) => name.endsWith(e) && name.length - e.length >= 4);
      if (ending) shortened.push([name.slice(0, -ending.length), concept]);
    }
  }
  // A name without its ending never takes the place of another name written so.
  for (const [name, concept] of shortened) if (!trie.forms.has(normalForm(name))) trie.add(name, concept);
}

function addTerms(trie: Trie, data: Dataset): void {
  for (const [term, forms] of Object.entries(data.terms)) {
    const concept: Concept = { kind: 'term', id: term };
    for (const form of [term, ...forms.zh, ...forms.en]) trie.add(form, concept);
  }
  // Terms used by metrics and facts without an entry in terms.yaml match themselves.
  const used = [...data.metrics.values()].flatMap((m) => m.terms).concat(data.facts.flatMap((f) => f.terms));
  for (const term of used) trie.add(term, { kind: 'term', id: term });
}

function addCues(trie: Trie, data: Dataset): void {
  const { cues } = data;
  const groups = [
    ['ask', cues.asks],
    ['intent', cues.intents],
    ['small', cues.smalltalk],
    ['period', cues.periods],
    ['article', cues.article],
  ] as const;
  for (const [kind, table] of groups) {
    for (const [id, forms] of Object.entries(table)) {
      for (const form of [...forms.zh, ...forms.en]) trie.add(form, { kind, id } as Concept);
    }
  }
  addJoinedCues(trie, cues.intents, cues.asks, cues.cue_joins);
}

/**
 * "一共多少亿" is the sum's 一共多少 and the money's 多少亿 sharing 多少: the longest cue would hide the
 * other, so an intent cue ending in a joining word and an ask cue starting with it are added joined, meaning both.
 */
type CueForms = { zh: readonly string[]; en: readonly string[] };
function addJoinedCues(trie: Trie, intents: Partial<Record<string, CueForms>>, asks: Partial<Record<string, CueForms>>, joins: readonly string[]): void {
  for (const join of joins) {
    const heads = Object.entries(intents).flatMap(([id, c]) => (c?.zh ?? []).filter((f) => f.endsWith(join) && f !== join).map((f) => ({ id, f })));
    const tails = Object.entries(asks).flatMap(([id, c]) => (c?.zh ?? []).filter((f) => f.startsWith(join) && f !== join).map((f) => ({ id, f })));
    for (const h of heads) {
      for (const t of tails) {
        const form = h.f + t.f.slice(join.length);
        trie.add(form, { kind: 'intent', id: h.id } as Concept);
        trie.add(form, { kind: 'ask', id: t.id } as Concept);
      }
    }
  }
}

/** Builds the lexicon from the dataset; done once at load, never per question. */
export function buildLexicon(data: Dataset): Lexicon {
  const topics = new Trie();
  const terms = new Trie();
  const cues = new Trie();
  const filler = new Trie();
  addEntities(topics, data);
  addTerms(terms, data);
  addTerms(topics, data);
  addCues(cues, data);
  // A pronoun points back; it names nothing the question asks about.
  for (const word of [...data.cues.filler.words, ...data.cues.filler.en, ...data.cues.pronouns.zh, ...data.cues.pronouns.en]) filler.add(word, { kind: 'filler' });
  const known = new Set([topics, cues, filler].flatMap((trie) => [...trie.forms.keys()]));
  const places = new Trie();
  addPlaces(places, data, known);
  const absent = new Trie();
  for (const attr of data.premises.absent_attributes) for (const form of [...attr.zh, ...attr.en]) absent.add(form, { kind: 'absent', id: attr.id });
  const negations = new Trie();
  for (const word of [...data.premises.negations.zh, ...data.premises.negations.en]) negations.add(word, { kind: 'negation' });
  const definitions = new Trie();
  for (const d of data.definitions) for (const name of [...d.names_zh, ...d.names_en]) definitions.add(name, { kind: 'definition', id: d.id });
  return { topics, terms, cues, filler, fillerChars: new Set(data.cues.filler.chars), places, absent, negations, definitions };
}
