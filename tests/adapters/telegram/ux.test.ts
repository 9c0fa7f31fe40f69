/**
 * What a new user meets on Telegram beyond plain questions, against the fake
 * Bot API: charts as photos (a real PNG from the real renderer), a photo's
 * caption asked as a question, a sticker told what the bot reads, deep
 * links, the greeting in a new group, a card's "more" pages, inline cards in
 * the user's language, "ask in private" when nothing matches, and
 * traditional in → traditional out.
 */
import type { InlineKeyboardMarkup, InlineQueryResultArticle, Update } from 'grammy/types';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChartMaker } from '../../../adapters/charts/index.js';
import { encodeDeepLink } from '../../../adapters/telegram/deeplinks.js';
import { FakeBotApi, type UploadedFile } from './fake-bot-api.js';
import { BOT_INFO, botMessage, callbackUpdate, groupChat, inlineUpdate, makeBot, privateChat, realCore, sentTexts, textUpdate, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

let nextId = 50_000;

function buttonData(markup: unknown): string[] {
  return ((markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat().map((b) => ('callback_data' in b ? b.callback_data ?? '' : ''));
}

describe('charts', () => {
  it('sends a comparison\'s bar chart as a PNG photo under the answer, drawn with the real renderer', async () => {
    const bot = makeBot(api, { charts: createChartMaker() });
    await bot.handleUpdate(textUpdate('汉口银行和武汉农商行哪个服务的企业多？'));
    const [answer] = api.callsOf('sendMessage');
    const [photo] = api.callsOf('sendPhoto');
    expect(photo?.status).toBe(200);
    const file = photo!.params.photo as UploadedFile;
    const png = PNG.sync.read(file.data);
    expect(png.width).toBe(800);
    expect(JSON.parse(String(photo!.params.reply_parameters))).toMatchObject({ message_id: (answer!.result as { message_id: number }).message_id });
    expect(String(photo!.params.caption)).toContain('汉口银行');
  }, 30_000);

  it('sends no photo for a single figure', async () => {
    await makeBot(api).handleUpdate(textUpdate('汉口银行服务了多少家科技企业？'));
    expect(api.callsOf('sendPhoto')).toHaveLength(0);
  });
});

describe('messages the bot cannot take as text', () => {
  it('answers the question in a photo\'s caption', async () => {
    const photoUpdate = {
      update_id: nextId++,
      message: { message_id: nextId++, date: 0, chat: privateChat(), from: user(), photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: '汉口银行服务了多少家科技企业？' },
    } as Update;
    await makeBot(api).handleUpdate(photoUpdate);
    expect(sentTexts(api)[0]).toContain('<b>超9500家</b>');
  });

  it('tells a sticker in a private chat what it can read, and ignores one in a group', async () => {
    const sticker = (chat: ReturnType<typeof privateChat> | ReturnType<typeof groupChat>) => ({
      update_id: nextId++,
      message: { message_id: nextId++, date: 0, chat, from: user(), sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } },
    } as Update);
    const bot = makeBot(api);
    await bot.handleUpdate(sticker(privateChat()));
    expect(sentTexts(api)[0]).toContain('我只能读文字');
    api.reset();
    await bot.handleUpdate(sticker(groupChat()));
    expect(api.callsOf('sendMessage')).toHaveLength(0);
  });
});

describe('deep links and groups', () => {
  it('/start with a fact or an organisation payload opens it', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate(`/start ${encodeDeepLink({ kind: 'fact', id: 'hankou.tech_firms_served' })}`));
    expect(sentTexts(api)[0]).toContain('<b>超9500家</b>');
    api.reset();
    await bot.handleUpdate(textUpdate(`/start ${encodeDeepLink({ kind: 'org', id: 'hankou_bank' })}`));
    expect(sentTexts(api)[0]).toContain('汉口银行：文中有');
    api.reset();
    await bot.handleUpdate(textUpdate('/start nonsense'));
    expect(sentTexts(api)[0]).toContain('您好');
  });

  it('greets a group it is added to, with examples, and says nothing when removed', async () => {
    const change = (from: string, to: string): Update => ({
      update_id: nextId++,
      my_chat_member: {
        chat: groupChat(), from: user(), date: 0,
        old_chat_member: { status: from, user: BOT_INFO } as never,
        new_chat_member: { status: to, user: BOT_INFO } as never,
      },
    });
    const bot = makeBot(api);
    await bot.handleUpdate(change('left', 'member'));
    const [hello] = api.callsOf('sendMessage');
    expect(String(hello!.params.text)).toContain(`@${BOT_INFO.username}`);
    expect(buttonData(hello!.params.reply_markup).every((d) => d.startsWith('x:'))).toBe(true);
    api.reset();
    await bot.handleUpdate(change('member', 'left'));
    expect(api.calls).toHaveLength(0);
  });
});

