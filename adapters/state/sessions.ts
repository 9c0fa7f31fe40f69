/**
 * Chat sessions kept outside the process: as expiring keys (Redis), or in a
 * SQLite table under DATA_DIR (the embedded default), so a restart keeps
 * every conversation. A state is stored as JSON and bounded in size: a state
 * past the bound is not kept (the next question starts afresh), so one odd
 * conversation cannot grow the store without end.
 */
import Database from 'better-sqlite3';
import type { ChatState } from '../../src/index.js';
import type { SessionStore } from '../shared/sessions.js';
import type { Backlog, ExpiringStore } from './types.js';

/** How sessions are kept: for how long after the last message, and how large at most. */
export interface SessionLimits {
  ttlMs: number;
  /** The largest state kept, in bytes of JSON (default 16 KiB; a real state is well under 2 KiB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 16 * 1024;

/** A stored state read back: anything but a JSON object is no state. */
export function readState(raw: string | undefined): ChatState {
  if (raw === undefined) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ChatState) : {};
  } catch {
    return {};
  }
}

/** The JSON to keep for a state, or null when it is past the bound. */
function writeState(state: ChatState, maxBytes: number): string | null {
  const json = JSON.stringify(state);
  return Buffer.byteLength(json) <= maxBytes ? json : null;
}

/** Sessions as expiring keys (`session:<conversation>`). */
export function keyedSessions(keys: ExpiringStore, limits: SessionLimits): SessionStore {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  return {
    get: async (conversation) => readState(await keys.get(`session:${conversation}`)),
    set: async (conversation, state) => {
      await keys.put(`session:${conversation}`, writeState(state, maxBytes) ?? '{}', limits.ttlMs);
    },
  };
}

/** How many writes pass between two sweeps of expired sessions. */
const SWEEP_EVERY = 500;

/** Sessions in a SQLite database (its own file, or ':memory:' for tests). */
export function sqliteSessions(path: string, limits: SessionLimits & { maxRows?: number }): SessionStore & { close(): void } {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = limits.maxRows ?? 100_000;
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS sessions (conversation TEXT PRIMARY KEY, state TEXT NOT NULL, expires INTEGER NOT NULL)');
  const read = db.prepare('SELECT state FROM sessions WHERE conversation = ? AND expires > ?').pluck();
  const write = db.prepare('INSERT INTO sessions (conversation, state, expires) VALUES (?, ?, ?) ON CONFLICT (conversation) DO UPDATE SET state = excluded.state, expires = excluded.expires');
  const sweep = db.prepare('DELETE FROM sessions WHERE expires <= ?');
  // Past the row bound the conversations closest to expiry go first.
  const trim = db.prepare('DELETE FROM sessions WHERE conversation IN (SELECT conversation FROM sessions ORDER BY expires ASC LIMIT max(0, (SELECT COUNT(*) FROM sessions) - ?))');
  let writes = 0;
  return {
    get: async (conversation) => readState(read.get(conversation, Date.now()) as string | undefined),
    set: async (conversation, state) => {
      write.run(conversation, writeState(state, maxBytes) ?? '{}', Date.now() + limits.ttlMs);
      if (++writes % SWEEP_EVERY === 0) {
        sweep.run(Date.now());
        trim.run(maxRows);
      }
    },
    close: () => db.close(),
  };
}

/** A backlog in a SQLite table (beside the sessions, in their file). */
export function sqliteBacklog(path: string): Backlog & { close(): void } {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS backlog (id INTEGER PRIMARY KEY, item TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO backlog (item) VALUES (?)');
  const oldest = db.prepare('SELECT id, item FROM backlog ORDER BY id LIMIT ?');
  const remove = db.prepare('DELETE FROM backlog WHERE id <= ?');
  const push = db.transaction((items: readonly string[]) => {
    for (const item of items) insert.run(item);
  });
  const take = db.transaction((max: number) => {
    const rows = oldest.all(max) as { id: number; item: string }[];
    if (rows.length > 0) remove.run(rows[rows.length - 1]!.id);
    return rows.map((r) => r.item);
  });
  return {
    push: async (items) => push(items),
    take: async (max) => take(max),
    close: () => db.close(),
  };
}
