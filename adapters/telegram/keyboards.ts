/**
 * Inline keyboards: the choices of a clarifying answer, the nearby figures of
 * a not-found answer, example questions, and the organisations of /list.
 * Every button's callback_data comes from callbacks.ts, so it holds ids only
 * and fits in 64 bytes; a button that cannot be encoded is left out.
 */
import { InlineKeyboard } from 'grammy';
import type { Answer, Choice, Lang, OrgEntry } from '../../src/index.js';
import { encodeCallback, type CallbackAction } from './callbacks.js';

/** Labels longer than this are cut: Telegram clips long buttons anyway, badly. */
const LABEL_MAX = 60;

function label(text: string): string {
  // Cut by code point: a cut through a surrogate pair leaves text that is not valid UTF-8, which Telegram may refuse.
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : chars.join('');
}

/** A keyboard of one button per row, skipping actions that cannot be encoded. */
function column(buttons: readonly { text: string; action: CallbackAction }[]): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  let count = 0;
  for (const { text, action } of buttons) {
    const data = encodeCallback(action);
    if (data === undefined) continue;
    keyboard.text(label(text), data).row();
    count += 1;
  }
  return count > 0 ? keyboard : undefined;
}

/** Buttons that ask example questions, by their index in core.examples(lang). */
export function examplesKeyboard(examples: readonly string[], lang: Lang, max = 3): InlineKeyboard | undefined {
  return column(examples.slice(0, max).map((text, index) => ({ text, action: { kind: 'example', lang, index } })));
}

/** A choice as a button action: its facts, or the example question it names. */
function choiceAction(choice: Choice, lang: Lang, examples: readonly string[]): CallbackAction | undefined {
  if (choice.factIds.length > 0) return { kind: 'facts', lang, factIds: choice.factIds };
  const index = examples.indexOf(choice.label);
  // An example the core no longer lists cannot be pointed at by index; no button.
  return index >= 0 ? { kind: 'example', lang, index } : undefined;
}

/**
 * The keyboard an answer carries: its choices (clarify) or its suggestions
 * (not found, help); `examples` is core.examples(answer.lang).
 */
export function answerKeyboard(answer: Answer, examples: readonly string[]): InlineKeyboard | undefined {
  const choices = answer.choices.length > 0 ? answer.choices : answer.suggestions;
  const buttons = choices.flatMap((choice) => {
    const action = choiceAction(choice, answer.lang, examples);
    return action ? [{ text: choice.label, action }] : [];
  });
  return column(buttons);
}

/** The organisations of /list, two to a row, largest first. */
export function organisationsKeyboard(orgs: readonly OrgEntry[], lang: Lang): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  let count = 0;
  for (const org of orgs) {
    const data = encodeCallback({ kind: 'org', lang, orgId: org.id });
    if (data === undefined) continue;
    keyboard.text(label(`${org.name} (${org.count})`), data);
    count += 1;
    if (count % 2 === 0) keyboard.row();
  }
  return count > 0 ? keyboard : undefined;
}