describe('organisation cards', () => {
  it('pages through all of an organisation\'s figures with "more", each fact once', async () => {
    const bot = makeBot(api);
    const chat = privateChat();
    await bot.handleUpdate(callbackUpdate('o:zh:hankou_bank', botMessage(chat, 'list')));
    let pages = 1;
    let markup = api.callsOf('sendMessage')[0]!.params.reply_markup;
    for (let guard = 0; guard < 10; guard += 1) {
      const more = buttonData(markup).find((d) => d.startsWith('m:'));
      expect(buttonData(markup)).toContain('b:zh:list');
      if (!more) break;
      api.reset();
      await bot.handleUpdate(callbackUpdate(more, botMessage(chat, 'card')));
      markup = api.callsOf('sendMessage').at(-1)!.params.reply_markup;
      pages += 1;
    }
    // 22 facts: the card's 6, then pages of 6 until none is left.
    const total = realCore().knowledge.data.facts.filter((f) => f.org === 'hankou_bank' || f.subject === 'hankou_bank').length;
    expect(pages).toBe(1 + Math.ceil((total - 6) / 6));
    expect(buttonData(markup).some((d) => d.startsWith('m:'))).toBe(false);
    // Back brings the list as a new message; the card it was pressed under stays.
    api.reset();
    await bot.handleUpdate(callbackUpdate('b:zh:list', botMessage(chat, 'card')));
    expect(api.callsOf('editMessageText')).toHaveLength(0);
    expect(buttonData(api.callsOf('sendMessage')[0]!.params.reply_markup)).toContain('o:zh:wuhan');
  });
});

describe('inline mode', () => {
  it('shows an English user\'s empty query in English, a Chinese user\'s in Chinese', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(inlineUpdate('', user(1, 'en')));
    await bot.handleUpdate(inlineUpdate('', user(2, 'zh-hans')));
    const [en, zh] = api.callsOf('answerInlineQuery').map((c) => c.params.results as InlineQueryResultArticle[]);
    expect(en!.length).toBeGreaterThan(0);
    // Titles name the organisation in the card's language: English names for the English user.
    expect(en!.every((r) => /[A-Za-z]{3}/.test(r.title))).toBe(true);
    expect(zh!.some((r) => /[\u4e00-\u9fff]{2}/.test(r.title))).toBe(true);
    expect(JSON.stringify(en)).toContain('Source: ');
    expect(JSON.stringify(zh)).toContain('出处：');
  });

  it('offers to ask in private when nothing matches', async () => {
    await makeBot(api).handleUpdate(inlineUpdate('zzqx qqzz', user(1, 'en')));
    const call = api.callsOf('answerInlineQuery')[0]!;
    expect(call.params.results).toEqual([]);
    expect(call.params.button).toEqual({ text: 'Nothing matches; ask me in private', start_parameter: 'ask' });
  });
});

describe('scripts', () => {
  it('shows a traditional question\'s answer exactly as the core wrote it', async () => {
    await makeBot(api).handleUpdate(textUpdate('漢口銀行服務了多少家科技企業？'));
    const text = sentTexts(api)[0]!;
    const answer = realCore().answer('漢口銀行服務了多少家科技企業？').answer;
    // The core converts the reply to the question's script; the adapter shows it as written, never converting back.
    expect(text).toContain(`${answer.facts[0]!.org} · ${answer.facts[0]!.metric}`);
  });
});
