/**
 * What every Slack listener shares: the answer service, the logger, the
 * remembered private answers, the per-user rate limit, and one way to fail
 * (log it, apologise briefly).
 */
import type { Logger } from 'pino';
import type { Answer, Lang } from '../../src/index.js';
import type { AnswerService } from '../shared/answers.js';
import { renderAnswer, renderNotice, type Rendered, type RenderOptions } from './blocks.js';
import type { ArticleRef } from '../citation/index.js';
import { escapeMrkdwn, fitMrkdwn } from './mrkdwn.js';
import type { Limiter } from '../state/types.js';
import type { ShareStore } from './shares.js';
import type { ChartMaker } from '../charts/index.js';
import type { LanguagePrefs } from '../i18n/prefs.js';
import { detectLanguage } from '../../src/index.js';
import { words } from './words.js';

/** The slash command the manifest declares. */
export const COMMAND = '/figures';

/** Message options for every post: user-supplied URLs never unfurl into previews. */
export const POST_OPTIONS = { unfurl_links: false, unfurl_media: false } as const;

/** The state and services Slack listeners work with. */
export interface Adapter {
  answers: AnswerService;
  logger: Logger;
  shares: ShareStore;
  /** Questions per user (the policy Telegram uses too); button presses are not counted. */
  limiter: Limiter;
  /** Draws answers' charts, posted in threads and DMs. */
  charts: ChartMaker;
  /** Channels' UI language (`/figures lang`). */
  prefs: LanguagePrefs;
}

/** The key of a channel's language setting. */
export function langKey(team: string, channel: string): string {
  return `slack:${team}:${channel}`;
}

/** A channel's UI language: its `/figures lang` setting, else the language `text` is written in. */
export async function uiLangOf(adapter: Adapter, team: string, channel: string, text: string): Promise<Lang> {
  return (await adapter.prefs.get(langKey(team, channel))) ?? detectLanguage(text);
}

/** An answer as a message: the source line, buttons in the UI language, the question for votes. */
export function answerMessage(adapter: Adapter, answer: Answer, question: string, uiLang: Lang): Rendered {
  return renderAnswer(answer, { article: adapter.answers.core().about(answer.lang), uiLang, question });
}

/**
 * Counts a question against its asker's rate limit. Over the limit the user
 * gets one notice per time frame and the rest of the flood is dropped before
 * any Web API call, so one flooder cannot exhaust the app's Slack rate limit.
 */
export async function admitted(adapter: Adapter, asker: string, lang: Lang, notify: (message: Rendered) => Promise<unknown>): Promise<boolean> {
  const verdict = await adapter.limiter.take(asker);
  if (verdict === 'allowed') return true;
  if (verdict === 'refused-first') {
    adapter.logger.info({ asker }, 'rate limit reached, notice sent');
    await notify(renderNotice(words(lang).slowDown));
  }
  return false;
}

/**
 * Runs a listener's work. A failure is logged and the user gets a short
 * apology through `apologise`; a failed apology is logged too, never thrown,
 * so Bolt's own error path is left for errors outside the listeners.
 */
export async function guard(
  adapter: Adapter,
  what: string,
  lang: Lang,
  apologise: (message: Rendered) => Promise<unknown>,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    adapter.logger.error({ err, what }, 'Slack listener failed');
    try {
      await apologise(renderNotice(words(lang).sorry));
    } catch (again) {
      adapter.logger.error({ err: again, what }, 'could not apologise on Slack');
    }
  }
}

/** True when a private answer gets a Share button. */
function shareable(answer: Answer): boolean {
  return answer.status === 'answered' && answer.facts.length > 0;
}

/** Remembers a shareable answer for its Share button; resolves to the button's key (undefined: nothing to share). */
export async function keepForShare(adapter: Adapter, answer: Answer, question: string): Promise<string | undefined> {
  return shareable(answer) ? adapter.shares.put({ answer, question }) : undefined;
}

/**
 * A private (ephemeral) answer: the question above it, and a Share button
 * carrying `shareKey` when there is something to share. `options` gives the
 * source line's article and the buttons' language.
 */
export function privateAnswer(answer: Answer, question: string, shareKey: string | undefined, options: Pick<RenderOptions, 'article' | 'uiLang'> = {}): Rendered {
  const lead = question ? words(answer.lang).asked(fitMrkdwn(question, 500)) : undefined;
  const share = shareable(answer) && shareKey !== undefined
    ? { key: shareKey, factIds: answer.facts.map((f) => f.id), lang: answer.lang }
    : undefined;
  return renderAnswer(answer, { lead, share, question, ...options });
}

/** The private answer, remembered first so its Share button works on any replica. */
export async function keptPrivateAnswer(adapter: Adapter, answer: Answer, question: string, uiLang: Lang = answer.lang): Promise<Rendered> {
  const article = adapter.answers.core().about(answer.lang);
  return privateAnswer(answer, question, await keepForShare(adapter, answer, question), { article, uiLang });
}

/** A shared (in-channel) copy: who shared it and what was asked above it, the source line, and no buttons. */
export function sharedAnswer(answer: Answer, question: string, user: string, article?: ArticleRef): Rendered {
  // Only a real user id becomes a mention; anything else is shown as text.
  const who = /^[UW][A-Z0-9]{1,20}$/.test(user) ? `<@${user}>` : escapeMrkdwn(user);
  const lead = words(answer.lang).sharedBy(who, fitMrkdwn(question, 500));
  return renderAnswer(answer, { lead, buttons: false, ...(article ? { article } : {}) });
}
