/**
 * Groups and supergroups: the bot stays silent unless addressed (a mention, a
 * reply to one of its messages, /ask or /ask@botname), and then answers as a
 * reply to the asking message.
 */
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, botMessage, groupChat, makeBot, textUpdate, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const group = groupChat(-100777);
const question = '汉口银行服务了多少家科技企业？';

/** Handles an update and returns the single reply, checking it quotes the asking message. */
async function expectReplyTo(update: Update): Promise<string> {
  const bot = makeBot(api);
  await bot.handleUpdate(update);
  const calls = api.callsOf('sendMessage');
  expect(calls).toHaveLength(1);
  const { params, status } = calls[0]!;
  expect(status).toBe(200);
  expect(params.chat_id).toBe(group.id);
  expect(params.reply_parameters).toMatchObject({ message_id: update.message!.message_id });
  return String(params.text);
}

async function expectSilence(update: Update): Promise<void> {
  const bot = makeBot(api);
  await bot.handleUpdate(update);
  expect(api.calls).toEqual([]);
}

describe('groups', () => {
  it('stays silent when not addressed', async () => {
    await expectSilence(textUpdate(question, { chat: group }));
  });

  it('stays silent for a mention of another bot or a reply to someone else', async () => {
    await expectSilence(textUpdate(`@other_helper_bot ${question}`, { chat: group }));
    const human = { ...botMessage(group, '我觉得是九千多家'), from: user(555) };
    await expectSilence(textUpdate(question, { chat: group, replyTo: human }));
  });

  it('answers a mention of the bot, taking the mention out of the question', async () => {
    const text = await expectReplyTo(textUpdate(`@${BOT_INFO.username} ${question}`, { chat: group }));
    expect(text).toContain('<b>超9500家</b>');
  });

  it('answers a mention whatever its letter case, in the middle of the message', async () => {
    const text = await expectReplyTo(textUpdate(`请问 @${BOT_INFO.username.toUpperCase()} ${question}`, { chat: group }));
    expect(text).toContain('<b>超9500家</b>');
  });

  it('answers a reply to one of its messages', async () => {
    const earlier = botMessage(group, '汉口银行 · 服务科技企业数：超9500家');
    const text = await expectReplyTo(textUpdate(question, { chat: group, replyTo: earlier }));
    expect(text).toContain('<blockquote>服务科技企业超9500家</blockquote>');
  });

  it('answers /ask question', async () => {
    const text = await expectReplyTo(textUpdate(`/ask ${question}`, { chat: group }));
    expect(text).toContain('<b>超9500家</b>');
  });

  it('answers /ask@botname question', async () => {
    const text = await expectReplyTo(textUpdate(`/ask@${BOT_INFO.username} ${question}`, { chat: group }));
    expect(text).toContain('<b>超9500家</b>');
  });

  it('ignores /ask@otherbot', async () => {
    await expectSilence(textUpdate(`/ask@other_helper_bot ${question}`, { chat: group }));
  });

  it('explains /ask with nothing after it, with example buttons', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate('/ask', { chat: group, from: user(777, 'en') }));
    const [call] = api.callsOf('sendMessage');
    expect(String(call!.params.text)).toContain('Usage: /ask');
    expect(JSON.stringify(call!.params.reply_markup)).toContain('x:en:0');
  });

  it('keeps follow-ups per group chat, across members', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate(`/ask ${question}`, { chat: group, from: user(1) }));
    await bot.handleUpdate(textUpdate('/ask 那武汉农商行呢？', { chat: group, from: user(2) }));
    const texts = api.callsOf('sendMessage').map((c) => String(c.params.text));
    expect(texts[1]!.split('\n')[0]).toBe('<b>超7000户</b> 武汉农商行 · 服务企业数（累计，截至2024年末）');
  });

  it('does not count group chatter against a member’s rate limit', async () => {
    const bot = makeBot(api, { rateLimit: { timeFrameMs: 60_000, limit: 1 } });
    const member = user(31, 'en');
    for (let i = 0; i < 5; i++) await bot.handleUpdate(textUpdate(`chatting ${i}`, { chat: group, from: member }));
    expect(api.calls).toEqual([]);
    await bot.handleUpdate(textUpdate(`/ask ${question}`, { chat: group, from: member }));
    const texts = api.callsOf('sendMessage').map((c) => String(c.params.text));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('<b>超9500家</b>');
  });
});
