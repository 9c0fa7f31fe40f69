/**
 * What every platform adapter calls: the core, with each conversation's state
 * kept between messages, one log line per answer, and every unanswered
 * question handed to the curator's recorder.
 */
import type { Logger } from 'pino';
import type { Answer, Choice, Core, Lang, Reply } from '../../src/index.js';
import { normalize } from '../../src/index.js';
import type { SessionStore } from './sessions.js';

/** Where a question came from. */
export type Platform = 'telegram' | 'slack' | 'cli';

/** A question the bot could not answer outright, for the curators. */
export interface UnansweredEvent {
  platform: Platform;
  lang: Lang;
  status: 'not_found' | 'clarify';
  /** The question as the bot normalised it (simplified, lower case). */
  question: string;
  at: Date;
}

/** Keeps unanswered questions for the curators (see `npm run report`). */
export interface UnansweredRecorder {
  record(event: UnansweredEvent): void;
}

/** Thrown when the core fails on a message; the adapter apologises to the user. */
export class AnswerError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'AnswerError';
  }
}

/** The core as adapters use it. */
export interface AnswerService {
  /** Answers what a user typed in a conversation. */
  ask(input: { platform: Platform; conversation: string; text: string }): Answer;
  /** Answers a pressed choice (clarify button, suggestion, example). */
  choose(input: { platform: Platform; conversation: string; choice: Choice; lang: Lang }): Answer;
  /** The card of one organisation. */
  browse(input: { platform: Platform; conversation: string; orgId: string; lang: Lang }): Answer;
  /** The core in use now (it changes when the data is reloaded). */
  core(): Core;
}

/** What the answer service is built from. */
export interface AnswerServiceDeps {
  /** Returns the current core; the runtime swaps it when the data reloads. */
  core: () => Core;
  sessions: SessionStore;
  logger: Logger;
  recorder?: UnansweredRecorder;
  now?: () => Date;
}

/** Builds the answer service adapters share. */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const now = deps.now ?? (() => new Date());

  function run(platform: Platform, conversation: string, question: string, call: (core: Core) => Reply): Answer {
    const started = process.hrtime.bigint();
    let reply: Reply;
    try {
      reply = call(deps.core());
    } catch (err) {
      deps.logger.error({ err, platform }, 'the core failed on a message');
      throw new AnswerError('the core failed on a message', { cause: err });
    }
    deps.sessions.set(conversation, reply.state);
    const { answer } = reply;
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    const unanswered = answer.status === 'not_found' || answer.status === 'clarify';
    const line = { platform, lang: answer.lang, status: answer.status, kind: answer.kind, latencyMs, facts: answer.facts.map((f) => f.id) };
    if (unanswered) {
      deps.logger.info({ ...line, question }, 'answer');
      record(platform, answer, question);
    } else {
      deps.logger.info(line, 'answer');
      deps.logger.debug({ platform, question }, 'question');
    }
    return answer;
  }

  function record(platform: Platform, answer: Answer, question: string): void {
    if (!deps.recorder || (answer.status !== 'not_found' && answer.status !== 'clarify')) return;
    try {
      deps.recorder.record({ platform, lang: answer.lang, status: answer.status, question: normalize(question), at: now() });
    } catch (err) {
      // The user still gets the answer; the curator loses one entry, and the log says why.
      deps.logger.warn({ err }, 'could not record an unanswered question');
    }
  }

  return {
    ask: ({ platform, conversation, text }) =>
      run(platform, conversation, text, (core) => core.answer(text, deps.sessions.get(conversation))),
    choose: ({ platform, conversation, choice, lang }) =>
      run(platform, conversation, choice.label, (core) => core.choose(choice, lang, deps.sessions.get(conversation))),
    browse: ({ platform, conversation, orgId, lang }) =>
      run(platform, conversation, orgId, (core) => core.browse(orgId, lang, deps.sessions.get(conversation))),
    core: () => deps.core(),
  };
}
