/**
 * Button presses. Every callback query is answered, whatever happens, so no
 * button keeps spinning: a fact choice answers in place of the message that
 * offered it; an example or an organisation answers in a new message, so the
 * menu it came from stays usable; /list's pages turn in place; 👍/👎 is
 * counted once per user and answer; a button this bot cannot read (old, from
 * a previous dataset, forged) gets a short "expired" notice.
 */
import type { Composer, Context } from 'grammy';
import type { Choice } from '../../src/index.js';
import { ui } from '../i18n/index.js';
import { decodeCallback, type CallbackAction } from './callbacks.js';
import { sendCard, sendCardPage, showList } from './browse.js';
import { castVote } from './feedback.js';
import { editInPlace, sendAnswer } from './present.js';
import { conversationOf, uiLangOf, type TelegramUx } from './ux.js';

/** The text of the pressed button, as the choice's label (the log and the core want one). */
function pressedLabel(ctx: Context, data: string): string | undefined {
  const rows = ctx.callbackQuery?.message && 'reply_markup' in ctx.callbackQuery.message ? ctx.callbackQuery.message.reply_markup?.inline_keyboard : undefined;
  for (const button of (rows ?? []).flat()) {
    if ('callback_data' in button && button.callback_data === data) return button.text;
  }
  return undefined;
}

/**
 * Does what a pressed button asks; false when it names nothing the data has.
 * The spinner is stopped (answerCallbackQuery) before a long answer is sent.
 */
async function perform(ctx: Context, ux: TelegramUx, action: CallbackAction, data: string): Promise<boolean> {
  const core = ux.answers.core();
  const base = { platform: 'telegram' as const, conversation: conversationOf(ctx.chat!.id), lang: action.lang };
  const uiLang = await uiLangOf(ctx, ux);
  switch (action.kind) {
    case 'facts': {
      if (!action.factIds.every((id) => core.hasFact(id))) return false;
      const choice: Choice = { label: pressedLabel(ctx, data) ?? action.factIds.join(','), factIds: action.factIds };
      await ctx.answerCallbackQuery();
      await editInPlace(ctx, ux, await ux.answers.choose({ ...base, choice }), { uiLang, question: choice.label });
      return true;
    }
    case 'example': {
      const label = core.examples(action.lang)[action.index];
      if (label === undefined) return false;
      await ctx.answerCallbackQuery();
      await sendAnswer(ctx, ux, await ux.answers.choose({ ...base, choice: { label, factIds: [] } }), { uiLang, question: label });
      return true;
    }
    case 'org':
      return sendCard(ctx, ux, action.orgId, action.lang);
    case 'more':
      return sendCardPage(ctx, ux, action.orgId, action.lang, action.page);
    case 'list':
      await ctx.answerCallbackQuery();
      await showList(ctx, ux, action.lang, action.group, action.page, 'edit');
      return true;
    case 'back':
      await ctx.answerCallbackQuery();
      await showList(ctx, ux, action.lang, 'main', 0, 'send');
      return true;
    case 'vote':
      await castVote(ctx, ux, action);
      return true;
  }
}

async function onPress(ctx: Context, ux: TelegramUx): Promise<void> {
  const data = ctx.callbackQuery?.data;
  const action = decodeCallback(data);
  const lang = await uiLangOf(ctx, ux);
  let done = false;
  try {
    // A press on an inline message has no chat to answer in; treat it as stale.
    done = action !== undefined && data !== undefined && ctx.chat !== undefined && (await perform(ctx, ux, action, data));
  } catch (err) {
    // Stop the spinner with the apology (if it still spins); bot.catch logs the failure.
    await ctx.answerCallbackQuery({ text: ui(lang)('apology') }).catch((again: unknown) => ux.logger.debug({ err: again }, 'the spinner was already stopped'));
    throw err;
  }
  if (!done) await ctx.answerCallbackQuery({ text: ui(lang)('staleButton') });
}

/** Installs the callback query handler: every press is answered exactly once. */
export function installButtons(composer: Composer<Context>, ux: TelegramUx): void {
  composer.on('callback_query', (ctx) => onPress(ctx, ux));
}
