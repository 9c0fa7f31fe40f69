/**
 * Private chats: the real grammY bot against the fake Bot API. Every text
 * message is a question, answered once, in its language, with the figure in
 * bold and the source quote in a blockquote.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, CitedFact } from '../../../src/index.js';
import { AnswerError, type AnswerService } from '../../../adapters/shared/answers.js';
import { FakeBotApi } from './fake-bot-api.js';
import { htmlProblem } from './bot-api-rules.js';
import { BOT_INFO, groupChat, makeBot, privateChat, realCore, sentTexts, textUpdate, user } from './helpers.js';

let api: FakeBotApi;
beforeAll(async () => {
  api = await FakeBotApi.start(BOT_INFO);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

/** An answer service that answers every question with the given answer (dependency injection, no module mock). */
function fixedAnswers(make: (question: string) => Answer): AnswerService {
  return {
    ask: async ({ text }) => make(text),
    choose: async ({ choice }) => make(choice.label),
    browse: async ({ orgId }) => make(orgId),
    vote: async () => 'recorded',
    core: () => realCore(),
  };
}

function fact(i: number, over: Partial<CitedFact> = {}): CitedFact {
  return {
    id: `x.f${i}`, org: '汉口银行', subject: null, metric: '指标', figure: `${i}家`, figureEn: `${i}`, value: `${i}`, unit: '家', qualifier: [], asOf: null, text: null,
    quote: `原文第${i}条：${'科技金融'.repeat(40)}`, section: '版块', scope: null, sentence: `汉口银行 · 指标：${i}家`, ...over,
  };
}

describe('private chat', () => {
  it('answers a Chinese question with the figure in bold and the quote in a blockquote', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate('汉口银行服务了多少家科技企业？'));
    const calls = api.callsOf('sendMessage');
    expect(calls).toHaveLength(1);
    const { params, status } = calls[0]!;
    expect(status).toBe(200);
    expect(params.chat_id).toBe(777);
    expect(params.parse_mode).toBe('HTML');
    expect(params.reply_parameters).toBeUndefined();
    const text = String(params.text);
    expect(text.split('\n')[0]).toBe('<b>超9500家</b> 汉口银行 · 服务科技企业数');
    expect(text).toContain('<blockquote>服务科技企业超9500家</blockquote>');
    expect(text).toContain('出处：');
  });

  it('answers an English question in English, showing figure (figureEn)', async () => {
    const bot = makeBot(api);
    await bot.handleUpdate(textUpdate('How many tech firms has Hankou Bank served?', { from: user(777, 'en') }));
    const [text] = sentTexts(api);
    expect(text).toContain('<b>超9500家</b> (more than 9,500) Hankou Bank');
    expect(text).toContain('<blockquote>服务科技企业超9500家</blockquote>');
    expect(text).toContain('Source: ');
  });

  it('keeps follow-up state per chat', async () => {
    const bot = makeBot(api);
    const chatA = privateChat(1001);
    const chatB = privateChat(1002);
    await bot.handleUpdate(textUpdate('汉口银行服务了多少家科技企业？', { chat: chatA, from: user(1001) }));
    await bot.handleUpdate(textUpdate('那武汉农商行呢？', { chat: chatA, from: user(1001) }));
    await bot.handleUpdate(textUpdate('那武汉农商行呢？', { chat: chatB, from: user(1002) }));
    const [, followUp, fresh] = sentTexts(api);
    // In chat A "那…呢" carries the question over: the same metric, for the other bank.
    expect(followUp!.split('\n')[0]).toBe('<b>超7000户</b> 武汉农商行 · 服务企业数（累计，截至2024年末）');
    // Chat B asked nothing before, so the same words get a different reply.
    expect(fresh!.split('\n')[0]).not.toBe(followUp!.split('\n')[0]);
  });

  it('never lets markup in a question reach the output unescaped', async () => {
    const question = '<b>x</b> & <script>alert(1)</script> 汉口银行服务了多少家科技企业？';
    const echo = fixedAnswers((q) => ({
      status: 'not_found', kind: 'not_found', lang: 'zh', script: 'simplified', headline: `没有“${q}”`, facts: [fact(1, { sentence: q, quote: q })],
      choices: [], suggestions: [{ label: q, factIds: ['hankou.tech_firms_served'] }], notes: [q], text: q,
    }));
    for (const answers of [undefined, echo]) {
      api.reset();
      const bot = makeBot(api, answers ? { answers } : {});
      await bot.handleUpdate(textUpdate(question));
      const calls = api.callsOf('sendMessage');
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        const text = String(call.params.text);
        expect(call.status).toBe(200);
        expect(htmlProblem(text).error).toBeUndefined();
        expect(text).not.toContain('<script>');
        expect(text).not.toContain('<b>x</b>');
      }
      if (answers) expect(String(calls[0]!.params.text)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('answers a 20,000-character message, every message within 4096 characters', async () => {
    const bot = makeBot(api);
    const question = '汉口银行服务了多少家科技企业？'.repeat(1334).slice(0, 20_000);
    expect(question).toHaveLength(20_000);
    await bot.handleUpdate(textUpdate(question));
    const calls = api.callsOf('sendMessage');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.status).toBe(200);
      expect(String(call.params.text).length).toBeLessThanOrEqual(4096);
    }
  });

  it('splits an answer over 4096 characters at line boundaries, the keyboard on the last message', async () => {
    const facts = Array.from({ length: 60 }, (_, i) => fact(i));
    const answers = fixedAnswers(() => ({
      status: 'answered', kind: 'list', lang: 'zh', script: 'simplified', headline: '文中列出了 60 项：', facts, choices: [],
      suggestions: [{ label: '汉口银行 · 服务科技企业数', factIds: ['hankou.tech_firms_served'] }], notes: [], text: '',
    }));
    const bot = makeBot(api, { answers });
    const group = groupChat();
    const update = textUpdate('/ask 列举', { chat: group });
    await bot.handleUpdate(update);
    const calls = api.callsOf('sendMessage');
    expect(calls.length).toBeGreaterThan(1);
    calls.forEach((call, i) => {
      expect(call.status).toBe(200);
      expect(String(call.params.text).length).toBeLessThanOrEqual(4096);
      expect(call.params.reply_markup !== undefined).toBe(i === calls.length - 1);
      expect(call.params.reply_parameters !== undefined).toBe(i === 0);
    });
    const all = calls.map((c) => String(c.params.text)).join('\n');
    for (const f of facts) expect(all).toContain(`<blockquote>${f.quote}</blockquote>`);
  });

  it('logs a core failure with its context and still apologises to the user', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const failing = fixedAnswers(() => {
      throw new AnswerError('the core failed on a message', { cause: new Error('boom') });
    });
    const bot = makeBot(api, { answers: failing, logger });
    const update = textUpdate('汉口银行服务了多少家科技企业？');
    await bot.handleUpdate(update);
    expect(sentTexts(api)).toEqual(['抱歉，出了点问题，请稍后再试。']);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'telegram update failed');
    expect(logged).toMatchObject({ level: 50, updateId: update.update_id, chatId: 777 });
    expect(lines.join('')).not.toContain('汉口银行服务了多少家科技企业');
  });
});
