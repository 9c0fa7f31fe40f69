/**
 * 👍/👎 and cite under Telegram answers, against the fake Bot API and a real
 * (in-memory SQLite) curator store: one vote per user per answer, the vote
 * reaches `npm run report`, and the cite button copies a one-line citation
 * with the verbatim quote.
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openCuratorStore } from '../../../adapters/runtime/curator.js';
import { createAnswerService } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { formatRefused } from '../../../scripts/report.js';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, botMessage, callbackUpdate, makeBot, privateChat, realCore, textUpdate, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const chat = privateChat(901);

function withStore() {
  const store = openCuratorStore(':memory:');
  const answers = createAnswerService({ core: () => realCore(), sessions: createMemorySessions(), logger: pino({ level: 'silent' }), recorder: store });
  return { store, bot: makeBot(api, { answers }) };
}

/** Asks, and returns the answer message as a press would carry it back. */
async function ask(bot: ReturnType<typeof makeBot>, question: string) {
  await bot.handleUpdate(textUpdate(question, { chat, from: user(901) }));
  const call = api.callsOf('sendMessage').at(-1)!;
  const markup = call.params.reply_markup as InlineKeyboardMarkup;
  const sent = call.result as { message_id: number };
  return { markup, message: botMessage(chat, String(call.params.text), sent.message_id, markup) };
}

describe('feedback', () => {
  it('records a 👎 with the question and the facts, once per user, and the report lists it', async () => {
    const { store, bot } = withStore();
    const { markup, message } = await ask(bot, '汉口银行服务了多少家科技企业？');
    const [up, down, cite] = markup.inline_keyboard.at(-1)!;
    expect([up!.text, down!.text, cite!.text]).toEqual(['👍', '👎', '引用']);
    const data = (b: typeof up) => (b && 'callback_data' in b ? b.callback_data : '');

    api.reset();
    await bot.handleUpdate(callbackUpdate(data(down), message, user(901)));
    await bot.handleUpdate(callbackUpdate(data(down), message, user(901)));
    await bot.handleUpdate(callbackUpdate(data(down), message, user(902)));
    const notices = api.callsOf('answerCallbackQuery').map((c) => String(c.params.text));
    expect(notices).toEqual(['谢谢，已记下您的评价。', '您已经评价过这个回答。', '谢谢，已记下您的评价。']);
    // A vote is a notice, never a new message.
    expect(api.callsOf('sendMessage')).toHaveLength(0);

    const refused = await store.refused(10);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ down: 2, up: 0 });
    expect(refused[0]!.facts).toContain('hankou.tech_firms_served');
    expect(refused[0]!.question).toContain('汉口银行');
    expect(formatRefused(refused)).toContain('hankou.tech_firms_served');

    // Changing one's mind counts as a change, not a second vote.
    api.reset();
    await bot.handleUpdate(callbackUpdate(data(up), message, user(901)));
    expect(String(api.callsOf('answerCallbackQuery')[0]!.params.text)).toContain('已改为');
    expect((await store.refused(10))[0]).toMatchObject({ down: 1, up: 1 });
  });

  it('cite copies a one-line citation: the verbatim quote, the article, its kind and date, the section', async () => {
    const { bot } = withStore();
    const { markup } = await ask(bot, '汉口银行服务了多少家科技企业？');
    const cite = markup.inline_keyboard.at(-1)!.find((b) => 'copy_text' in b) as { copy_text: { text: string } } | undefined;
    const about = realCore().about('zh');
    const line = cite!.copy_text.text;
    expect(line).not.toContain('\n');
    expect(line.startsWith('“服务科技企业超9500家”')).toBe(true);
    for (const part of [about.title, about.kind, about.date]) expect(line).toContain(part);
    expect([...line].length).toBeLessThanOrEqual(256);
  });

  it('puts no vote or cite under what is not an answer (help, a clarifying question)', async () => {
    const { bot } = withStore();
    const { markup } = await ask(bot, '子基金');
    const texts = markup.inline_keyboard.flat().map((b) => b.text);
    expect(texts).not.toContain('👍');
    expect(markup.inline_keyboard.every((row) => row.length > 0)).toBe(true);
  });
});
