/**
 * A chat's chosen UI language (/lang), per conversation. In memory and
 * bounded; the interface is async so a shared store can take its place.
 */
import { LRUCache } from 'lru-cache';
import type { Lang } from '../../src/index.js';

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
