/**
 * The compact callback_data codec. Telegram allows 64 bytes per button, so a
 * button carries only ids the dataset defines (never user text), small
 * numbers, and the language to answer in; anything else decodes to
 * undefined and is treated as a stale button.
 */
import type { Lang } from '../../src/index.js';
import type { OrgGroup } from '../browsing/index.js';

/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** What a pressed button asks for. */
export type CallbackAction =
  | { kind: 'facts'; lang: Lang; factIds: string[] }
  | { kind: 'org'; lang: Lang; orgId: string }
  | { kind: 'example'; lang: Lang; index: number }
  /** A page of /list's organisations. */
  | { kind: 'list'; lang: Lang; group: OrgGroup; page: number }
  /** A further page of an organisation's card (page 1 is the first after the card). */
  | { kind: 'more'; lang: Lang; orgId: string; page: number }
  /** Back to /list from an organisation card: the list comes as a new message, the card stays. */
  | { kind: 'back'; lang: Lang }
  /** 👍/👎 on the answer this button is under; the first fact rides along should memory have lost the answer. */
  | { kind: 'vote'; lang: Lang; up: boolean; factId?: string };

// Dataset ids are lower-case words joined by dots, dashes or underscores;
// anything else in callback_data did not come from this bot.
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const PAGE = /^\d{1,3}$/;

function fits(data: string): string | undefined {
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}

function encodeVote(action: Extract<CallbackAction, { kind: 'vote' }>): string | undefined {
  const base = `v:${action.lang}:${action.up ? 'u' : 'd'}`;
  // Without its fact the vote still counts: the message it is under names the answer.
  return action.factId && ID.test(action.factId) ? (fits(`${base}:${action.factId}`) ?? base) : base;
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
    case 'list':
      return PAGE.test(String(action.page)) ? `l:${action.lang}:${action.group}:${action.page}` : undefined;
    case 'more':
      return ID.test(action.orgId) && PAGE.test(String(action.page)) ? fits(`m:${action.lang}:${action.page}:${action.orgId}`) : undefined;
    case 'vote':
      return encodeVote(action);
    case 'back':
      return `b:${action.lang}:list`;
  }
}

function decodeRest(tag: string, lang: Lang, rest: string): CallbackAction | undefined {
  switch (tag) {
    case 'x':
      return PAGE.test(rest) ? { kind: 'example', lang, index: Number(rest) } : undefined;
    case 'o':
      return ID.test(rest) ? { kind: 'org', lang, orgId: rest } : undefined;
    case 'l': {
      const m = /^(main|other):(\d{1,3})$/.exec(rest);
      return m ? { kind: 'list', lang, group: m[1] as OrgGroup, page: Number(m[2]) } : undefined;
    }
    case 'm': {
      const m = /^(\d{1,3}):(.+)$/.exec(rest);
      return m && ID.test(m[2]!) ? { kind: 'more', lang, orgId: m[2]!, page: Number(m[1]) } : undefined;
    }
    case 'b':
      return rest === 'list' ? { kind: 'back', lang } : undefined;
    case 'v': {
      const m = /^([ud])(?::(.+))?$/.exec(rest);
      if (!m || (m[2] !== undefined && !ID.test(m[2]))) return undefined;
      return { kind: 'vote', lang, up: m[1] === 'u', ...(m[2] ? { factId: m[2] } : {}) };
    }
    default: {
      const factIds = rest.split(',');
      return factIds.every((id) => ID.test(id)) ? { kind: 'facts', lang, factIds } : undefined;
    }
  }
}

/** Decodes callback_data; undefined for anything this bot did not produce. */
export function decodeCallback(data: string | undefined): CallbackAction | undefined {
  const match = /^([foxlmvb]):(zh|en):(.+)$/.exec(data ?? '');
  if (!match) return undefined;
  return decodeRest(match[1]!, match[2] as Lang, match[3]!);
}
