/**
 * One real core and the adapters' rendering paths around it, so a property
 * can push an answer through every platform and collect what is wrong.
 */
import pino from 'pino';
import { ANSWER_KINDS, createCore, DEFAULT_DATA_DIR, loadDataset, type Answer, type Reply } from '../../src/index.js';
import { createAnswerService } from '../../adapters/shared/answers.js';
import { createMemorySessions } from '../../adapters/shared/sessions.js';
import { privateAnswer, sharedAnswer } from '../../adapters/slack/adapter.js';
import { renderAnswer as renderSlack } from '../../adapters/slack/blocks.js';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.js';
import { createChartMaker } from '../../adapters/charts/index.js';
import { createMemoryPrefs } from '../../adapters/i18n/prefs.js';
import { renderForTelegram as renderWith } from '../../adapters/telegram/present.js';
import { createUx } from '../../adapters/telegram/ux.js';
import { slackProblems, visibleMrkdwn } from './slack-oracle.js';
import { replyProblems } from './telegram-oracle.js';
import { STATUSES, terminalProblems } from './text-oracle.js';

/** The real core over the project's data, built once for the file. */
export const core = createCore(loadDataset(DEFAULT_DATA_DIR));
/** The answer service the adapters render through (its sessions are not used here). */
export const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger: pino({ level: 'silent' }) });

const ux = createUx({ answers, logger: pino({ level: 'silent' }), charts: createChartMaker(), prefs: createMemoryPrefs() });

/** An answer as the Telegram adapter renders it, buttons in the answer's language. */
export function renderForTelegram(answer: Answer): ReturnType<typeof renderWith> {
  return renderWith(ux, answer, { uiLang: answer.lang });
}

const KINDS: readonly string[] = ANSWER_KINDS;

/** Problems with a core reply itself: its status, kind, language and terminal text. */
export function coreProblems(reply: Reply): string[] {
  const { answer } = reply;
  const problems: string[] = [];
  if (!STATUSES.includes(answer.status)) problems.push(`status ${answer.status}`);
  if (!KINDS.includes(answer.kind)) problems.push(`kind ${answer.kind}`);
  if (answer.lang !== 'zh' && answer.lang !== 'en') problems.push(`lang ${String(answer.lang)}`);
  if (typeof reply.state !== 'object' || reply.state === null) problems.push('no state');
  problems.push(...terminalProblems(answer.text).map((p) => `terminal: ${p}`));
  return problems;
}

/** The Slack user who shares an answer: the one mention the adapter itself writes. */
const SHARER = 'U0SHARER';

/**
 * Problems with an answer on every platform: Telegram's messages and keyboard,
 * and Slack's plain, private (the question above it) and shared copies. The
 * private copy's lead must show the question exactly as asked, escaped.
 */
export function platformProblems(answer: Answer, question: string): string[] {
  const problems = replyProblems(renderForTelegram(answer)).map((p) => `telegram: ${p}`);
  const slack = (label: string, found: string[]) => problems.push(...found.map((p) => `slack ${label}: ${p}`));
  slack('message', slackProblems(renderSlack(answer)));
  const mine = privateAnswer(answer, question, 'k0123456789x');
  slack('private', slackProblems(mine));
  slack('shared', slackProblems(sharedAnswer(answer, question, SHARER), [`<@${SHARER}>`]));
  const lead = (mine.blocks[0] as { elements?: { text: string }[] }).elements?.[0]?.text ?? '';
  // Cut leads end in "…"; only an uncut one can be compared whole.
  if (question && escapeMrkdwn(question).length <= 500 && visibleMrkdwn(lead) !== `› ${question.toWellFormed().replace(/\u2060/g, '')}`) {
    problems.push(`slack private: the lead does not show the question as asked: ${JSON.stringify(lead.slice(0, 200))}`);
  }
  return problems;
}
