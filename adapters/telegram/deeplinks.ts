/**
 * Deep links: t.me/<bot>?start=<payload> opens a fact or an organisation
 * card in a private chat (from an inline card, a shared link, "ask in
 * private"). A payload is 1-64 of A-Z a-z 0-9 _ -, so ids travel base64url.
 */
import type { Context } from 'grammy';
import { sendCard } from './browse.js';
import { sendAnswer } from './present.js';
import { conversationOf, langOf, uiLangOf, type TelegramUx } from './ux.js';

/** Telegram's limit on a start payload. */
const PAYLOAD_MAX = 64;

/** What a deep link opens. */
export type DeepLink = { kind: 'fact'; id: string } | { kind: 'org'; id: string };

/** The start payload of a link, or undefined when the id is too long to fit. */
export function encodeDeepLink(link: DeepLink): string | undefined {
  const payload = `${link.kind === 'fact' ? 'f' : 'o'}_${Buffer.from(link.id, 'utf8').toString('base64url')}`;
  return payload.length <= PAYLOAD_MAX ? payload : undefined;
}

/** Reads a start payload back; undefined for anything this bot did not make. */
export function decodeDeepLink(payload: string): DeepLink | undefined {
  const match = /^([fo])_([A-Za-z0-9_-]{1,62})$/.exec(payload);
  if (!match) return undefined;
  const id = Buffer.from(match[2]!, 'base64url').toString('utf8');
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) return undefined;
  return { kind: match[1] === 'f' ? 'fact' : 'org', id };
}

/** The t.me link that opens a fact or an organisation with this bot. */
export function deepLinkUrl(username: string, link: DeepLink): string | undefined {
  const payload = encodeDeepLink(link);
  return payload ? `https://t.me/${username}?start=${payload}` : undefined;
}

/** Answers `/start <payload>`; false when the payload names nothing (the greeting follows instead). */
export async function sendDeepLink(ctx: Context, ux: TelegramUx, payload: string): Promise<boolean> {
  const link = decodeDeepLink(payload);
  if (!link) return false;
  // The link carries no language: the chat's setting, else the app's.
  const lang = (await ux.prefs.get(conversationOf(ctx.chat!.id))) ?? langOf(ctx.from?.language_code);
  if (link.kind === 'org') return sendCard(ctx, ux, link.id, lang);
  if (!ux.answers.core().hasFact(link.id)) return false;
  const answer = await ux.answers.choose({ platform: 'telegram', conversation: conversationOf(ctx.chat!.id), lang, choice: { label: link.id, factIds: [link.id] } });
  await sendAnswer(ctx, ux, answer, { uiLang: await uiLangOf(ctx, ux), question: link.id });
  return true;
}
