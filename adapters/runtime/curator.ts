/**
 * The curator loop's memory: every question the bot could not answer outright
 * (not_found or clarify) and every vote on an answer, kept in an embedded
 * SQLite database under DATA_DIR, so curators see what people ask that the
 * data lacks and which answers they refuse (`npm run report`).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CuratorRecorder, UnansweredEvent, VoteEvent, VoteOutcome } from '../shared/curation.js';

/** One line of the report: a question, how often it was asked, and when last. */
export interface ReportRow {
  question: string;
  count: number;
  lastSeen: string;
  platforms: string;
  statuses: string;
}

/** One refused answer: the question, the facts it cited, and its votes. */
export interface RefusedRow {
  question: string;
  /** The cited fact ids, comma-separated. */
  facts: string;
  down: number;
  up: number;
  lastSeen: string;
}

/** The curator store: unanswered questions and votes. */
export interface CuratorStore extends CuratorRecorder {
  /** The most frequent unanswered questions, most asked first. */
  report(limit: number): Promise<ReportRow[]>;
  /** The answers voted down most, most refused first. */
  refused(limit: number): Promise<RefusedRow[]>;
  close(): Promise<void>;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    platform TEXT NOT NULL,
    lang TEXT NOT NULL,
    status TEXT NOT NULL,
    question TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS unanswered_question ON unanswered (question);
  CREATE TABLE IF NOT EXISTS votes (
    platform TEXT NOT NULL,
    user TEXT NOT NULL,
    answer_key TEXT NOT NULL,
    conversation TEXT NOT NULL,
    question TEXT NOT NULL,
    facts TEXT NOT NULL,
    lang TEXT NOT NULL,
    vote TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (platform, user, answer_key)
  );
`;

/** Longest question kept, in characters: a report line, not an archive. */
export const QUESTION_LIMIT = 500;

/** The database file under a data directory. */
export function curatorPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}/curator.sqlite`;
}

function voteWriter(db: Database.Database): (event: VoteEvent) => VoteOutcome {
  const find = db.prepare('SELECT vote FROM votes WHERE platform = ? AND user = ? AND answer_key = ?');
  const upsert = db.prepare(`
    INSERT INTO votes (platform, user, answer_key, conversation, question, facts, lang, vote, at)
    VALUES (@platform, @user, @answerKey, @conversation, @question, @facts, @lang, @vote, @at)
    ON CONFLICT (platform, user, answer_key) DO UPDATE SET vote = excluded.vote, at = excluded.at`);
  // One transaction: two presses racing cannot both be "recorded".
  return db.transaction((e: VoteEvent): VoteOutcome => {
    const before = find.get(e.platform, e.user, e.answerKey) as { vote: string } | undefined;
    if (before?.vote === e.vote) return 'duplicate';
    upsert.run({
      platform: e.platform, user: e.user, answerKey: e.answerKey, conversation: e.conversation,
      question: e.question.slice(0, QUESTION_LIMIT), facts: e.factIds.join(','), lang: e.lang, vote: e.vote, at: e.at.toISOString(),
    });
    return before ? 'changed' : 'recorded';
  });
}

/** Opens (creating if needed) the store at `path`; ':memory:' for tests. */
export function openCuratorStore(path: string): CuratorStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO unanswered (at, platform, lang, status, question) VALUES (?, ?, ?, ?, ?)');
  const top = db.prepare(`
    SELECT question, COUNT(*) AS count, MAX(at) AS lastSeen,
           GROUP_CONCAT(DISTINCT platform) AS platforms, GROUP_CONCAT(DISTINCT status) AS statuses
    FROM unanswered GROUP BY question ORDER BY count DESC, lastSeen DESC LIMIT ?`);
  const refused = db.prepare(`
    SELECT question, facts, SUM(vote = 'down') AS down, SUM(vote = 'up') AS up, MAX(at) AS lastSeen
    FROM votes GROUP BY question, facts HAVING down > 0 ORDER BY down DESC, up ASC, lastSeen DESC LIMIT ?`);
  const vote = voteWriter(db);
  return {
    async record(event: UnansweredEvent) {
      // Parameters are bound, never spliced into SQL: a question is data, whatever it contains.
      insert.run(event.at.toISOString(), event.platform, event.lang, event.status, event.question.slice(0, QUESTION_LIMIT));
    },
    vote: async (event) => vote(event),
    report: async (limit) => top.all(limit) as ReportRow[],
    refused: async (limit) => refused.all(limit) as RefusedRow[],
    close: async () => {
      db.close();
    },
  };
}
