/**
 * The fixed words of the replies of the intents beyond a plain lookup
 * (premises, the article itself, definitions, checks, arithmetic), in both languages.
 */
import type { Lang } from './types.js';

/** Place names come lower-cased from matching: "hong kong" is written Hong Kong. */
const titleCase = (names: string) => names.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** One side of a two-figure sentence: who (or what) and its figure as shown. */
export interface Side { name: string; shown: string }

export interface IntentMessages {
  noPlace: (places: string) => string;
  articlePlace: string;
  noAttribute: (who: string, attribute: string) => string;
  metaDate: (date: string, kind: string) => string;
  metaTitle: (title: string, original: string) => string;
  metaSlogan: (slogan: string) => string;
  metaSections: (count: number) => string;
  metaCount: (facts: number, figures: number) => string;
  metaNotGiven: string;
  metaSource: (title: string, date: string, kind: string) => string;
  weekday: (day: number) => string;
  fullName: (name: string, full: string, english: string) => string;
  definition: string;
  theArticle: string;
  checkVerdict: (verdict: 'yes' | 'roughly' | 'no', figure: string) => string;
  checkChoice: (chosen: string, figure: string) => string;
  /** One of several stated figures and its verdict. */
  checkEach: (stated: string, verdict: string) => string;
  noSuchFigure: (figure: string) => string;
  figureMeans: (figure: string) => string;
  onlyCount: (count: string) => string;
  itemNotListed: (item: string) => string;
  /** A figure the question itself states, asked about in more detail. */
  onlyTotal: (figure: string) => string;
  /** Whose a named thing is ("鄂质贷" → "汉口银行"). */
  ownerIs: (thing: string, owner: string) => string;
  negated: (word: string) => string;
  topicHeadline: (count: number) => string;
  sumHeadline: (result: string, parts: string) => string;
  differenceHeadline: (result: string, parts: string) => string;
  ratioHeadline: (larger: Side, smaller: Side, times: string, exact: boolean) => string;
  /** Arithmetic asked with no figures to work on. */
  nothingToWorkOn: string;
  rankHeadline: (order: string) => string;
  chronologyHeadline: (order: string) => string;
}

const zh: IntentMessages = {
  noPlace: (places) => `文中没有${places}的数字：这篇报道的数字都是关于武汉的。`,
  articlePlace: '武汉',
  negated: (word) => `文中没有直接给出问题所问的那一部分（“${word}”…）的数字，只给出了下面这些。`,
  onlyCount: (count) => `文中只给出了数量（${count}），没有列出具体是哪些。`,
  itemNotListed: (item) => `文中只提到“${item}”，没有列出具体是哪些。`,
  onlyTotal: (figure) => `文中只给出了这个总数（${figure}），没有更细的分项或名单。`,
  ownerIs: (thing, owner) => `文中写到的${thing}属于${owner}（${owner}的项目或服务对象）。`,
  noAttribute: (who, attribute) => `文中没有给出${who ? `${who}的` : ""}${attribute}。`,
  metaDate: (date, kind) => `这篇报道刊于${date}（${kind}）。`,
  metaTitle: (title) => `主标题：《${title}》`,
  metaSlogan: (slogan) => `通栏口号：“${slogan}”`,
  metaSections: (count) => `报道分为 ${count} 个部分：`,
  metaCount: (facts, figures) => `文中共有 ${facts} 项事实，其中 ${figures} 个数字。`,
  metaNotGiven: '文中没有写明这一点。',
  metaSource: (title, date, kind) => `所有数字都来自《${title}》（${kind}，${date}），每个回答都附原文。`,
  weekday: (day) => `（星期${'日一二三四五六'[day]}）`,
  fullName: (name, full) => `${name}的全称是“${full}”。`,
  definition: '释义',
  theArticle: '原文',
  checkVerdict: (verdict, figure) =>
    verdict === 'yes' ? `对，文中就是${figure}。` : verdict === 'roughly' ? `基本对：文中写的是${figure}。` : `不对，文中写的是${figure}。`,
  checkChoice: (chosen, figure) => `是${chosen}：文中写的是${figure}。`,
  checkEach: (stated, verdict) => `${stated}：${verdict}`,
  noSuchFigure: (figure) => `文中没有${figure}这个数字。`,
  figureMeans: (figure) => `（${figure}是这个数字：）`,
  topicHeadline: (count) => `文中相关的数字有 ${count} 项：`,
  sumHeadline: (result, parts) => `合计${result}（${parts}）。`,
  differenceHeadline: (result, parts) => `相差${result}（${parts}）。`,
  ratioHeadline: (larger, smaller, times, exact) => `${larger.name}（${larger.shown}）是${smaller.name}（${smaller.shown}）的${exact ? '' : '约'}${times}倍。`,
  nothingToWorkOn: '没有可以计算的数字：请先问到两个同类数字，或在问题里写明要算哪几个。',
  rankHeadline: (order) => `从大到小：${order}。`,
  chronologyHeadline: (order) => `按时间先后：${order}。`,
};

