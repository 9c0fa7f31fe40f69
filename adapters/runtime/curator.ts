/**
 * The curator loop's memory: every question the bot could not answer outright
 * (not_found or clarify), kept in an embedded SQLite database under DATA_DIR,
 * so curators see what people ask that the data lacks (`npm run report`).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { UnansweredEvent, UnansweredRecorder } from '../shared/answers.js';

/** One line of the report: a question, how often it was asked, and when last. */
export interface ReportRow {
  question: string;
  count: number;
  lastSeen: string;
  platforms: string;
  statuses: string;
}

/** The unanswered-questions store. */
export interface CuratorStore extends UnansweredRecorder {
  /** The most frequent unanswered questions, most asked first. */
  report(limit: number): ReportRow[];
  close(): void;
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
`;

/** The database file under a data directory. */
export function curatorPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}/curator.sqlite`;
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
  return {
    record(event: UnansweredEvent) {
      // Parameters are bound, never spliced into SQL: a question is data, whatever it contains.
      insert.run(event.at.toISOString(), event.platform, event.lang, event.status, event.question.slice(0, 500));
    },
    report: (limit) => top.all(limit) as ReportRow[],
    close: () => db.close(),
  };
}
