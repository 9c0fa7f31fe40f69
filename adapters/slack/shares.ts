/**
 * Private answers remembered for their "Share in channel" button, so the
 * shared copy is exactly what the asker saw (a follow-up's answer could not
 * be rebuilt from its words alone). Bounded and expiring: a button pressed
 * after the answer is forgotten falls back to the facts its value carries.
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Answer } from '../../src/index.js';

/** A private answer and the question it answered. */
export interface SharedAnswer {
  answer: Answer;
  question: string;
}

/** Where private answers wait for a Share press. */
export interface ShareStore {
  /** Remembers an answer; returns the short key its button carries. */
  put(entry: SharedAnswer): string;
  get(key: string): SharedAnswer | undefined;
}

/** An in-memory share store (default: 2,000 answers for a day). */
export function createShareStore(options: { max?: number; ttlMs?: number } = {}): ShareStore {
  const entries = new LRUCache<string, SharedAnswer>({ max: options.max ?? 2000, ttl: options.ttlMs ?? 24 * 60 * 60 * 1000 });
  return {
    put(entry) {
      const key = randomBytes(9).toString('base64url');
      entries.set(key, entry);
      return key;
    },
    get: (key) => entries.get(key),
  };
}
