/**
 * Inline keyboards and button presses: a clarify answer offers its readings
 * as buttons, a press answers in place, every callback query is answered
 * (also for stale or unknown data), and no callback_data exceeds 64 bytes.
 */
import { readFileSync } from 'node:fs';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeCallback } from '../../../adapters/telegram/callbacks.js';
import { FakeBotApi } from './fake-bot-api.js';
import { allCallbackData, BOT_INFO, botMessage, callbackUpdate, makeBot, privateChat, realCore, textUpdate, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const chat = privateChat(777);

/** Asks a question and returns the sent message as Telegram would deliver it back in a callback. */
async function askForButtons(bot: ReturnType<typeof makeBot>, question: string) {
  await bot.handleUpdate(textUpdate(question, { chat }));
  const call = api.callsOf('sendMessage').at(-1)!;
  const markup = call.params.reply_markup as InlineKeyboardMarkup;
  const message = botMessage(chat, String(call.params.text), 5000 + api.calls.length, markup);
  api.reset();
  return { markup, message };
}

function callbackData(markup: InlineKeyboardMarkup): string[] {
  return markup.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));
}

describe('buttons', () => {
  it('shows a clarify answer’s readings as buttons; a press answers in place', async () => {
    const bot = makeBot(api);
    const { markup, message } = await askForButtons(bot, '子基金');
    expect(message.text).toContain('这个问题有几种理解');
    const data = callbackData(markup);
    expect(data).toEqual(['f:zh:touzi.cas_subfunds_count', 'f:zh:touzi.cas_subfunds_size', 'f:zh:touzi.cas_subfund_projects']);

    await bot.handleUpdate(callbackUpdate(data[0]!, message));
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    const edits = api.callsOf('editMessageText');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.params).toMatchObject({ chat_id: chat.id, message_id: message.message_id, parse_mode: 'HTML' });
    expect(String(edits[0]!.params.text)).toContain('<blockquote>');
    expect(String(edits[0]!.params.text)).toContain('子基金数量');
    // The readings are gone once one is chosen: only 👍, 👎 and cite remain.
    const left = (edits[0]!.params.reply_markup as InlineKeyboardMarkup).inline_keyboard;
    expect(left.map((row) => row.map((b) => b.text))).toEqual([['👍', '👎', '引用']]);
    expect(api.callsOf('sendMessage')).toHaveLength(0);
  });

  it('answers the callback query of a stale or unknown button, with a notice and nothing else', async () => {
    const bot = makeBot(api);
    const message = botMessage(chat, 'old');
    for (const data of ['f:zh:no.such_fact', 'x:zh:99', 'o:en:nowhere', 'garbage', 'f:zh:<b>x</b>']) {
      api.reset();
      await bot.handleUpdate(callbackUpdate(data, message));
      const answered = api.callsOf('answerCallbackQuery');
      expect(answered, data).toHaveLength(1);
      expect(String(answered[0]!.params.text)).toContain('按钮已失效');
      expect(api.calls, data).toHaveLength(1);
    }
  });

  it('sends a new message when the pressed message can no longer be edited', async () => {
    const bot = makeBot(api);
    const { markup, message } = await askForButtons(bot, '子基金');
    api.failNext('editMessageText', { status: 400, description: "message can't be edited" });
    await bot.handleUpdate(callbackUpdate(callbackData(markup)[1]!, message));
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(1);
    const sent = api.callsOf('sendMessage');
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.params.text)).toContain('子基金总规模');
  });

  it('answers an example button and an organisation button in a new message', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(callbackUpdate('x:en:0', botMessage(chat, 'start'), user(777, 'en')));
    await bot.handleUpdate(callbackUpdate('o:zh:hankou_bank', botMessage(chat, 'list')));
    expect(api.callsOf('answerCallbackQuery')).toHaveLength(2);
    // The organisation card comes with its chart (figures of one unit) as a photo.
    const [example, org] = api.callsOf('sendMessage').map((c) => String(c.params.text));
    expect(example).toContain('<b>超9500家</b> (more than 9,500) Hankou Bank');
    expect(org).toContain('汉口银行：文中有');
  });

  it('offers the nearby figures of a not-found answer as buttons', async () => {
    const bot = makeBot(api);
    const { markup, message } = await askForButtons(bot, '汉口银行2023年净利润');
    expect(message.text).toContain('文中没有给出');
    const data = callbackData(markup);
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.startsWith('f:zh:hankou.'))).toBe(true);
  });

  it('keeps every callback_data within 64 bytes over many questions and menus', async () => {
    const bot = makeBot(api);
    const questions = readFileSync('tests/eval/heldout.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q);
    const extra = ['子基金', 'How many big banks are involved?', 'help', '你好', '', '汉口银行2023年净利润', 'What is the net profit of Hankou Bank?'];
    for (const q of [...questions, ...extra]) await bot.handleUpdate(textUpdate(q || ' ', { chat }));
    for (const lang of ['zh', 'en']) {
      for (const command of ['/start', '/help', '/list', '/ask']) await bot.handleUpdate(textUpdate(command, { chat, from: user(777, lang) }));
    }
    for (const org of realCore().organisations('en')) await bot.handleUpdate(callbackUpdate(`o:en:${org.id}`, botMessage(chat, 'list')));
    const all = allCallbackData(api);
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all.map((d) => d.slice(0, 2)))).toEqual(new Set(['f:', 'x:', 'o:', 'v:', 'l:', 'm:', 'b:']));
    for (const data of all) {
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
      expect(decodeCallback(data), data).toBeDefined();
    }
    expect(api.calls.filter((c) => c.status !== 200)).toEqual([]);
  });
});