const en: IntentMessages = {
  noPlace: (places) => `The article has no figures for ${titleCase(places)}: all its figures are about Wuhan.`,
  articlePlace: 'Wuhan',
  negated: (word) => `The article gives no figure for the part the question asks about ("${word}" …); it gives only these.`,
  onlyCount: (count) => `The article gives only the number (${count}); it does not name them.`,
  itemNotListed: (item) => `The article mentions “${item}” only as such; it does not name which ones.`,
  onlyTotal: (figure) => `The article gives only this total (${figure}); it does not break it down or name them.`,
  ownerIs: (thing, owner) => `In the article, ${thing} is ${owner}'s (its product, fund or client).`,
  noAttribute: (who, attribute) => `The article does not give ${who ? `${who}'s ` : 'the '}${attribute}.`,
  metaDate: (date, kind) => `The article was published on ${date} (${kind}).`,
  metaTitle: (title, original) => `Headline: “${title}” (${original})`,
  metaSlogan: (slogan) => `Banner slogan: “${slogan}”`,
  metaSections: (count) => `It has ${count} sections:`,
  metaCount: (facts, figures) => `It gives ${facts} facts, ${figures} of them figures.`,
  metaNotGiven: 'The article does not say.',
  metaSource: (title, date, kind) => `Every figure comes from “${title}” (${kind}, ${date}); each answer quotes it.`,
  weekday: (day) => ` (${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][day]})`,
  fullName: (name, full, english) => `The full name of ${name} is ${full} (${english}).`,
  definition: 'definition',
  theArticle: 'the article',
  checkVerdict: (verdict, figure) =>
    verdict === 'yes' ? `Yes: the article gives ${figure}.` : verdict === 'roughly' ? `Roughly: the article gives ${figure}.` : `No: the article gives ${figure}.`,
  checkChoice: (chosen, figure) => `${chosen}: the article gives ${figure}.`,
  checkEach: (stated, verdict) => `${stated}: ${verdict}`,
  noSuchFigure: (figure) => `The article has no figure ${figure}.`,
  figureMeans: (figure) => `(${figure} is this figure:)`,
  topicHeadline: (count) => `The article gives ${count} related figures:`,
  sumHeadline: (result, parts) => `Combined: ${result} (${parts}).`,
  differenceHeadline: (result, parts) => `The difference is ${result} (${parts}).`,
  ratioHeadline: (larger, smaller, times, exact) => `${larger.name}, ${larger.shown}, is ${exact ? '' : 'about '}${times} times ${smaller.name}, ${smaller.shown}.`,
  nothingToWorkOn: 'There are no figures to work on: ask for two figures of one kind first, or name them in the question.',
  rankHeadline: (order) => `From largest to smallest: ${order}.`,
  chronologyHeadline: (order) => `In order of time: ${order}.`,
};

/** The intents' fixed words in one language. */
export function intentMessages(lang: Lang): IntentMessages {
  return lang === 'en' ? en : zh;
}
