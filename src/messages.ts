/**
 * The fixed words of replies, in both languages. Figures, names and quotes
 * never live here: they come from the dataset.
 */
import type { Lang } from './types.js';
import { intentMessages, type IntentMessages } from './intent-messages.js';

interface Messages {
  source: (section: string, date: string) => string;
  quote: (quote: string) => string;
  also: string;
  clarify: string;
  notFound: (about: string) => string;
  /** The same for a question that asks no figure (who, what, with whom). */
  notFoundInfo: (about: string) => string;
  notFoundYear: (asked: string, given: string) => string;
  nearby: (about: string) => string;
  compareWinner: (who: string, figure: string, other: string, otherFigure: string) => string;
  compareEqual: string;
  compareUnlike: string;
  cannotCompare: (who: string) => string;
  onlyGroupTotal: (figure: string) => string;
  onlyWholeOf: (whole: string, figure: string, part: string) => string;
  partlyMissing: (who: string) => string;
  /** A thing the article names without saying what it is made of. */
  notSpelledOut: string;
  approximate: string;
  listHeadline: (count: number) => string;
  timelineHeadline: (count: number) => string;
  earliestHeadline: (when: string) => string;
  browseHeadline: (name: string, count: number) => string;
  childrenHeadline: (name: string, names: string) => string;
  multiHeadline: (count: number) => string;
  mended: (pairs: string) => string;
  greeting: string;
  thanks: string;
  bye: string;
  who: (title: string, date: string, count: number) => string;
  help: (title: string, date: string, count: number) => string;
  examples: string;
  empty: string;
}

const zh: Messages = {
  source: (section, date) => `出处：${section}（${date}）`,
  quote: (quote) => `原文：“${quote}”`,
  also: '同一件事，文中另有一个数字：',
  clarify: '这个问题有几种理解，您指的是哪一项？',
  notFound: (about) => `文中没有给出${about}这个数字。`,
  notFoundInfo: (about) => `文中没有写到${about ? `${about}的` : ''}这一点。`,
  notFoundYear: (asked, given) => `文中没有${asked}的数字，只有${given}的。`,
  nearby: (about) => (about ? `文中关于${about}的数字有：` : '文中相近的数字有：'),
  compareWinner: (who, figure, other, otherFigure) => `${who}更多：${figure}，${other}为${otherFigure}。`,
  compareEqual: '两者相同。',
  compareUnlike: '这几个数字的单位不同，无法直接比较大小：',
  cannotCompare: (who) => (who ? `文中没有给出${who}的这项数字，无法比较。` : '问题的另一部分，文中没有给出数字，无法比较。'),
  onlyGroupTotal: (figure) => `文中只给出它们合计的数字（${figure}），没有分别给出，无法比较。`,
  onlyWholeOf: (whole, figure, part) => `文中只给出${whole}合计的数字（${figure}），没有单独给出${part}的。`,
  partlyMissing: (who) => (who ? `（文中没有给出${who}的这项数字。）` : '（问题的另一部分，文中没有给出数字。）'),
  notSpelledOut: '文中没有具体列出包括哪些。',
  approximate: '（原文数字带有“超”“近”等字样，比较基于原文所写的数值。）',
  listHeadline: (count) => `文中列出了 ${count} 项：`,
  timelineHeadline: (count) => `按时间先后，文中有这 ${count} 项：`,
  earliestHeadline: (when) => `文中最早的是${when}：`,
  browseHeadline: (name, count) => (count === 1 ? `${name}：文中只有 1 项相关内容：` : `${name}：文中有 ${count} 项数据，主要有：`),
  childrenHeadline: (name, names) => `文中提到${name}旗下的机构有：${names}。`,
  multiHeadline: (count) => `共 ${count} 个数字：`,
  mended: (pairs) => `（已按“${pairs}”理解）`,
  greeting: '您好！我可以回答这篇文章里的数字，比如基金规模、贷款余额、服务企业数。直接提问即可。',
  thanks: '不客气！还有什么想查的数字，随时问我。',
  bye: '再见！需要查数字时随时找我。',
  who: (title, date, count) => `我是科技金融数字助手，回答《${title}》（${date}）中的 ${count} 个数字与事实，每个回答都附原文。`,
  help: (title, date, count) =>
    `我能回答《${title}》（${date}）中的 ${count} 个数字与事实：\n• 查一个数字：汉口银行服务了多少家科技企业？\n• 比较：汉口银行和武汉农商行哪个服务的企业多？\n• 列举：武汉拿过哪些“国字号”试点？\n• 看一个机构：汉融通\n• 追问：那武汉农商行呢？\n支持简体、繁体和英文。`,
  examples: '可以这样问：',
  empty: '请输入一个问题，比如：汉口银行服务了多少家科技企业？',
};

