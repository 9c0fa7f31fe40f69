/**
 * The commands, with @grammyjs/commands: one CommandGroup gives the handlers
 * and the menus Telegram shows, per scope (private chats lead with /start;
 * groups with /ask) and per language (English by default, Chinese for zh
 * apps). setUpProfile registers the menus and the bot's descriptions.
 */
import { CommandGroup } from '@grammyjs/commands';
import type { Bot, CommandContext, Composer, Context } from 'grammy';
import type { Lang } from '../../src/index.js';
import { sectionTitles } from '../browsing/index.js';
import { ui, type StringKey } from '../i18n/index.js';
import { sendDeepLink } from './deeplinks.js';
import { exampleRows, keyboardOf } from './keyboards.js';
import { showList } from './browse.js';
import { replyTarget, sendChunks } from './present.js';
import { onAsk } from './questions.js';
import { escapeHtml } from './render.js';
import { withoutToken } from './redact.js';
import { setLanguage } from './language.js';
import { uiLangOf, type TelegramUx } from './ux.js';

type Handler = (ctx: CommandContext<Context>, ux: TelegramUx) => Promise<void>;

/** Sends plain UI text (escaped here), with examples as buttons when asked, as a reply in groups. */
async function say(ctx: Context, ux: TelegramUx, text: string, examplesIn?: Lang): Promise<void> {
  const keyboard = examplesIn ? keyboardOf(exampleRows(ux.answers.core().examples(examplesIn), examplesIn)) : undefined;
  await sendChunks(ctx, { chunks: [text.split('\n').map(escapeHtml).join('\n')], ...(keyboard ? { keyboard } : {}) }, replyTarget(ctx));
}

const start: Handler = async (ctx, ux) => {
  if (ctx.match.trim() && (await sendDeepLink(ctx, ux, ctx.match.trim()))) return;
  const lang = await uiLangOf(ctx, ux);
  const about = ux.answers.core().about(lang);
  await say(ctx, ux, ui(lang)('start', { title: about.title, date: about.date }), lang);
};

const help: Handler = async (ctx, ux) => {
  const lang = await uiLangOf(ctx, ux);
  const about = ux.answers.core().about(lang);
  await say(ctx, ux, ui(lang)('help', { title: about.title, date: about.date, facts: about.facts, user: ctx.me.username }), lang);
};

const list: Handler = async (ctx, ux) => showList(ctx, ux, await uiLangOf(ctx, ux), 'main', 0, 'send', replyTarget(ctx));

const about: Handler = async (ctx, ux) => {
  const lang = await uiLangOf(ctx, ux);
  await say(ctx, ux, ui(lang)('about', { ...ux.answers.core().about(lang) }));
};

const sources: Handler = async (ctx, ux) => {
  const lang = await uiLangOf(ctx, ux);
  const core = ux.answers.core();
  const sections = sectionTitles(core, lang).map((s) => `• ${s}`).join('\n');
  await say(ctx, ux, ui(lang)('sources', { ...core.about(lang), sections }));
};

const ask: Handler = async (ctx, ux) => onAsk(ctx, ux);

const lang: Handler = async (ctx, ux) => setLanguage(ctx, ux, ctx.match);

/** Each command, its handler, and the menus it is listed in. */
const COMMANDS: { name: string; handler: Handler; scopes: ('private' | 'groups')[] }[] = [
  { name: 'start', handler: start, scopes: ['private'] },
  { name: 'ask', handler: ask, scopes: ['groups'] },
  { name: 'help', handler: help, scopes: ['private', 'groups'] },
  { name: 'list', handler: list, scopes: ['private', 'groups'] },
  { name: 'sources', handler: sources, scopes: ['private', 'groups'] },
  { name: 'about', handler: about, scopes: ['private', 'groups'] },
  { name: 'lang', handler: lang, scopes: ['private', 'groups'] },
];

/** The command group: handlers and menus in both languages. */
export function commandGroup(ux: TelegramUx): CommandGroup<Context> {
  const group = new CommandGroup<Context>();
  for (const { name, handler, scopes } of COMMANDS) {
    const key = `cmd_${name}` as StringKey;
    const command = group.command(name, ui('en')(key)).localize('zh', name, ui('zh')(key));
    const run = (ctx: Context) => handler(ctx as CommandContext<Context>, ux);
    if (scopes.includes('private')) command.addToScope({ type: 'all_private_chats' }, run);
    if (scopes.includes('groups')) command.addToScope({ type: 'all_group_chats' }, run);
  }
  return group;
}

/**
 * Installs the commands. Outside their menus they still work (/start in a
 * group, /ask in a private chat), since people type what they remember.
 */
export function installCommands(composer: Composer<Context>, ux: TelegramUx, group: CommandGroup<Context>): void {
  // The group matches every command of every scope and language against each update it sees
  // (a quarter of a millisecond); only a message opening with "/" can be a command.
  composer.filter((ctx) => ctx.message?.text?.startsWith('/') === true, group);
  composer.command('start', (ctx) => start(ctx, ux));
  composer.command('ask', (ctx) => onAsk(ctx, ux));
}

/** Registers the menus per scope and language, and the bot's descriptions in both languages. Errors never carry the token. */
export async function setUpProfile(bot: Bot, group: CommandGroup<Context>, ux: TelegramUx): Promise<void> {
  await withoutToken(bot.token, async () => {
    await group.setCommands(bot);
    for (const lang of ['en', 'zh'] as const) {
      const about = ux.answers.core().about(lang);
      const t = ui(lang);
      const languageCode = lang === 'en' ? {} : { language_code: 'zh' as const };
      await bot.api.setMyDescription(t('description', { title: about.title, date: about.date }).slice(0, 512), languageCode);
      await bot.api.setMyShortDescription(t('shortDescription', { title: about.title, date: about.date }).slice(0, 120), languageCode);
    }
  });
}

