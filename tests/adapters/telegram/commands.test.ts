/**
 * Commands in the user's language, their registration with setMyCommands in
 * both languages, and the token check that guards start-up.
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setCommands, telegramTokenSchema } from '../../../adapters/telegram/index.js';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, makeBot, realCore, textUpdate, TOKEN, user } from './helpers.js';

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

  it('/list offers every organisation as a button', async () => {
    const { markup } = await command('/list', 'zh');
    const orgs = realCore().organisations('zh');
    expect(buttons(markup).map((b) => b.data)).toEqual(orgs.map((o) => `o:zh:${o.id}`));
    expect(buttons(markup)[0]!.text).toBe(`${orgs[0]!.name} (${orgs[0]!.count})`);
  });

  it('/about gives source, date, number of figures and dataset version', async () => {
    const about = realCore().about('en');
    const { text } = await command('/about', 'en');
    for (const part of [about.title, about.date, String(about.figures), about.version]) expect(text).toContain(part);
  });

  it('setCommands registers the menu in English by default and in Chinese', async () => {
    await setCommands(makeBot(api));
    const calls = api.callsOf('setMyCommands');
    expect(calls).toHaveLength(2);
    const names = (c: (typeof calls)[number]) => (c.params.commands as { command: string }[]).map((x) => x.command);
    const english = calls.find((c) => c.params.language_code === undefined)!;
    const chinese = calls.find((c) => c.params.language_code === 'zh')!;
    expect(names(english)).toEqual(['start', 'help', 'ask', 'list', 'about']);
    expect(names(chinese)).toEqual(['start', 'help', 'ask', 'list', 'about']);
    expect(JSON.stringify(english.params.commands)).toMatch(/Browse/);
    expect(JSON.stringify(chinese.params.commands)).toMatch(/浏览/);
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
