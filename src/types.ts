/**
 * The contract between the answer core and every adapter: what an answer
 * holds and what a chat remembers between questions. Plain data only.
 */
import type { AskKind } from './data/schema.js';

/** The language of a question, and so of its answer. */
export type Lang = 'zh' | 'en';

/** The script a Chinese reply is written in (figures and quotes always stay as the source writes them). */
export type Script = 'simplified' | 'traditional';

/** What kind of reply an answer is. */
export type AnswerStatus = 'answered' | 'clarify' | 'not_found' | 'smalltalk';

/** What an answered reply does, so an adapter can lay it out. */
export const ANSWER_KINDS = [
  'lookup', 'multi', 'compare', 'list', 'browse', 'rank', 'sum', 'difference', 'check', 'define', 'meta',
  'clarify', 'not_found', 'help', 'smalltalk',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** One fact as an answer cites it, with every label in the answer's language. */
export interface CitedFact {
  id: string;
  org: string;
  subject: string | null;
  metric: string;
  /** The figure exactly as the source writes it ("超9500家"); null for a text fact. */
  figure: string | null;
  /** For English answers, the figure in plain English ("more than 9,500", "RMB 421.8 billion"). */
  figureEn: string | null;
  /** The figure's number as a plain decimal ("95.48"), for charts and arithmetic; null for a text fact. */
  value: string | null;
  /** The figure's unit as the source writes it ("亿元", "家", "%"); null for a text fact. */
  unit: string | null;
  qualifier: string[];
  /** The period the source gives ("截至2024年末"), in the answer's language; null if none. */
  asOf: string | null;
  /** For a text fact, what it says, in the answer's language. */
  text: string | null;
  /** The exact source quote (always Chinese, as written). */
  quote: string;
  /** The article section the quote comes from, in the answer's language. */
  section: string;
  /** How this figure's scope differs from a related one, when the answer shows both. */
  scope: string | null;
  /** One sentence stating the fact, in the answer's language. */
  sentence: string;
}

/**
 * A choice offered by a clarifying question or a suggestion. Pressing it shows
 * its facts; a choice with no facts (an example question) asks its label.
 */
export interface Choice {
  label: string;
  factIds: string[];
}

/** Everything an adapter needs to render one reply. */
export interface Answer {
  status: AnswerStatus;
  kind: AnswerKind;
  lang: Lang;
  /** The script of a Chinese reply: traditional when the question was written in traditional characters. */
  script: Script;
  /** The lead line: the figure or the point of the reply, as a user reads it first. */
  headline: string;
  /** Facts cited, in the order the text gives them. */
  facts: CitedFact[];
  /** For clarify: the readings to choose from (2 to 4). */
  choices: Choice[];
  /** For not_found and browse: figures the article does give nearby. */
  suggestions: Choice[];
  /** Extra lines under the headline: a comparison's verdict, a typo mended, a caveat. */
  notes: string[];
  /** The whole reply as plain text, as the terminal and the batch contract print it. */
  text: string;
}

/** What a question asked, kept so a follow-up can change one part of it. */
export interface TurnMemory {
  /** The organisations asked about: named, or those of the facts answered. */
  entities: string[];
  /** The organisations and subjects of the facts answered: what "它" or "its" points to. */
  focus: string[];
  terms: string[];
  /** Of those, the modifiers (累计, total) that never count against a figure lacking them. */
  softTerms?: string[];
  asks: AskKind[];
  askUnit: string | null;
  years: number[];
  periods: ('end' | 'year')[];
  /** The facts the reply gave. */
  facts: string[];
  /** Of those, the ones it answered with (a lookup's related figures left out). */
  main?: string[];
  /** The terms of the metric the reply gave: what "那X呢？" keeps asking about. */
  topic: string[];
}

/** A chat's memory, kept by the adapter per chat and passed back with the next question. */
export interface ChatState {
  last?: TurnMemory;
  /** Facts of the latest answered turns, newest first: what "两者相比" compares. */
  recent?: string[];
  /** The choices of the last clarifying question, so a reply of "1" or "2" picks one. */
  pending?: Choice[];
}

/** What the core returns: the reply and the chat's next state. */
export interface Reply {
  answer: Answer;
  state: ChatState;
}
