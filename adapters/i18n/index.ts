/**
 * One string table for every platform, on i18next: `ui(lang)` gives a
 * translator for a language. Values are inserted unescaped (each platform
 * escapes for its own markup: Telegram HTML, Slack mrkdwn).
 */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../../src/index.js';
import { en, type StringKey } from './en.js';
import { zh } from './zh.js';

export type { StringKey } from './en.js';

/** Values a string may take. */
export type Vars = Record<string, string | number>;

/** Translates one key in one language. */
export type Translate = (key: StringKey, vars?: Vars) => string;

let instance: ReturnType<typeof i18next.createInstance> | undefined;

/** The i18next instance, built on first use with the resources inline (no I/O, synchronous). */
function i18n(): ReturnType<typeof i18next.createInstance> {
  if (instance) return instance;
  const made = i18next.createInstance();
  void made.init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = made;
  return made;
}

const fixed = new Map<Lang, Translate>();

/**
 * The translator of a language. A string without values is looked up once
 * and kept: i18next's lookup costs more than an answer's own rendering, and
 * every answer asks for the same few labels.
 */
export function ui(lang: Lang): Translate {
  const known = fixed.get(lang);
  if (known) return known;
  const t: TFunction = i18n().getFixedT(lang);
  const plain = new Map<StringKey, string>();
  const translate: Translate = (key, vars) => {
    if (vars) return t(key, vars) as string;
    let text = plain.get(key);
    if (text === undefined) {
      text = t(key) as string;
      plain.set(key, text);
    }
    return text;
  };
  fixed.set(lang, translate);
  return translate;
}

/** A UI language from a language tag or a setting ("zh-hans", "en-GB", "中文"); undefined if neither. */
export function parseLang(text: string | undefined): Lang | undefined {
  const tag = text?.trim().toLowerCase() ?? '';
  if (/^(zh|cn|chinese|中文|汉语|漢語|简体|繁體|繁体)/.test(tag)) return 'zh';
  if (/^(en|english|英文|英语|英語)/.test(tag)) return 'en';
  return undefined;
}
