/**
 * Browsing: /list in two groups (institutions; funds, products, events and
 * companies), paged, turning in place; an organisation's card with a "more"
 * button for its further figures, page by page, and a way back to the list.
 */
import type { Context } from 'grammy';
import type { Lang } from '../../src/index.js';
import { CARD_PAGE, moreFactIds, orgsOfGroup, type OrgGroup } from '../browsing/index.js';
import { ui } from '../i18n/index.js';
import { cardRows, listKeyboard } from './keyboards.js';
import { sendAnswer, sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { conversationOf, uiLangOf, type TelegramUx } from './ux.js';

/** Shows a page of /list: as a new message, or in place of the pressed one. */
export async function showList(ctx: Context, ux: TelegramUx, lang: Lang, group: OrgGroup, page: number, mode: 'send' | 'edit', replyTo?: number): Promise<void> {
  const t = ui(lang);
  const text = `<b>${escapeHtml(t(`listGroup_${group}`))}</b>\n${escapeHtml(t('listHeader'))}`;
  const keyboard = listKeyboard(orgsOfGroup(ux.answers.core(), lang, group), lang, group, page);
  if (mode === 'edit') {
    await ctx.editMessageText(text, { parse_mode: 'HTML', ...(keyboard ? { reply_markup: keyboard } : {}) });
    return;
  }
  await sendChunks(ctx, { chunks: [text], ...(keyboard ? { keyboard } : {}) }, replyTo);
}

/** The ids of the first card, which the further pages leave out. */
function firstCardIds(ux: TelegramUx, orgId: string, lang: Lang): string[] {
  return ux.answers.core().browse(orgId, lang).answer.facts.map((f) => f.id);
}

/** What the "more" button says and where it leads, or null when everything is shown. */
function nextPage(shown: number, rest: number, page: number): { page: number; shown: number; total: number } | null {
  const total = shown + rest;
  return rest > 0 ? { page, shown, total } : null;
}

/** Sends an organisation's card; false when the organisation is not in the data. */
export async function sendCard(ctx: Context, ux: TelegramUx, orgId: string, lang: Lang, replyTo?: number): Promise<boolean> {
  const core = ux.answers.core();
  const org = core.organisations(lang).find((o) => o.id === orgId);
  if (!org) return false;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  const uiLang = await uiLangOf(ctx, ux);
  const answer = await ux.answers.browse({ platform: 'telegram', conversation: conversationOf(ctx.chat!.id), orgId, lang });
  const rest = moreFactIds(core, orgId, answer.facts.map((f) => f.id)).length;
  const extraRows = cardRows(uiLang, orgId, nextPage(answer.facts.length, rest, 1));
  await sendAnswer(ctx, ux, answer, { uiLang, question: org.name, extraRows }, replyTo);
  return true;
}

/** Sends page `page` (from 1) of an organisation's further figures; false when there is no such page. */
export async function sendCardPage(ctx: Context, ux: TelegramUx, orgId: string, lang: Lang, page: number): Promise<boolean> {
  const core = ux.answers.core();
  const org = core.organisations(lang).find((o) => o.id === orgId);
  const first = org ? firstCardIds(ux, orgId, lang) : [];
  const more = moreFactIds(core, orgId, first);
  const ids = more.slice((page - 1) * CARD_PAGE, page * CARD_PAGE);
  if (!org || page < 1 || ids.length === 0) return false;
  await ctx.answerCallbackQuery();
  const uiLang = await uiLangOf(ctx, ux);
  const answer = await ux.answers.choose({ platform: 'telegram', conversation: conversationOf(ctx.chat!.id), lang, choice: { label: org.name, factIds: ids } });
  const shown = first.length + (page - 1) * CARD_PAGE + ids.length;
  const extraRows = cardRows(uiLang, orgId, nextPage(shown, more.length - page * CARD_PAGE, page + 1));
  await sendAnswer(ctx, ux, answer, { uiLang, question: org.name, extraRows });
  return true;
}
