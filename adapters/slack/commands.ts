/**
 * `/figures question`: acknowledged at once, answered privately through the
 * command's response_url with a Share button. And what Telegram's commands
 * do: `/figures help` (or nothing) how to ask, `list` the organisations as
 * buttons, `about` the dataset, `sources` the article and its sections,
 * `lang zh|en` the channel's UI language.
 */
import type { App, RespondFn } from '@slack/bolt';
import type { Lang } from '../../src/index.js';
import { sectionTitles } from '../browsing/index.js';
import { parseLang, ui } from '../i18n/index.js';
import { admitted, COMMAND, guard, keptPrivateAnswer, langKey, POST_OPTIONS, uiLangOf, type Adapter } from './adapter.js';
import { fallback, renderNotice, type Rendered } from './blocks.js';
import { askerKey, privateKey } from './conversation.js';
import { organisationBlocks, renderUsage } from './home.js';
import { fromSlackText } from './mrkdwn.js';

/** The subcommands, by the words that ask for them. */
const SUBCOMMANDS: [RegExp, Subcommand][] = [
  [/^(help|usage|\?|？|帮助|幫助|用法)$/i, 'help'],
  [/^(list|orgs|organisations|organizations|列表|机构|機構)$/i, 'list'],
  [/^(about|关于|關於)$/i, 'about'],
  [/^(sources?|出处|出處|来源|來源)$/i, 'sources'],
  [/^(lang|language|语言|語言)(\s+\S+)?$/i, 'lang'],
];

type Subcommand = 'help' | 'list' | 'about' | 'sources' | 'lang';

/** Which subcommand a command's text is, or null for a question. */
export function subcommandOf(text: string): Subcommand | null {
  if (text.length === 0) return 'help';
  return SUBCOMMANDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

interface Invocation {
  adapter: Adapter;
  text: string;
  team: string;
  channel: string;
  lang: Lang;
}

/** The reply to a subcommand (lang also stores the setting). */
async function subcommandReply(which: Subcommand, { adapter, text, team, channel, lang }: Invocation): Promise<Rendered> {
  const core = adapter.answers.core();
  const t = ui(lang);
  switch (which) {
    case 'help':
      return renderUsage(core, COMMAND);
    case 'list':
      return { text: fallback(t('listHeader')), blocks: [...renderNotice(t('listHeader')).blocks, ...organisationBlocks(core, lang)] };
    case 'about':
      return renderNotice(t('about', { ...core.about(lang) }));
    case 'sources': {
      const sections = sectionTitles(core, lang).map((s) => `• ${s}`).join('\n');
      return renderNotice(t('sources', { ...core.about(lang), sections }));
    }
    case 'lang': {
      const chosen = parseLang(text.split(/\s+/)[1]);
      if (!chosen) return renderNotice(t('langUsage', { current: t('langName') }).replace(/\/lang/g, `${COMMAND} lang`));
      await adapter.prefs.set(langKey(team, channel), chosen);
      return renderNotice(ui(chosen)('langSet'));
    }
  }
}

async function answerQuestion(invocation: Invocation, user: string, respond: RespondFn, apologise: (m: object) => Promise<unknown>): Promise<void> {
  const { adapter, text, team, channel, lang } = invocation;
  if (!(await admitted(adapter, askerKey(team, user), lang, apologise))) return;
  const answer = await adapter.answers.ask({ platform: 'slack', conversation: privateKey(team, channel, user), text });
  await respond({ response_type: 'ephemeral', ...POST_OPTIONS, ...(await keptPrivateAnswer(adapter, answer, text, lang)) });
}

/** Registers the slash command listener. */
export function registerCommand(app: App, adapter: Adapter): void {
  app.command(COMMAND, async ({ command, ack, respond, context }) => {
    // Slack waits 3 seconds for the ack; the answer follows through response_url.
    await ack();
    const text = fromSlackText(command.text ?? '').trim();
    const team = context.teamId ?? command.team_id;
    const lang = await uiLangOf(adapter, team, command.channel_id, text);
    const invocation: Invocation = { adapter, text, team, channel: command.channel_id, lang };
    const apologise = (message: object) => respond({ response_type: 'ephemeral', ...message });
    await guard(adapter, 'slash command', lang, apologise, async () => {
      const which = subcommandOf(text);
      if (which) {
        await respond({ response_type: 'ephemeral', ...POST_OPTIONS, ...(await subcommandReply(which, invocation)) });
        return;
      }
      await answerQuestion(invocation, command.user_id, respond, apologise);
    });
  });
}
