/**
 * The commands besides /ask: /start, /help, /list, /about, in the user's
 * language (Telegram's language_code), and their registration with
 * setMyCommands in English (the default) and Chinese.
 */
import type { Bot, Composer, Context } from 'grammy';
import type { AnswerService } from '../shared/answers.js';
import { examplesKeyboard, organisationsKeyboard } from './keyboards.js';
import { replyTarget, sendChunks } from './present.js';
import { escapeHtml } from './render.js';
import { withoutToken } from './redact.js';
import { langOf, texts } from './texts.js';

/** Sends plain UI text (escaped here) with an optional keyboard, as a reply in groups. */
async function say(ctx: Context, text: string, keyboard?: ReturnType<typeof examplesKeyboard>): Promise<void> {
  const html = text.split('\n').map(escapeHtml);
  await sendChunks(ctx, { chunks: [html.join('\n')], ...(keyboard ? { keyboard } : {}) }, replyTarget(ctx));
}

/** Installs /start, /help, /list and /about. */
export function installCommands(composer: Composer<Context>, answers: AnswerService): void {
  const langFor = (ctx: Context) => langOf(ctx.from?.language_code);

  composer.command('start', async (ctx) => {
    const lang = langFor(ctx);
    const core = answers.core();
    await say(ctx, texts(lang).start(core.about(lang)), examplesKeyboard(core.examples(lang), lang, 3));
  });

  composer.command('help', async (ctx) => {
    const lang = langFor(ctx);
    const core = answers.core();
    await say(ctx, texts(lang).help(core.about(lang), ctx.me.username), examplesKeyboard(core.examples(lang), lang, 3));
  });

  composer.command('list', async (ctx) => {
    const lang = langFor(ctx);
    await say(ctx, texts(lang).listHeader, organisationsKeyboard(answers.core().organisations(lang), lang));
  });

  composer.command('about', async (ctx) => {
    const lang = langFor(ctx);
    await say(ctx, texts(lang).about(answers.core().about(lang)));
  });
}

/** Registers the command menu: English by default, Chinese for zh users. Errors never carry the token. */
export async function setCommands(bot: Bot): Promise<void> {
  await withoutToken(bot.token, async () => {
    await bot.api.setMyCommands(texts('en').commands);
    await bot.api.setMyCommands(texts('zh').commands, { language_code: 'zh' });
  });
}
