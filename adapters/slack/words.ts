/**
 * The few words the Slack adapter adds around the core's answers, in both
 * languages. Everything else a user reads comes from the core.
 */
import type { Lang } from '../../src/index.js';

/** The adapter's own strings in one language. */
export interface Words {
  quote: string;
  source: string;
  /** The label of the Share button. */
  share: string;
  /** The line above a private answer: what was asked (already escaped). */
  asked: (question: string) => string;
  /** The line above a shared answer: who shared it (a trusted `<@U…>`) and what was asked (already escaped). */
  sharedBy: (user: string, question: string) => string;
  /** How many more facts there are than a message can show. */
  more: (count: number) => string;
  /** The short apology a user gets when answering failed. */
  sorry: string;
  /** A Share button pressed after its answer was forgotten. */
  expired: string;
  /** The one notice a user gets when asking faster than the rate limit allows. */
  slowDown: string;
}

const zh: Words = {
  quote: '原文：',
  source: '出处：',
  share: '分享到频道',
  asked: (q) => `› ${q}`,
  sharedBy: (user, q) => (q ? `${user} 分享了：“${q}”` : `${user} 分享了：`),
  more: (n) => `另有 ${n} 项未列出。`,
  sorry: '抱歉，这个问题出错了，请换个说法再试。',
  expired: '这个回答已过期，请重新提问。',
  slowDown: '消息有点多，请稍等片刻再问。',
};

const en: Words = {
  quote: 'Quote: ',
  source: 'Source: ',
  share: 'Share in channel',
  asked: (q) => `› ${q}`,
  sharedBy: (user, q) => (q ? `${user} shared: “${q}”` : `${user} shared:`),
  more: (n) => `${n} more not shown.`,
  sorry: 'Sorry, that question failed; please try again or rephrase it.',
  expired: 'That answer has expired; please ask again.',
  slowDown: 'That is a lot of questions at once. Please wait a moment before asking again.',
};

/** The adapter's strings in a language. */
export function words(lang: Lang): Words {
  return lang === 'en' ? en : zh;
}
