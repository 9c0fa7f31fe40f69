/**
 * What the curators learn from conversations: the questions the bot could not
 * answer outright, and the users' votes on the answers it gave. Any curator
 * store (SQLite, Redis) records both.
 */
import type { Lang } from '../../src/index.js';

/** Where an event came from (the answer service's platforms). */
type Source = 'telegram' | 'slack' | 'cli';

/** A question the bot could not answer outright, for the curators. */
export interface UnansweredEvent {
  platform: Source;
  lang: Lang;
  status: 'not_found' | 'clarify';
  /** The question as the bot normalised it (simplified, lower case). */
  question: string;
  at: Date;
}

/** A 👍/👎 as an adapter reports it. */
export interface VoteInput {
  platform: Source;
  conversation: string;
  user: string;
  /** Names the answer voted on, stable across presses (e.g. chat and message id). */
  answerKey: string;
  question: string;
  factIds: readonly string[];
  lang: Lang;
  vote: 'up' | 'down';
}

/** A vote as it is stored: the question normalised, with its time. */
export interface VoteEvent extends VoteInput {
  at: Date;
}

/** What became of a vote: new, a change of mind, or the same vote again. */
export type VoteOutcome = 'recorded' | 'changed' | 'duplicate';

/** Keeps unanswered questions and votes for the curators (see `npm run report`). */
export interface CuratorRecorder {
  record(event: UnansweredEvent): Promise<void>;
  vote(event: VoteEvent): Promise<VoteOutcome>;
}
