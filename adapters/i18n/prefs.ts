/**
 * A chat's chosen UI language (/lang), per conversation: in the state's
 * expiring keys (SQLite under DATA_DIR, or Redis shared by replicas), so a
 * restart or another replica keeps it; or in memory for tests.
 */
import { LRUCache } from 'lru-cache';
import type { Lang } from '../../src/index.js';
import type { ExpiringStore } from '../state/types.js';

/** Where chats' language settings live. */
export interface LanguagePrefs {
  get(conversation: string): Promise<Lang | undefined>;
  set(conversation: string, lang: Lang): Promise<void>;
}

/** An in-memory store of up to `max` chats' settings (default 50,000). */
export function createMemoryPrefs(max = 50_000): LanguagePrefs {
  const prefs = new LRUCache<string, Lang>({ max });
  return {
    get: async (conversation) => prefs.get(conversation),
    set: async (conversation, lang) => {
      prefs.set(conversation, lang);
    },
  };
}

/** A setting not touched for this long is forgotten (the keys store needs an expiry). */
const KEPT_MS = 365 * 24 * 60 * 60 * 1000;

/** Settings kept in the state's expiring keys, under "lang:<conversation>". */
export function storedPrefs(keys: ExpiringStore): LanguagePrefs {
  return {
    async get(conversation) {
      const value = await keys.get(`lang:${conversation}`);
      return value === 'zh' || value === 'en' ? value : undefined;
    },
    set: (conversation, lang) => keys.put(`lang:${conversation}`, lang, KEPT_MS),
  };
}
