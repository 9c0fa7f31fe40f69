/**
 * Text safety at the Slack boundary. Outgoing user and data text is escaped
 * so it can never become a mention, a channel ping or a disguised link; the
 * markup Slack puts into incoming text is read back into plain words before
 * the core sees a question.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A word joiner: invisible, but it stops Slack reading "@channel" as a broadcast. */
const JOINER = '\u2060';

/**
 * Escapes &, < and > (the only characters Slack's mrkdwn treats as markup
 * delimiters) and defuses bare @channel, @here and @everyone. A lone
 * surrogate (echoed user text can hold one) becomes U+FFFD, so the message
 * is valid Unicode.
 */
export function escapeMrkdwn(text: string): string {
  return text.toWellFormed().replace(/[&<>]/g, (c) => ENTITIES[c] ?? c).replace(/@(?=channel|here|everyone)/gi, `@${JOINER}`);
}

/** The most characters one raw character can take once escaped ("&" → "&amp;", "@" → "@" + joiner). */
function escapedLength(ch: string): number {
  if (ch === '&') return 5;
  if (ch === '<' || ch === '>') return 4;
  if (ch === '@') return 2;
  return ch.length;
}

/**
 * Escapes text and cuts it to at most `max` characters, ending with "…" when
 * cut. Cutting happens on the raw text, so an entity is never split in half.
 */
export function fitMrkdwn(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let used = 0;
  let prefix = '';
  for (const ch of text) {
    const cost = escapedLength(ch);
    if (used + cost > max - 1) break;
    used += cost;
    prefix += ch;
  }
  return `${escapeMrkdwn(prefix)}…`;
}

/**
 * Cuts plain text (buttons, headers: never parsed as markup) to `max` UTF-16
 * units, the stricter way to count Slack's limit (an emoji counts two), and
 * never through a surrogate pair; never empty.
 */
export function fitPlain(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return '…';
  if (flat.length <= max) return flat;
  let kept = '';
  for (const ch of flat) {
    if (kept.length + ch.length > max - 1) break;
    kept += ch;
  }
  return `${kept}…`;
}

/** Reads one `<…>` token of Slack markup as the words a person sees. */
function readToken(inner: string, drop: string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    if (drop !== undefined && target.slice(1) === drop) return ' ';
    return label ? `@${label.replace(/^@/, '')}` : target;
  }
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) {
    if (label) return label;
    return `@${target.slice(1).split('^')[0] ?? ''}`;
  }
  return label ?? target;
}

/**
 * Turns Slack message text into the plain question a user typed: mentions,
 * channels and links become their visible words (the bot's own mention,
 * `drop`, disappears) and Slack's &amp;/&lt;/&gt; become characters again.
 */
export function fromSlackText(text: string, drop?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_match, inner: string) => readToken(inner, drop))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
