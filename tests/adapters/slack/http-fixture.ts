/**
 * Per-test set-up of the HTTP-mode tests: a fresh fake Slack and a fresh
 * started app for every test, and after each test a check that every message
 * the app sent kept to Slack's limits.
 */
import { afterEach, beforeEach } from 'vitest';
import type { AnswerService } from '../../../adapters/shared/answers.js';
import { startFakeSlack, waitFor, type FakeSlack, type RecordedCall } from './fake-slack-api.js';
import { expectWithinLimits, startHttpApp, type HttpApp } from './helpers.js';

/** The running fake and app of the current test. */
export interface HttpFixture {
  fake: FakeSlack;
  slack: HttpApp;
  /** Replaces the app with one over other answers (e.g. a failing core). */
  restart(answers: AnswerService): Promise<void>;
  /** The calls to one response_url so far. */
  responses(id: string): RecordedCall[];
  /** Waits for the first call to a response_url. */
  firstResponse(id: string, what: string): Promise<RecordedCall>;
  /** Waits for the n-th (0-based) successful chat.postMessage. */
  post(n: number, what: string): Promise<RecordedCall>;
}

/** Registers the hooks; read the fixture's fields inside tests only. */
export function useHttpApp(): HttpFixture {
  const fixture = {} as HttpFixture;
  fixture.responses = (id) => fixture.fake.calls.filter((c) => c.method === 'response_url' && c.id === id);
  fixture.firstResponse = (id, what) => waitFor(() => fixture.responses(id)[0], what);
  fixture.post = (n, what) => waitFor(() => fixture.fake.ok('chat.postMessage')[n], what);
  fixture.restart = async (answers) => {
    await fixture.slack.close();
    fixture.slack = await startHttpApp(fixture.fake, answers);
  };
  beforeEach(async () => {
    fixture.fake = await startFakeSlack();
    fixture.slack = await startHttpApp(fixture.fake);
  });
  afterEach(async () => {
    await fixture.slack.close();
    for (const call of fixture.fake.calls.filter((c) => c.status === 200)) expectWithinLimits(call);
    await fixture.fake.close();
  });
  return fixture;
}
