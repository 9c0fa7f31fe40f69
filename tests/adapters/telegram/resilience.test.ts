/**
 * Running for real: flood waits and server errors retried, the per-user rate
 * limit, the webhook's secret check over real HTTP, and long polling that
 * stops only after the answers in flight are sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from 'grammy';
import { loggableError, registerWebhook, startPolling, telegramWebhookHandler } from '../../../adapters/telegram/index.js';
import { withoutToken } from '../../../adapters/telegram/redact.js';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, botMessage, callbackUpdate, makeBot, privateChat, sentTexts, silentLogger, textUpdate, TOKEN, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const question = '汉口银行服务了多少家科技企业？';

/** Waits until `check` holds, polling; fails after a generous bound instead of hanging. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never happened: ${what}`);
}

describe('retries', () => {
  it('retries a 429 flood wait and the answer still arrives', async () => {
    const bot = makeBot(api);
    api.failNext('sendMessage', { status: 429, retryAfter: 1 });
    await bot.handleUpdate(textUpdate(question));
    const calls = api.callsOf('sendMessage');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(String(calls[1]!.params.text)).toContain('<b>超9500家</b>');
  });

  it('retries a 500 from the Bot API', async () => {
    const bot = makeBot(api);
    api.failNext('sendMessage', { status: 500 });
    await bot.handleUpdate(textUpdate(question));
    expect(api.callsOf('sendMessage').map((c) => c.status)).toEqual([500, 200]);
  });
});

describe('rate limit', () => {
  it('drops a flood after one polite notice; button presses are not counted and still answered', async () => {
    const bot = makeBot(api, { rateLimit: { timeFrameMs: 60_000, limit: 2 } });
    const flooder = user(4001, 'en');
    const chat = privateChat(4001);
    for (let i = 0; i < 6; i++) await bot.handleUpdate(textUpdate(question, { chat, from: flooder }));
    const texts = sentTexts(api);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('<b>超9500家</b>');
    expect(texts[1]).toContain('<b>超9500家</b>');
    expect(texts[2]).toMatch(/wait a moment/);

    api.reset();
    await bot.handleUpdate(callbackUpdate('x:en:0', botMessage(chat, 'start'), flooder));
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(sentTexts(api)).toHaveLength(1);
    api.reset();

    // Someone else is not affected.
    await bot.handleUpdate(textUpdate(question, { chat: privateChat(4002), from: user(4002) }));
    expect(sentTexts(api)).toHaveLength(1);
  });
});

describe('webhook', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const bot = makeBot(api);
    const handler = telegramWebhookHandler(bot, 'right-secret_123');
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function post(body: string, secret?: string): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(secret === undefined ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret }) },
      body,
    });
  }

  it('refuses a wrong or missing secret with 401 and does not handle the update', async () => {
    const body = JSON.stringify(textUpdate(question));
    expect((await post(body, 'wrong-secret')).status).toBe(401);
    expect((await post(body)).status).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it('handles the update with the right secret and answers 200 once the reply is sent', async () => {
    const response = await post(JSON.stringify(textUpdate(question)), 'right-secret_123');
    expect(response.status).toBe(200);
    expect(sentTexts(api)).toHaveLength(1);
    expect(sentTexts(api)[0]).toContain('<b>超9500家</b>');
  });

  it('answers 400 to a body that is not JSON and 405 to a GET', async () => {
    expect((await post('{not json', 'right-secret_123')).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
    expect(api.calls).toEqual([]);
  });

  it('registers the webhook with its secret and update types', async () => {
    await registerWebhook(makeBot(api), 'https://bot.example.org/telegram', 'right-secret_123');
    const [call] = api.callsOf('setWebhook');
    expect(call!.params).toMatchObject({
      url: 'https://bot.example.org/telegram',
      secret_token: 'right-secret_123',
      allowed_updates: ['message', 'callback_query', 'inline_query', 'my_chat_member'],
    });
  });
});

describe('long polling', () => {
  it('answers polled updates and stops only after the answer in flight is sent', async () => {
    const bot = makeBot(api);
    api.pushUpdate(textUpdate(question));
    const polling = await startPolling(bot, silentLogger);
    try {
      await until(() => api.callsOf('sendMessage').some((c) => c.responded), 'the first answer');
      expect(api.callsOf('deleteWebhook')).toHaveLength(1);
      expect(api.callsOf('getUpdates')[0]!.params.allowed_updates).toEqual(['message', 'callback_query', 'inline_query', 'my_chat_member']);

      // The next answer is held by the fake; stop() must wait for it.
      api.delayNext('sendMessage', 400);
      api.pushUpdate(textUpdate('How many tech firms has Hankou Bank served?', { chat: privateChat(778), from: user(778, 'en') }));
      await until(() => api.callsOf('sendMessage').length === 2, 'the second answer to start');
      const second = api.callsOf('sendMessage')[1]!;
      expect(second.responded).toBe(false);
      await polling.stop();
      expect(second.responded).toBe(true);
      expect(String(second.params.text)).toContain('more than 9,500');
    } finally {
      await polling.stop();
    }
  });
});

describe('token hygiene', () => {
  it('keeps the token out of logged and rethrown network errors', async () => {
    // A port that was just free: connecting to it is refused, on loopback only.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const plain = new Bot(TOKEN, { client: { apiRoot: `http://127.0.0.1:${port}` }, botInfo: BOT_INFO });

    const err = (await plain.api.getMe().catch((e: unknown) => e)) as Error & { error: Error };
    // grammY keeps the fetch error, whose message holds the URL with the token.
    expect(err.error.message).toContain(TOKEN);
    const logged = JSON.stringify(loggableError(err, TOKEN));
    expect(logged).not.toContain(TOKEN);
    expect(logged).toContain('ECONNREFUSED');

    const rethrown = (await withoutToken(TOKEN, () => plain.api.getMe()).catch((e: unknown) => e)) as Error;
    expect(`${rethrown.message} ${rethrown.stack}`).not.toContain(TOKEN);
    expect(rethrown.message).toContain('getMe');
  });
});
