/**
 * Commands in the user's language, their registration with setMyCommands in
 * both languages, and the token check that guards start-up.
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setCommands, telegramTokenSchema } from '../../../adapters/telegram/index.js';
import { escapeHtml } from '../../../adapters/telegram/render.js';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, botMessage, callbackUpdate, makeBot, privateChat, realCore, textUpdate, TOKEN, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

async function command(text: string, languageCode: string) {
  const bot = makeBot(api);
  await bot.handleUpdate(textUpdate(text, { from: user(777, languageCode) }));
  const [call] = api.callsOf('sendMessage');
  expect(call?.status).toBe(200);
  return { text: String(call!.params.text), markup: call!.params.reply_markup as InlineKeyboardMarkup | undefined };
}

function buttons(markup: InlineKeyboardMarkup | undefined) {
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: 'callback_data' in b ? b.callback_data : undefined }));
}

describe('commands', () => {
  it('/start greets in Chinese with three example questions as buttons', async () => {
    const { text, markup } = await command('/start', 'zh-hans');
    expect(text).toContain('您好');
    const examples = realCore().examples('zh').slice(0, 3);
    expect(buttons(markup)).toEqual(examples.map((e, i) => ({ text: e, data: `x:zh:${i}` })));
  });

  it('/start greets in English for other languages', async () => {
    const { text, markup } = await command('/start', 'de');
    expect(text).toContain('Hello!');
    expect(buttons(markup).map((b) => b.data)).toEqual(['x:en:0', 'x:en:1', 'x:en:2']);
  });

  it('/help explains groups and inline mode', async () => {
    const { text } = await command('/help', 'en');
    expect(text).toContain(`@${BOT_INFO.username}`);
    expect(text).toContain('/ask');
  });

  it('/list shows the institutions a page at a time, then the other group, every organisation reachable', async () => {
    const { text, markup } = await command('/list', 'zh');
    expect(text).toContain('机构');
    const first = buttons(markup);
    expect(first.filter((b) => b.data?.startsWith('o:'))).toHaveLength(8);
    expect(first.map((b) => b.data)).toContain('l:zh:main:1');
    expect(first.map((b) => b.data)).toContain('l:zh:other:0');
    // Turning every page of both groups reaches each organisation exactly once.
    const bot = makeBot(api);
    const seen: string[] = [];
    for (const group of ['main', 'other']) {
      for (let page = 0; page < 10; page += 1) {
        api.reset();
        await bot.handleUpdate(callbackUpdate(`l:zh:${group}:${page}`, botMessage(privateChat(), 'list')));
        const edit = api.callsOf('editMessageText')[0]!;
        const data = buttons(edit.params.reply_markup as InlineKeyboardMarkup).map((x) => x.data!);
        seen.push(...data.filter((d) => d.startsWith('o:')));
        if (!data.includes(`l:zh:${group}:${page + 1}`)) break;
      }
    }
    expect(seen.sort()).toEqual(realCore().organisations('zh').map((o) => `o:zh:${o.id}`).sort());
  });

  it('/sources names the article and each of its sections', async () => {
    const { text } = await command('/sources', 'en');
    expect(text).toContain(realCore().about('en').title);
    for (const section of realCore().knowledge.data.sections) expect(text).toContain(escapeHtml(section.en));
  });

  it('answers an unknown command with a pointer to /help, in the user\'s language', async () => {
    const { text, markup } = await command('/frobnicate', 'zh-hans');
    expect(text).toContain('没有这个命令');
    expect(buttons(markup).length).toBeGreaterThan(0);
  });

  it('/lang sets the chat\'s UI language, which later buttons and notices follow', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate('/lang en', { from: user(777, 'zh-hans') }));
    expect(String(api.callsOf('sendMessage')[0]!.params.text)).toContain('English');
    api.reset();
    await bot.handleUpdate(textUpdate('汉口银行服务了多少家科技企业？', { from: user(777, 'zh-hans') }));
    const answer = api.callsOf('sendMessage')[0]!;
    // The answer stays in the question's language; the buttons follow the setting.
    expect(String(answer.params.text)).toContain('汉口银行');
    expect(buttons(answer.params.reply_markup as InlineKeyboardMarkup).map((b) => b.text)).toEqual(['👍', '👎', 'Cite']);
    api.reset();
    await bot.handleUpdate(textUpdate('/lang', { from: user(777, 'zh-hans') }));
    expect(String(api.callsOf('sendMessage')[0]!.params.text)).toContain('/lang zh');
  });

  it('/about gives source, date, number of figures and dataset version', async () => {
    const about = realCore().about('en');
    const { text } = await command('/about', 'en');
    for (const part of [about.title, about.date, String(about.figures), about.version]) expect(text).toContain(part);
  });

  it('setCommands registers a menu per scope and language, and the descriptions in both languages', async () => {
    await setCommands(makeBot(api));
    const calls = api.callsOf('setMyCommands');
    const menu = (type: string, language?: string) => {
      const call = calls.find((c) => (c.params.scope as { type: string }).type === type && c.params.language_code === language);
      return (call?.params.commands as { command: string; description: string }[] | undefined) ?? [];
    };
    expect(menu('all_private_chats').map((c) => c.command)).toEqual(['start', 'help', 'list', 'sources', 'about', 'lang']);
    expect(menu('all_group_chats').map((c) => c.command)).toEqual(['ask', 'help', 'list', 'sources', 'about', 'lang']);
    expect(JSON.stringify(menu('all_private_chats'))).toMatch(/Browse/);
    expect(JSON.stringify(menu('all_private_chats', 'zh'))).toMatch(/浏览/);
    expect(JSON.stringify(menu('all_group_chats', 'zh'))).toMatch(/提问/);
    const descriptions = api.callsOf('setMyDescription');
    expect(descriptions.map((c) => c.params.language_code)).toEqual([undefined, 'zh']);
    expect(String(descriptions[0]!.params.description)).toContain(realCore().about('en').title);
    expect(api.callsOf('setMyShortDescription')).toHaveLength(2);
    for (const c of api.callsOf('setMyShortDescription')) expect(String(c.params.short_description).length).toBeLessThanOrEqual(120);
  });
});

describe('telegramTokenSchema', () => {
  it('accepts a token of BotFather’s shape, trimming a pasted newline', () => {
    expect(telegramTokenSchema.parse(`${TOKEN}\n`)).toBe(TOKEN);
  });

  it('refuses a malformed token naming the variable, never echoing the value', () => {
    const secretish = `987654321:${'Zq9'.repeat(10)}`; // 30 characters: one short
    for (const value of [secretish, 'not-a-token-Zq9Zq9Zq9', `${TOKEN}x`, `abc:${'A'.repeat(35)}`]) {
      const result = telegramTokenSchema.safeParse(value);
      expect(result.success, value).toBe(false);
      const report = JSON.stringify(result.error) + result.error!.message;
      expect(report).toContain('TELEGRAM_BOT_TOKEN');
      expect(report).not.toContain(value);
      expect(report).not.toContain('Zq9Zq9');
    }
  });

  it('refuses a missing token naming the variable', () => {
    const result = telegramTokenSchema.safeParse(undefined);
    expect(result.success).toBe(false);
    expect(result.error!.message).toContain('TELEGRAM_BOT_TOKEN');
  });
});
