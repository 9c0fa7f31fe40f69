/**
 * The Slack adapter's words around the core's answers, read from the one
 * string table every platform shares (adapters/i18n). Everything else a user
 * reads comes from the core.
 */
import type { Lang } from '../../src/index.js';
import { ui } from '../i18n/index.js';

/** The adapter's strings in one language. */
export interface Words {
  /** The label of the Share button. */
  share: string;
  /** The line above a private answer: what was asked (already escaped). */
  asked: (question: string) => string;
  /** The line above a shared answer: who shared it (a trusted `<@U…>`) and what was asked (already escaped). */
  sharedBy: (user: string, question: string) => string;
  /** The short apology a user gets when answering failed. */
  sorry: string;
  /** A Share button pressed after its answer was forgotten. */
  expired: string;
  /** The one notice a user gets when asking faster than the rate limit allows. */
  slowDown: string;
}

/** The adapter's strings in a language. */
export function words(lang: Lang): Words {
  const t = ui(lang);
  return {
    share: t('share'),
    asked: (question) => t('asked', { question }),
    sharedBy: (user, question) => (question ? t('sharedBy', { user, question }) : t('sharedByBare', { user })),
    sorry: t('sorry'),
    expired: t('expired'),
    slowDown: t('slowDown'),
  };
}
