/**
 * The compact callback_data codec. Telegram allows 64 bytes per button, so a
 * button carries only ids the dataset defines (never user text) and the
 * language to answer in; anything else decodes to undefined and is treated
 * as a stale button.
 */
import type { Lang } from '../../src/index.js';

/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** What a pressed button asks for. */
export type CallbackAction =
  | { kind: 'facts'; lang: Lang; factIds: string[] }
  | { kind: 'org'; lang: Lang; orgId: string }
  | { kind: 'example'; lang: Lang; index: number };

// Dataset ids are lower-case words joined by dots, dashes or underscores;
// anything else in callback_data did not come from this bot.
const ID = /^[a-z0-9][a-z0-9._-]*$/;

function fits(data: string): string | undefined {
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}

/**
 * Encodes an action as callback_data, or undefined when it cannot fit in 64
 * bytes (a choice of many facts); the caller leaves such a button out.
 */
export function encodeCallback(action: CallbackAction): string | undefined {
  switch (action.kind) {
    case 'facts':
      if (action.factIds.length === 0 || !action.factIds.every((id) => ID.test(id))) return undefined;
      return fits(`f:${action.lang}:${action.factIds.join(',')}`);
    case 'org':
      return ID.test(action.orgId) ? fits(`o:${action.lang}:${action.orgId}`) : undefined;
    case 'example':
      return Number.isInteger(action.index) && action.index >= 0 ? fits(`x:${action.lang}:${action.index}`) : undefined;
  }
}

/** Decodes callback_data; undefined for anything this bot did not produce. */
export function decodeCallback(data: string | undefined): CallbackAction | undefined {
  const match = /^([fox]):(zh|en):(.+)$/.exec(data ?? '');
  if (!match) return undefined;
  const [, tag, langText, rest] = match as unknown as [string, 'f' | 'o' | 'x', Lang, string];
  const lang: Lang = langText;
  if (tag === 'x') return /^\d{1,3}$/.test(rest) ? { kind: 'example', lang, index: Number(rest) } : undefined;
  if (tag === 'o') return ID.test(rest) ? { kind: 'org', lang, orgId: rest } : undefined;
  const factIds = rest.split(',');
  return factIds.every((id) => ID.test(id)) ? { kind: 'facts', lang, factIds } : undefined;
}
