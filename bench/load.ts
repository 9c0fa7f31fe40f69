/**
 * The load side of the end-to-end bench: the fake Telegram Bot API with its
 * queued updates, the fake Slack Web API, and the client that sends Slack
 * signed requests. It runs either in the bot's own thread or in a worker
 * thread (bench/load-worker.ts), so the bot can be measured without the
 * fakes' and the client's CPU on its event loop — as in production, where
 * Telegram and Slack are other machines.
 *
 * Times are absolute (performance.timeOrigin + performance.now()) so that a
 * worker's times compare with the main thread's.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { Update } from 'grammy/types';
import { FakeBotApi } from '../tests/adapters/telegram/fake-bot-api.js';
import { BOT_INFO } from '../tests/adapters/telegram/helpers.js';
import { startFakeSlack, type FakeSlack } from '../tests/adapters/slack/fake-slack-api.js';

/** Real questions about the article, Chinese and English, and a follow-up. */
export const QUESTIONS = [
  '汉口银行服务了多少家科技企业？',
  '江城基金完成了多少投资？',
  'How many tech firms has Hankou Bank served?',
  '武汉都市圈高质量发展基金规模多大？',
  '湖北基石中小企业发展基金有多少亿？',
  'How big is the Wuhan metropolitan area fund?',
  '中科院母基金截至2024年底投了几只子基金？',
  '那汉口银行呢？',
];

/** The signing secret the Slack app under test is given. */
export const SLACK_SECRET = '0be4c0de0123456789abcdef01234567';

/** A high-resolution time comparable across threads, in ms. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `done` every 2 ms until it holds or the deadline (absolute, see now()) passes; true if it held. */
export async function until(done: () => boolean, deadline: number): Promise<boolean> {
  while (!done()) {
    if (now() > deadline) return false;
    await sleep(2);
  }
  return true;
}

/** Counts matching entries as they are appended to a fake's call log, scanning each entry once. */
function counter<T>(calls: T[], match: (c: T) => boolean): () => number {
  let seen = 0;
  let count = 0;
  return () => {
    // The fakes only ever append (nothing here resets them).
    for (; seen < calls.length; seen++) if (match(calls[seen]!)) count++;
    return count;
  };
}

/** Everything the load side does, the same whether in this thread or in a worker. */
export interface LoadSide {
  /** Starts the fake Bot API; returns its apiRoot. */
  telegramStart(): Promise<string>;
  /** Queues `n` private-chat questions round-robin over `chats` chats from chat id `firstChat`. */
  telegramQueue(n: number, chats: number, firstChat: number): Promise<void>;
  /** How many sendMessage and getUpdates calls the fake has received. */
  telegramCounts(): Promise<{ sendMessage: number; getUpdates: number }>;
  /** Resolves when the fake has received `target` sendMessage calls: the time it did, or null at the deadline. */
  telegramSentBy(target: number, deadline: number): Promise<number | null>;
  telegramStop(): Promise<void>;
  /** Starts the fake Slack; returns its Web API URL. */
  slackStart(): Promise<string>;
  /** Sends `n` signed DM events to `url` over `channels` DMs from D<firstChannel>, at most `concurrency` in flight, until the deadline. */
  slackLoad(url: string, n: number, concurrency: number, channels: number, deadline: number, firstChannel?: number): Promise<{ ok: number; failed: number; start: number; end: number }>;
  /** How many chat.postMessage calls the fake has answered 200. */
  slackPosted(): Promise<number>;
  /** Resolves when the fake has answered `target` chat.postMessage calls: the time it did, or null at the deadline. */
  slackPostedBy(target: number, deadline: number): Promise<number | null>;
  slackStop(): Promise<void>;
}

// --- Telegram -------------------------------------------------------------

let updateId = 1;
let messageId = 1;

function privateText(chatId: number, text: string): Update {
  const english = /^[A-Za-z]/.test(text);
  const from = { id: chatId, is_bot: false as const, first_name: 'Ann', language_code: english ? 'en' : 'zh-hans' };
  return {
    update_id: updateId++,
    message: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private', first_name: 'Ann' }, from, text },
  } as Update;
}

// --- Slack ----------------------------------------------------------------

let eventSeq = 0;
/** Event ids stay unique across load sides (each worker starts counting afresh) on one shared state. */
const RUN = Math.random().toString(36).slice(2, 8);

function eventBody(eventId: string, channel: string, text: string, ts: string): string {
  const event = { type: 'message', channel, channel_type: 'im', user: `U${channel.slice(1)}`, text, ts, event_ts: ts, team: 'T1' };
  return JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event });
}

/** One signed POST of a fresh DM event (a distinct event_id each); resolves with the HTTP status. */
function postEvent(url: URL, agent: Agent, channel: string, text: string): Promise<number> {
  const seq = ++eventSeq;
  const body = eventBody(`Ev${RUN}-${seq}`, channel, text, `1700000000.${String(seq).padStart(6, '0')}`);
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: 10_000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

// --- The load side in this thread -----------------------------------------

/** The load side running in the calling thread. */
export function localLoadSide(): LoadSide {
  let telegram: FakeBotApi | undefined;
  let sendMessages = () => 0;
  let getUpdates = () => 0;
  let slack: FakeSlack | undefined;
  let posted = () => 0;
  return {
    async telegramStart() {
      telegram = await FakeBotApi.start(BOT_INFO);
      sendMessages = counter(telegram.calls, (c) => c.method === 'sendMessage');
      getUpdates = counter(telegram.calls, (c) => c.method === 'getUpdates');
      return telegram.apiRoot;
    },
    async telegramQueue(n, chats, firstChat) {
      for (let i = 0; i < n; i++) telegram!.pushUpdate(privateText(firstChat + (i % chats), QUESTIONS[i % QUESTIONS.length]!));
    },
    async telegramCounts() {
      return { sendMessage: sendMessages(), getUpdates: getUpdates() };
    },
    async telegramSentBy(target, deadline) {
      return (await until(() => sendMessages() >= target, deadline)) ? now() : null;
    },
    async telegramStop() {
      await telegram?.close();
      telegram = undefined;
    },
    async slackStart() {
      slack = await startFakeSlack();
      posted = counter(slack.calls, (c) => c.method === 'chat.postMessage' && c.status === 200);
      return slack.apiUrl;
    },
    async slackLoad(url, n, concurrency, channels, deadline, firstChannel = 1000) {
      const target = new URL(url);
      const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
      let next = 0;
      let ok = 0;
      let failed = 0;
      const lane = async () => {
        while (next < n && now() < deadline) {
          const i = next++;
          try {
            if ((await postEvent(target, agent, `D${firstChannel + (i % channels)}`, QUESTIONS[i % QUESTIONS.length]!)) === 200) ok++;
            else failed++;
          } catch {
            failed++;
          }
        }
      };
      const start = now();
      try {
        await Promise.all(Array.from({ length: concurrency }, lane));
      } finally {
        agent.destroy();
      }
      return { ok, failed, start, end: now() };
    },
    async slackPosted() {
      return posted();
    },
    async slackPostedBy(target, deadline) {
      return (await until(() => posted() >= target, deadline)) ? now() : null;
    },
    async slackStop() {
      await slack?.close();
      slack = undefined;
    },
  };
}
