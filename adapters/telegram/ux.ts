/**
 * What the Telegram handlers share besides the answer service: the chart
 * maker, the chats' language settings, and the answers the bot sent (so a
 * 👍/👎 under a message knows what it votes on), and how a chat's UI language
 * is decided: its /lang setting, else the language the user writes in,
 * else the Telegram app's language.
 */
import type { Context } from 'grammy';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { detectLanguage, type Lang } from '../../src/index.js';
import type { ChartMaker } from '../charts/index.js';
import type { LanguagePrefs } from '../i18n/prefs.js';
import type { AnswerService } from '../shared/answers.js';

/** What a sent answer was, for a vote on it. */
export interface SentAnswer {
  question: string;
  factIds: string[];
  lang: Lang;
}

/** The state and services Telegram handlers work with. */
export interface TelegramUx {
  answers: AnswerService;
  charts: ChartMaker;
  prefs: LanguagePrefs;
  logger: Logger;
  /** Sent answers by `chat:message` (a day, 20,000 at most). */
  sent: LRUCache<string, SentAnswer>;
}

/** The conversation key of a chat: the core's follow-up state and the language setting are kept per chat. */
export function conversationOf(chatId: number): string {
  return `tg:${chatId}`;
}

/** The key a vote names its answer by: the message the buttons are under. */
export function messageKey(chatId: number, messageId: number): string {
  return `tg:${chatId}:${messageId}`;
}

/** Builds the shared state. */
export function createUx(deps: Omit<TelegramUx, 'sent'>): TelegramUx {
  return { ...deps, sent: new LRUCache<string, SentAnswer>({ max: 20_000, ttl: 24 * 60 * 60 * 1000 }) };
}

/** The language of UI texts for a Telegram app language: Chinese for zh*, else English. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The chat's UI language: its /lang setting, else the language of `text` (what the user wrote), else the app's. */
export async function uiLangOf(ctx: Context, ux: TelegramUx, text?: string): Promise<Lang> {
  const chosen = ctx.chat ? await ux.prefs.get(conversationOf(ctx.chat.id)) : undefined;
  if (chosen) return chosen;
  if (text && text.trim().length > 0 && !text.trim().startsWith('/')) return detectLanguage(text);
  return langOf(ctx.from?.language_code);
}
