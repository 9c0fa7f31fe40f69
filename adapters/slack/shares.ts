/**
 * Private answers remembered for their "Share in channel" button, so the
 * shared copy is exactly what the asker saw (a follow-up's answer could not
 * be rebuilt from its words alone). Kept as expiring keys in the shared state
 * (Redis with several replicas), so any replica can serve the press; a press
 * after the answer is forgotten falls back to the facts its value carries.
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../../src/index.js';
import type { ExpiringStore } from '../state/types.js';

/** A private answer and the question it answered. */
export interface SharedAnswer {
  answer: Answer;
  question: string;
}

/** Where private answers wait for a Share press. */
export interface ShareStore {
  /** Remembers an answer; resolves to the short key its button carries. */
  put(entry: SharedAnswer): Promise<string>;
  get(key: string): Promise<SharedAnswer | undefined>;
}

/** How long a private answer can still be shared whole. */
const SHARE_TTL_MS = 24 * 60 * 60 * 1000;

function readEntry(raw: string | undefined): SharedAnswer | undefined {
  if (raw === undefined) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SharedAnswer>;
    return value && typeof value.question === 'string' && typeof value.answer === 'object' && value.answer !== null ? (value as SharedAnswer) : undefined;
  } catch {
    return undefined;
  }
}

/** A share store over expiring keys (`share:<key>`). */
export function createShareStore(keys: ExpiringStore, ttlMs = SHARE_TTL_MS): ShareStore {
  return {
    async put(entry) {
      const key = randomBytes(9).toString('base64url');
      await keys.put(`share:${key}`, JSON.stringify(entry), ttlMs);
      return key;
    },
    get: async (key) => readEntry(await keys.get(`share:${key}`)),
  };
}
