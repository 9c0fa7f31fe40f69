/**
 * The state a conversation needs beyond one message, as the platforms see it:
 * chat sessions, Slack event ids already handled, private answers waiting for
 * their Share press, per-user rate limits, the curator records, and the
 * Telegram polling lease. Two backends hold it: embedded (SQLite under
 * DATA_DIR, one process) and Redis (STATE_URL, any number of replicas).
 */
import type { CuratorStore } from '../runtime/curator.js';
import type { SessionStore } from '../shared/sessions.js';

/** Keys that expire: the primitive Slack de-duplication, share keys and Redis sessions are built on. */
export interface ExpiringStore {
  /** Sets the key if it is absent; true when this call set it (the first to claim it). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  put(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
}

/** What a rate limiter says about one more question from a user. */
export type LimitVerdict = 'allowed' | 'refused-first' | 'refused';

/** Counts a user's questions in a time window; the first refusal in a window is told apart (one notice). */
export interface Limiter {
  take(key: string): Promise<LimitVerdict>;
}

/** How many questions a user may ask in a time frame, on every platform. */
export interface RatePolicy {
  timeFrameMs: number;
  limit: number;
}

/** The right to long-poll Telegram: one replica at a time holds it, and it expires if the holder dies. */
export interface Lease {
  /** Takes the lease if nobody holds it (or this replica already does). */
  acquire(): Promise<boolean>;
  /** Extends it: 'held', 'lost' (someone else has it now) or 'unknown' (the store is unreachable). */
  renew(): Promise<'held' | 'lost' | 'unknown'>;
  release(): Promise<void>;
}

/**
 * Work handed from a stopping process to the next one: Telegram updates
 * fetched (so confirmed to Telegram) but not yet started when shutdown ran
 * out of time. The next poller answers them first.
 */
export interface Backlog {
  push(items: readonly string[]): Promise<void>;
  /** Removes and returns up to `max` items, oldest first. */
  take(max: number): Promise<string[]>;
}

/** What /healthz says about the state backend. */
export interface StateHealth {
  backend: 'sqlite' | 'redis' | 'memory';
  /** Redis only: false while it is unreachable (answers go on without shared memory). */
  connected?: boolean;
}

/** The shared state one process runs with. */
export interface State {
  sessions: SessionStore;
  /** Slack event ids, share keys: short-lived keys. */
  keys: ExpiringStore;
  /** Questions per user (both platforms), and Telegram inline queries apart. */
  limits: { questions: Limiter; inline: Limiter };
  curator: CuratorStore;
  /** Telegram updates handed over at shutdown. */
  backlog: Backlog;
  /** Telegram polling lease; null when this process is the only one (embedded state). */
  lease(name: string): Lease | null;
  health(): StateHealth;
  close(): Promise<void>;
}
