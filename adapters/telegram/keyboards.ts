/**
 * Inline keyboards: the choices of a clarifying answer, the nearby figures of
 * a not-found answer, example questions, 👍/👎 and "cite" under an answer,
 * /list's grouped pages, an organisation card's "more" and "back". Every
 * callback_data comes from callbacks.ts (ids only, within 64 bytes); a
 * button that cannot be encoded is left out, and no row is ever empty.
 */
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Answer, Choice, Lang, OrgEntry } from '../../src/index.js';
import { LIST_PAGE, ORG_GROUPS, pageOf, type OrgGroup } from '../browsing/index.js';
import { ui } from '../i18n/index.js';
import { encodeCallback, type CallbackAction } from './callbacks.js';

/** Labels longer than this are cut: Telegram clips long buttons anyway, badly. */
const LABEL_MAX = 60;
/** Telegram's limit on a copy_text button's text. */
export const COPY_TEXT_MAX = 256;

type Row = InlineKeyboardButton[];

/**
 * A button label of at most LABEL_MAX characters, cut only between words or
 * at punctuation, never inside a figure ("超9500家" stays whole or goes).
 */
export function buttonLabel(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= LABEL_MAX) return chars.join('');
  const head = chars.slice(0, LABEL_MAX - 1).join('');
  // The last break before the limit: a space, a middle dot, Chinese or Latin punctuation.
  const cut = Math.max(...[' ', '·', '，', '、', '：', '；', ',', ':', ';', '（', '('].map((sep) => head.lastIndexOf(sep)));
  const kept = cut > LABEL_MAX / 3 ? head.slice(0, cut) : head.replace(/[\d.,%]*[^\d\s]*$/u, '');
  return `${kept.replace(/[\s·，、：；,:;（(]+$/u, '')}…`;
}

/** A button for an action, or nothing when it cannot be encoded. */
function button(text: string, action: CallbackAction): Row {
  const data = encodeCallback(action);
  return data === undefined ? [] : [InlineKeyboard.text(buttonLabel(text), data)];
}

/** A keyboard of the given rows, empty rows dropped; undefined when nothing is left. */
export function keyboardOf(rows: readonly Row[]): InlineKeyboard | undefined {
  const kept = rows.filter((r) => r.length > 0);
  return kept.length > 0 ? InlineKeyboard.from(kept) : undefined;
}

/** Rows of buttons that ask example questions, by their index in core.examples(lang). */
export function exampleRows(examples: readonly string[], lang: Lang, max = 3): Row[] {
  return examples.slice(0, max).map((text, index) => button(text, { kind: 'example', lang, index }));
}

/** Buttons that ask example questions. */
export function examplesKeyboard(examples: readonly string[], lang: Lang, max = 3): InlineKeyboard | undefined {
  return keyboardOf(exampleRows(examples, lang, max));
}

/** A choice as a button action: its facts, or the example question it names. */
function choiceAction(choice: Choice, lang: Lang, examples: readonly string[]): CallbackAction | undefined {
  if (choice.factIds.length > 0) return { kind: 'facts', lang, factIds: choice.factIds };
  const index = examples.indexOf(choice.label);
  // An example the core no longer lists cannot be pointed at by index; no button.
  return index >= 0 ? { kind: 'example', lang, index } : undefined;
}

/** The rows of an answer's choices (clarify) or suggestions (not found, help); `examples` is core.examples(answer.lang). */
export function choiceRows(answer: Answer, examples: readonly string[]): Row[] {
  const choices = answer.choices.length > 0 ? answer.choices : answer.suggestions;
  return choices.map((choice) => {
    const action = choiceAction(choice, answer.lang, examples);
    return action ? button(choice.label, action) : [];
  });
}

/** The row under an answer: 👍, 👎 and, when there is a citation, a button copying it. */
export function feedbackRow(answer: Answer, uiLang: Lang, citation: string | null): Row {
  const t = ui(uiLang);
  const factId = answer.facts[0]?.id;
  const vote = (up: boolean) => button(t(up ? 'voteUp' : 'voteDown'), { kind: 'vote', lang: uiLang, up, ...(factId ? { factId } : {}) });
  const cite = citation ? [InlineKeyboard.copyText(t('cite'), [...citation].slice(0, COPY_TEXT_MAX).join(''))] : [];
  return [...vote(true), ...vote(false), ...cite];
}

/** One page of a /list group: two organisations a row, then the way to the other pages and the other group. */
export function listKeyboard(orgs: readonly OrgEntry[], lang: Lang, group: OrgGroup, page: number): InlineKeyboard | undefined {
  const t = ui(lang);
  const shown = pageOf(orgs, page, LIST_PAGE);
  const buttons = shown.items.flatMap((org) => button(`${org.name} (${org.count})`, { kind: 'org', lang, orgId: org.id }));
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  const nav: Row = [
    ...(shown.page > 0 ? button(t('previous'), { kind: 'list', lang, group, page: shown.page - 1 }) : []),
    ...(shown.page < shown.pages - 1 ? button(t('next'), { kind: 'list', lang, group, page: shown.page + 1 }) : []),
  ];
  const other = ORG_GROUPS.find((g) => g !== group)!;
  return keyboardOf([...rows, nav, button(t(`listGroup_${other}`), { kind: 'list', lang, group: other, page: 0 })]);
}

/** Under an organisation card: its next page of figures, and the way back to /list. */
export function cardRows(lang: Lang, orgId: string, next: { page: number; shown: number; total: number } | null): Row[] {
  const t = ui(lang);
  return [
    [
      ...(next ? button(t('morePage', { shown: next.shown, total: next.total }), { kind: 'more', lang, orgId, page: next.page }) : []),
      ...button(t('back'), { kind: 'back', lang }),
    ],
  ];
}
