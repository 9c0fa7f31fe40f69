/**
 * What the real Bot API refuses, as the fake checks it: HTML its parse mode
 * cannot read (only the supported tags, properly nested; every <, > and &
 * outside a tag escaped), texts over 4096 characters once parsed, and
 * callback_data over 64 bytes.
 */

/** The tags Telegram's HTML parse mode supports. */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);

/** Parses Telegram HTML: the first problem found, and the parsed text's length in UTF-16 units. */
export function htmlProblem(html: string): { error?: string; length: number } {
  const open: string[] = [];
  let length = 0;
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const tag = /^<(\/?)([a-z-]+)(\s[^<>]*)?>/.exec(html.slice(i));
      if (!tag) return { error: `unexpected < at ${i}`, length };
      const [all, closing, name] = tag as unknown as [string, string, string];
      if (!ALLOWED.has(name)) return { error: `unsupported tag <${name}> at ${i}`, length };
      if (closing) {
        if (open.pop() !== name) return { error: `unbalanced </${name}> at ${i}`, length };
      } else open.push(name);
      i += all.length;
    } else if (c === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(html.slice(i));
      if (!entity) return { error: `unescaped & at ${i}`, length };
      length += 1;
      i += entity[0].length;
    } else if (c === '>') {
      return { error: `unescaped > at ${i}`, length };
    } else {
      length += 1;
      i += 1;
    }
  }
  if (open.length > 0) return { error: `unclosed <${open.at(-1)}>`, length };
  return { length };
}

/** Every callback_data of a reply_markup. */
export function callbackDataOf(markup: unknown): string[] {
  const rows = (markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? [];
  return rows.flat().flatMap((b) => (b.callback_data === undefined ? [] : [b.callback_data]));
}

/** Why Telegram would refuse a message (its text, parse mode and keyboard), or undefined. */
export function messageProblem(text: unknown, parseMode: unknown, markup: unknown): string | undefined {
  if (typeof text !== 'string' || text.length === 0) return 'message text is empty';
  if (parseMode === 'HTML') {
    const problem = htmlProblem(text);
    if (problem.error) return `can't parse entities: ${problem.error}`;
    if (problem.length > 4096) return 'message is too long';
  } else if (text.length > 4096) return 'message is too long';
  if (callbackDataOf(markup).some((d) => Buffer.byteLength(d) > 64 || d.length === 0)) return 'BUTTON_DATA_INVALID';
  return keyboardProblem(markup);
}

/**
 * What is wrong with a keyboard's shape: an empty row (Telegram draws a gap,
 * and this project promises none), a button without text, a copy_text over
 * Telegram's 256 characters.
 */
export function keyboardProblem(markup: unknown): string | undefined {
  const rows = (markup as { inline_keyboard?: { text?: string; copy_text?: { text?: string } }[][] } | undefined)?.inline_keyboard;
  if (!rows) return undefined;
  if (rows.some((row) => row.length === 0)) return 'empty keyboard row';
  const buttons = rows.flat();
  if (buttons.some((b) => !b.text)) return 'BUTTON_TEXT_INVALID';
  if (buttons.some((b) => b.copy_text && (!b.copy_text.text || [...b.copy_text.text].length > 256))) return 'BUTTON_COPY_TEXT_INVALID';
  return undefined;
}
