/**
 * What every platform adapter calls: the core, with each conversation's state
 * kept between messages, one log line per answer, every unanswered question
 * handed to the curators, and the users' votes on answers.
 */
import type { Logger } from 'pino';
import type { Answer, ChatState, Choice, Core, Lang, Reply } from '../../src/index.js';
import { normalize } from '../../src/index.js';
import type { SessionStore } from './sessions.js';
import type { CuratorRecorder, VoteInput, VoteOutcome } from './curation.js';

export type { CuratorRecorder, UnansweredEvent, VoteEvent, VoteInput, VoteOutcome } from './curation.js';

/** Where a question came from. */
export type Platform = 'telegram' | 'slack' | 'cli';

/** Thrown when the core fails on a message; the adapter apologises to the user. */
export class AnswerError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'AnswerError';
  }
}

/** Thrown when a vote cannot be stored; the adapter tells the user it was not counted. */
export class VoteError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'VoteError';
  }
}

/** The core as adapters use it. */
export interface AnswerService {
  /** Answers what a user typed in a conversation. */
  ask(input: { platform: Platform; conversation: string; text: string }): Promise<Answer>;
  /** Answers a pressed choice (clarify button, suggestion, example). */
  choose(input: { platform: Platform; conversation: string; choice: Choice; lang: Lang }): Promise<Answer>;
  /** The card of one organisation. */
  browse(input: { platform: Platform; conversation: string; orgId: string; lang: Lang }): Promise<Answer>;
  /**
   * A user's 👍/👎 on an answer: one vote per user per answer; voting again
   * the other way changes it, the same way again is a duplicate.
   * @throws VoteError when no curator store is configured or it fails.
   */
  vote(input: VoteInput): Promise<VoteOutcome>;
  /** The core in use now (it changes when the data is reloaded). */
  core(): Core;
}

/** What the answer service is built from. */
export interface AnswerServiceDeps {
  /** Returns the current core; the runtime swaps it when the data reloads. */
  core: () => Core;
  sessions: SessionStore;
  logger: Logger;
  recorder?: CuratorRecorder;
  now?: () => Date;
}

/** Builds the answer service adapters share. */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const now = deps.now ?? (() => new Date());

  async function run(platform: Platform, conversation: string, question: string, call: (core: Core, state: ChatState) => Reply): Promise<Answer> {
    const started = process.hrtime.bigint();
    const state = await deps.sessions.get(conversation);
    let reply: Reply;
    try {
      reply = call(deps.core(), state);
    } catch (err) {
      deps.logger.error({ err, platform }, 'the core failed on a message');
      throw new AnswerError('the core failed on a message', { cause: err });
    }
    await deps.sessions.set(conversation, reply.state);
    const { answer } = reply;
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    const unanswered = answer.status === 'not_found' || answer.status === 'clarify';
    const line = { platform, lang: answer.lang, status: answer.status, kind: answer.kind, latencyMs, facts: answer.facts.map((f) => f.id) };
    if (unanswered) {
      deps.logger.info({ ...line, question }, 'answer');
      await record(platform, answer, question);
    } else {
      deps.logger.info(line, 'answer');
      deps.logger.debug({ platform, question }, 'question');
    }
    return answer;
  }

  async function record(platform: Platform, answer: Answer, question: string): Promise<void> {
    if (!deps.recorder || (answer.status !== 'not_found' && answer.status !== 'clarify')) return;
    try {
      await deps.recorder.record({ platform, lang: answer.lang, status: answer.status, question: normalize(question), at: now() });
    } catch (err) {
      // The user still gets the answer; the curator loses one entry, and the log says why.
      deps.logger.warn({ err }, 'could not record an unanswered question');
    }
  }

  async function vote(input: VoteInput): Promise<VoteOutcome> {
    if (!deps.recorder) throw new VoteError('votes are not kept: no curator store is configured');
    try {
      const outcome = await deps.recorder.vote({ ...input, question: normalize(input.question), at: now() });
      deps.logger.info({ platform: input.platform, vote: input.vote, outcome, facts: input.factIds }, 'vote');
      return outcome;
    } catch (err) {
      deps.logger.error({ err, platform: input.platform }, 'could not store a vote');
      throw new VoteError('could not store a vote', { cause: err });
    }
  }

  return {
    ask: ({ platform, conversation, text }) => run(platform, conversation, text, (core, state) => core.answer(text, state)),
    choose: ({ platform, conversation, choice, lang }) => run(platform, conversation, choice.label, (core, state) => core.choose(choice, lang, state)),
    browse: ({ platform, conversation, orgId, lang }) => run(platform, conversation, orgId, (core, state) => core.browse(orgId, lang, state)),
    vote,
    core: () => deps.core(),
  };
}
