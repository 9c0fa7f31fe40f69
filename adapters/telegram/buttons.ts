/**
 * Button presses. Every callback query is answered, whatever happens, so no
 * button keeps spinning: a fact choice answers in place of the message that
 * offered it; an example or an organisation answers in a new message, so the
 * menu it came from stays usable; a button this bot cannot read (old, from a
 * previous dataset, forged) gets a short "expired" notice.
 */
import type { Composer, Context } from 'grammy';
import type { Answer, Choice } from '../../src/index.js';
import type { AnswerService } from '../shared/answers.js';
import { decodeCallback, type CallbackAction } from './callbacks.js';
import { editInPlace, renderForTelegram, sendChunks } from './present.js';
import { conversationOf } from './questions.js';
import { langOf, texts } from './texts.js';

/** The text of the pressed button, as the choice's label (the log and the core want one). */
function pressedLabel(ctx: Context, data: string): string | undefined {
  const rows = ctx.callbackQuery?.message && 'reply_markup' in ctx.callbackQuery.message ? ctx.callbackQuery.message.reply_markup?.inline_keyboard : undefined;
  for (const button of (rows ?? []).flat()) {
    if ('callback_data' in button && button.callback_data === data) return button.text;
  }
  return undefined;
}

/** The answer an action asks for, or undefined when the action names nothing the data has. */
async function answerFor(ctx: Context, answers: AnswerService, action: CallbackAction, data: string): Promise<Answer | undefined> {
  const core = answers.core();
  const base = { platform: 'telegram' as const, conversation: conversationOf(ctx.chat!.id), lang: action.lang };
  switch (action.kind) {
    case 'facts': {
      if (!action.factIds.every((id) => core.hasFact(id))) return undefined;
      const choice: Choice = { label: pressedLabel(ctx, data) ?? action.factIds.join(','), factIds: action.factIds };
      return answers.choose({ ...base, choice });
    }
    case 'example': {
      const label = core.examples(action.lang)[action.index];
      return label === undefined ? undefined : answers.choose({ ...base, choice: { label, factIds: [] } });
    }
    case 'org':
      if (!core.organisations(action.lang).some((o) => o.id === action.orgId)) return undefined;
      return answers.browse({ ...base, orgId: action.orgId });
  }
}

async function onPress(ctx: Context, answers: AnswerService): Promise<void> {
  const data = ctx.callbackQuery?.data;
  const action = decodeCallback(data);
  const lang = langOf(ctx.from?.language_code);
  let answer: Answer | undefined;
  try {
    // A press on an inline message has no chat to answer in; treat it as stale.
    answer = action && data && ctx.chat ? await answerFor(ctx, answers, action, data) : undefined;
  } catch (err) {
    // Stop the spinner with the apology; bot.catch logs the failure.
    await ctx.answerCallbackQuery({ text: texts(lang).apology });
    throw err;
  }
  if (!action || !answer) {
    await ctx.answerCallbackQuery({ text: texts(lang).staleButton });
    return;
  }
  // Stop the spinner before sending: a long answer takes several requests.
  await ctx.answerCallbackQuery();
  const rendered = renderForTelegram(answers, answer);
  if (action.kind === 'facts') await editInPlace(ctx, rendered);
  else await sendChunks(ctx, rendered);
}

/** Installs the callback query handler: every press is answered exactly once. */
export function installButtons(composer: Composer<Context>, answers: AnswerService): void {
  composer.on('callback_query', (ctx) => onPress(ctx, answers));
}
