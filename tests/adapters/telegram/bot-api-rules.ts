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
  return undefined;
}
