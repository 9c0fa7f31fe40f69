/**
 * Shared set-up for the Slack adapter tests: one core, the real Bolt app in
 * HTTP mode mounted on a loopback server, Slack-signed requests, payload
 * builders, and a Block Kit limits check applied to every message sent.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { ChartMaker } from '../../../adapters/charts/index.js';
import { stubCharts } from '../charts/stub.js';
import { expect } from 'vitest';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Core } from '../../../src/index.js';
import { createAnswerService, type AnswerService } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { openCuratorStore } from '../../../adapters/runtime/curator.js';
import { createSlackApp, type SlackDeps, type SlackHandle } from '../../../adapters/slack/index.js';
import type { FakeSlack, RecordedCall } from './fake-slack-api.js';

/** The signing secret the tests sign with. */
export const SECRET = 'test-signing-secret';
/** A logger that writes nothing. */
export const silent = pino({ level: 'silent' });

let shared: Core | undefined;
/** The real core, loaded once per test file. */
export function core(): Core {
  shared ??= createCore(loadDataset(DEFAULT_DATA_DIR));
  return shared;
}

/** A core whose answer throws for any question containing "boom": a listener failure on demand. */
export function failingCore(): Core {
  const real = core();
  return {
    ...real,
    answer: (question, state) => {
      if (question.includes('boom')) throw new Error('core exploded');
      return real.answer(question, state);
    },
  };
}

/** A fresh answer service (its own sessions) over a core. */
export function answersOver(over: Core = core()): AnswerService {
  return createAnswerService({ core: () => over, sessions: createMemorySessions({ ttlMs: 60_000 }), logger: silent, recorder: openCuratorStore(':memory:') });
}

/** The Slack app in HTTP mode, started, its request listener on a loopback server. */
export interface HttpApp {
  handle: SlackHandle;
  url: string;
  close(): Promise<void>;
}

/** Builds and starts the real app against the fake, and mounts it like the runtime will. */
export async function startHttpApp(fake: FakeSlack, answers: AnswerService = answersOver(), state?: SlackDeps['state'], charts: ChartMaker = stubCharts()): Promise<HttpApp> {
  const config = { botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: fake.apiUrl };
  const handle = createSlackApp({ config, answers, logger: silent, charts, ...(state ? { state } : {}) });
  await handle.start();
  const listener = handle.requestListener;
  if (!listener) throw new Error('HTTP mode must expose a request listener');
  const server: Server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    handle,
    url,
    async close() {
      await handle.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Slack's v0 request signature. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** How a test request is signed (or not). */
export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  unsigned?: boolean;
  headers?: Record<string, string>;
}

/** POSTs a body to the app the way Slack does, signed unless told otherwise. */
export async function send(url: string, body: string, type: 'form' | 'json', options: SendOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    ...options.headers,
  };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = sign(options.secret ?? SECRET, timestamp, body);
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

/** A slash command's form body. */
export function commandBody(text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C1', channel_name: 'general', user_id: 'U1',
    user_name: 'asker', command: '/figures', text, api_app_id: 'A1', response_url: responseUrl, trigger_id: 'trig', ...extra,
  }).toString();
}

/** An Events API callback body. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1_700_000_000, event });
}

/** A direct message event. */
export function dm(text: string, ts: string, channel = 'D1'): Record<string, unknown> {
  return { type: 'message', channel, channel_type: 'im', user: 'U1', text, ts, event_ts: ts, team: 'T1' };
}

/** A button press (block_actions) form body. */
export function pressBody(action: { action_id: string; value: string }, container: Record<string, unknown>, responseUrl: string): string {
  const payload = {
    type: 'block_actions', token: 'legacy', api_app_id: 'A1', trigger_id: 'trig', response_url: responseUrl, container,
    user: { id: 'U1', username: 'asker', team_id: 'T1' }, team: { id: 'T1', domain: 'test' },
    ...(typeof container.channel_id === 'string' ? { channel: { id: container.channel_id, name: 'x' } } : {}),
    actions: [{ type: 'button', block_id: 'b1', action_ts: '1700000001.000', ...action }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Everything a message says (text and blocks), as one string to search. */
export function said(call: RecordedCall | undefined): string {
  return call ? JSON.stringify({ text: call.params.text, blocks: call.params.blocks, view: call.params.view }) : '';
}

type Json = Record<string, unknown>;
/** The buttons of a message, flattened. */
export function buttons(call: RecordedCall): Json[] {
  const blocks = (call.params.blocks ?? (call.params.view as Json | undefined)?.blocks ?? []) as Json[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
}

/** Asserts Slack's Block Kit limits on one message (or Home view, which allows 100 blocks). */
export function expectWithinLimits(call: RecordedCall): void {
  const view = call.params.view as Json | undefined;
  const blocks = (view?.blocks ?? call.params.blocks ?? []) as Json[];
  expect(blocks.length).toBeLessThanOrEqual(view ? 100 : 50);
  if (typeof call.params.text === 'string') expect(call.params.text.length).toBeLessThanOrEqual(4000);
  for (const block of blocks) {
    const text = block.text as Json | undefined;
    if (text) expect(String(text.text).length).toBeGreaterThan(0);
    if (text) expect(String(text.text).length).toBeLessThanOrEqual(3000);
    const elements = (block.elements ?? []) as Json[];
    if (block.type === 'context') expect(elements.length).toBeLessThanOrEqual(10);
    if (block.type === 'actions') expect(elements.length).toBeLessThanOrEqual(25);
    for (const el of elements) {
      if (el.type === 'mrkdwn') expect(String(el.text).length).toBeLessThanOrEqual(3000);
      if (el.type === 'button') {
        expect(String((el.text as Json).text).length).toBeLessThanOrEqual(75);
        expect(String(el.value).length).toBeLessThanOrEqual(2000);
        expect(String(el.action_id).length).toBeLessThanOrEqual(255);
      }
    }
  }
}