const en: Messages = {
  source: (section, date) => `Source: ${section} (${date})`,
  quote: (quote) => `Quote: “${quote}”`,
  also: 'For the same thing the article also gives:',
  clarify: 'That could mean more than one figure. Which one do you mean?',
  notFound: (about) => `The article does not give that figure${about ? ` for ${about}` : ''}.`,
  notFoundInfo: (about) => `The article does not say that${about ? ` about ${about}` : ''}.`,
  notFoundYear: (asked, given) => `The article has no figure for ${asked}, only for ${given}.`,
  nearby: (about) => (about ? `What it does give for ${about}:` : 'Nearby figures in the article:'),
  compareWinner: (who, figure, other, otherFigure) => `${who} is higher: ${figure}, against ${otherFigure} for ${other}.`,
  compareEqual: 'The two are equal.',
  compareUnlike: 'These figures measure different things, so they cannot be ranked:',
  cannotCompare: (who) => (who ? `The article gives no such figure for ${who}, so there is nothing to compare.` : 'The article gives no figure for the other part of the question, so there is nothing to compare.'),
  onlyGroupTotal: (figure) => `The article gives only their combined figure (${figure}), not one for each, so they cannot be compared.`,
  onlyWholeOf: (whole, figure, part) => `The article gives only the combined figure for ${whole} (${figure}), not one for ${part} alone.`,
  partlyMissing: (who) => (who ? `(The article gives no such figure for ${who}.)` : '(The article gives no figure for the other part of the question.)'),
  notSpelledOut: 'The article does not list what it is made of.',
  approximate: '(The source qualifies a figure with "more than" or "nearly"; the comparison uses the figures as written.)',
  listHeadline: (count) => `The article lists ${count}:`,
  timelineHeadline: (count) => `In order of time, the article gives these ${count}:`,
  earliestHeadline: (when) => `The earliest the article gives is ${when}:`,
  browseHeadline: (name, count) => (count === 1 ? `${name}: the article gives one fact:` : `${name}: the article gives ${count} facts, among them:`),
  childrenHeadline: (name, names) => `The article names these members of ${name}: ${names}.`,
  multiHeadline: (count) => `${count} figures:`,
  mended: (pairs) => `(read as “${pairs}”)`,
  greeting: 'Hello! I answer questions about the figures in this article: fund sizes, loan balances, firms served and more. Just ask.',
  thanks: "You're welcome. Ask me any other figure whenever you like.",
  bye: 'Goodbye! Come back whenever you need a figure.',
  who: (title, date, count) => `I'm a fact bot for the article “${title}” (${date}): ${count} figures and facts, each answer with its source quote.`,
  help: (title, date, count) =>
    `I answer questions about the ${count} figures and facts of “${title}” (${date}):\n• one figure: How many tech firms has Hankou Bank served?\n• a comparison: Which has served more firms, Hankou Bank or Wuhan Rural Commercial Bank?\n• a list: Which national pilots has Wuhan won?\n• an organisation: Hanrongtong\n• a follow-up: What about Wuhan Rural Commercial Bank?\nAsk in Chinese (simplified or traditional) or English.`,
  examples: 'Try:',
  empty: 'Type a question, for example: How many tech firms has Hankou Bank served?',
};

/** The fixed words of replies in one language. */
export function messages(lang: Lang): Messages & IntentMessages {
  return lang === 'en' ? withIntentsEn : withIntentsZh;
}

const withIntentsZh = { ...zh, ...intentMessages('zh') };
const withIntentsEn = { ...en, ...intentMessages('en') };
