/**
 * The Telegram adapter's own words (commands, notices, apologies) in both
 * languages. Figures and quotes never live here: they come from the core.
 */
import type { About, Lang } from '../../src/index.js';

/** The language of UI texts for a Telegram user: Chinese for zh*, else English. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The fixed texts of one language; plain text, escaped by the caller. */
export interface UiTexts {
  start: (about: About) => string;
  help: (about: About, username: string) => string;
  about: (about: About) => string;
  askUsage: string;
  listHeader: string;
  apology: string;
  slowDown: string;
  staleButton: string;
  source: (sections: string, date: string) => string;
  also: string;
  commands: { command: string; description: string }[];
}

const zh: UiTexts = {
  start: (a) => `您好！我回答《${a.title}》（${a.date}）中的数字，每个回答都附原文。直接提问，或点下面的例子：`,
  help: (a, user) => [
    `我回答《${a.title}》（${a.date}）中的 ${a.facts} 个数字与事实。`,
    '• 私聊：直接发送问题，支持简体、繁体和英文。',
    `• 群组：@${user} 加问题、回复我的消息，或 /ask 问题。`,
    `• 任意聊天：输入 @${user} 加关键词，选一张数字卡片发送。`,
    '• /list 按机构浏览，/about 查看数据来源。',
  ].join('\n'),
  about: (a) => [
    `来源：《${a.title}》，${a.kind}，${a.date}`,
    `共 ${a.facts} 项数据，其中数字 ${a.figures} 个`,
    `数据版本：${a.version}`,
  ].join('\n'),
  askUsage: '用法：/ask 加问题，例如 /ask 汉口银行服务了多少家科技企业？',
  listHeader: '选择一个机构，查看文中关于它的数字：',
  apology: '抱歉，出了点问题，请稍后再试。',
  slowDown: '消息有点多，请稍等片刻再问。',
  staleButton: '这个按钮已失效，请重新提问。',
  source: (sections, date) => `出处：${sections}（${date}）`,
  also: '同一件事，文中另有一个数字：',
  commands: [
    { command: 'start', description: '开始：简介和示例问题' },
    { command: 'help', description: '使用说明' },
    { command: 'ask', description: '提问（群组中使用）' },
    { command: 'list', description: '按机构浏览数字' },
    { command: 'about', description: '数据来源和版本' },
  ],
};

const en: UiTexts = {
  start: (a) => `Hello! I answer questions about the figures in “${a.title}” (${a.date}), each answer with its source quote. Ask away, or tap an example:`,
  help: (a, user) => [
    `I answer questions about the ${a.facts} figures and facts of “${a.title}” (${a.date}).`,
    '• In a private chat: just send a question, in Chinese or English.',
    `• In a group: mention @${user} with your question, reply to one of my messages, or use /ask.`,
    `• In any chat: type @${user} and a few words, then pick a fact card to post.`,
    '• /list browses by organisation, /about shows the source.',
  ].join('\n'),
  about: (a) => [
    `Source: “${a.title}”, ${a.kind}, ${a.date}`,
    `${a.facts} facts, ${a.figures} of them figures`,
    `Dataset version: ${a.version}`,
  ].join('\n'),
  askUsage: 'Usage: /ask followed by a question, e.g. /ask How many tech firms has Hankou Bank served?',
  listHeader: 'Pick an organisation to see its figures:',
  apology: 'Sorry, something went wrong. Please try again in a moment.',
  slowDown: 'That is a lot of messages at once. Please wait a moment before asking again.',
  staleButton: 'This button has expired. Please ask again.',
  source: (sections, date) => `Source: ${sections} (${date})`,
  also: 'For the same thing the article also gives:',
  commands: [
    { command: 'start', description: 'What this bot does, with example questions' },
    { command: 'help', description: 'How to ask' },
    { command: 'ask', description: 'Ask a question (in groups)' },
    { command: 'list', description: 'Browse figures by organisation' },
    { command: 'about', description: 'Source and dataset version' },
  ],
};

/** The UI texts of a language. */
export function texts(lang: Lang): UiTexts {
  return lang === 'zh' ? zh : en;
}
