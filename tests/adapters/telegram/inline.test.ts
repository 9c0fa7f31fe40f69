/**
 * Inline mode: `@bot question` in any chat offers up to ten fact cards, each
 * posting a citation-ready HTML message; an empty query shows the headline
 * figures.
 */
import type { InlineQueryResultArticle, InputTextMessageContent } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeBotApi } from './fake-bot-api.js';
import { BOT_INFO, inlineUpdate, makeBot, realCore, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

async function inlineResults(query: string, languageCode = 'zh-hans'): Promise<InlineQueryResultArticle[]> {
  const bot = makeBot(api);
  const update = inlineUpdate(query, user(777, languageCode));
  await bot.handleUpdate(update);
  const calls = api.callsOf('answerInlineQuery');
  expect(calls).toHaveLength(1);
  expect(calls[0]!.status).toBe(200);
  expect(calls[0]!.params.inline_query_id).toBe(update.inline_query!.id);
  return calls[0]!.params.results as InlineQueryResultArticle[];
}

function messageOf(result: InlineQueryResultArticle): InputTextMessageContent {
  return result.input_message_content as InputTextMessageContent;
}

describe('inline mode', () => {
  it('offers at most ten fact cards for a question, each posting figure, quote and source', async () => {
    const results = await inlineResults('汉口银行服务了多少家科技企业');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0]!.id).toBe('hankou.tech_firms_served');
    expect(results[0]!.title).toBe('超9500家 · 汉口银行');
    for (const result of results) {
      const content = messageOf(result);
      expect(result.type).toBe('article');
      expect(content.parse_mode).toBe('HTML');
      expect(content.message_text).toMatch(/<blockquote>[^<]+<\/blockquote>/);
      expect(content.message_text).toContain('出处：');
    }
    expect(messageOf(results[0]!).message_text).toContain('<b>超9500家</b>');
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  it('shows English cards for an English query', async () => {
    const results = await inlineResults('How many tech firms has Hankou Bank served?', 'en');
    expect(results[0]!.title).toBe('超9500家 (more than 9,500) · Hankou Bank');
    expect(messageOf(results[0]!).message_text).toContain('Source: ');
  });

  it('shows the headline figures for an empty query', async () => {
    const results = await inlineResults('');
    const headline = realCore().cards('', 10).facts.map((f) => f.id);
    expect(headline.length).toBe(10);
    expect(results.map((r) => r.id)).toEqual(headline);
    expect(messageOf(results[0]!).message_text).toContain('<b>3709.11亿元</b>');
  });
});
