/**
 * Per-conversation chat state between messages, forgotten after a while of
 * silence, so a follow-up hours later does not inherit a stale topic. The
 * store is asynchronous because shared backends (SQLite, Redis) sit behind it.
 */
import { LRUCache } from 'lru-cache';
import type { ChatState } from '../../src/index.js';

/** Where chat states live between messages. */
export interface SessionStore {
  get(conversation: string): Promise<ChatState>;
  set(conversation: string, state: ChatState): Promise<void>;
}

/** Options of the in-memory store. */
export interface MemorySessionOptions {
  /** How long a conversation is remembered after its last message, in ms (default 30 minutes). */
  ttlMs?: number;
  /** How many conversations are remembered at most (default 10,000). */
  max?: number;
}

/** An in-memory session store with expiry, built on lru-cache. */
export function createMemorySessions(options: MemorySessionOptions = {}): SessionStore {
  const cache = new LRUCache<string, ChatState>({
    max: options.max ?? 10_000,
    ttl: options.ttlMs ?? 30 * 60 * 1000,
    updateAgeOnGet: false,
  });
  return {
    get: async (conversation) => cache.get(conversation) ?? {},
    set: async (conversation, state) => {
      cache.set(conversation, state);
    },
  };
}
