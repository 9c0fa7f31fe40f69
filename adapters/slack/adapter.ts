/**
 * What every Slack listener shares: the answer service, the logger, the
 * remembered private answers, and one way to fail (log it, apologise briefly).
 */
import type { Logger } from 'pino';
import type { Answer, Lang } from '../../src/index.js';
import type { AnswerService } from '../shared/answers.js';
import { renderAnswer, renderNotice, type Rendered } from './blocks.js';
import { escapeMrkdwn, fitMrkdwn } from './mrkdwn.js';
import type { ShareStore } from './shares.js';
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

/** A private (ephemeral) answer: the question above it, and a Share button when there is something to share. */
export function privateAnswer(adapter: Adapter, answer: Answer, question: string): Rendered {
  const lead = question ? words(answer.lang).asked(fitMrkdwn(question, 500)) : undefined;
  const shareable = answer.status === 'answered' && answer.facts.length > 0;
  const share = shareable
    ? { key: adapter.shares.put({ answer, question }), factIds: answer.facts.map((f) => f.id), lang: answer.lang }
    : undefined;
  return renderAnswer(answer, { lead, share });
}

/** A shared (in-channel) copy: who shared it and what was asked above it, and no buttons. */
export function sharedAnswer(answer: Answer, question: string, user: string): Rendered {
  // Only a real user id becomes a mention; anything else is shown as text.
  const who = /^[UW][A-Z0-9]{1,20}$/.test(user) ? `<@${user}>` : escapeMrkdwn(user);
  const lead = words(answer.lang).sharedBy(who, fitMrkdwn(question, 500));
  return renderAnswer(answer, { lead, buttons: false });
}
