/**
 * What is wrong with a Slack message body: Block Kit's limits (checked by the
 * adapter tests' expectWithinLimits, reused here) and, returned as problems,
 * the escaping rules: no raw <, > or & from user or data text, nothing that
 * pings a channel or a person, nothing that passes for a link.
 */
import type { Rendered } from '../../adapters/slack/blocks.js';
import { expectWithinLimits } from '../adapters/slack/helpers.js';

type Json = Record<string, unknown>;

/** Every mrkdwn text object of a message (sections, context elements). */
function mrkdwnObjects(blocks: readonly unknown[]): Json[] {
  const out: Json[] = [];
  for (const block of blocks as Json[]) {
    const text = block.text as Json | undefined;
    if (text?.type === 'mrkdwn') out.push(text);
    for (const el of (block.elements ?? []) as Json[]) if (el.type === 'mrkdwn') out.push(el);
  }
  return out;
}

/** Problems with one piece of mrkdwn; `trusted` lists markup the adapter itself put there (a sharer's mention). */
export function mrkdwnProblems(text: string, trusted: readonly string[] = []): string[] {
  const problems: string[] = [];
  const bare = trusted.reduce((t, token) => t.split(token).join(''), text);
  const show = JSON.stringify(text.slice(0, 200));
  if (/[<>]/.test(bare)) problems.push(`raw < or > (a mention, ping or disguised link): ${show}`);
  if (/&(?!amp;|lt;|gt;)/.test(bare)) problems.push(`raw &: ${show}`);
  if (/@(channel|here|everyone)/i.test(bare)) problems.push(`bare broadcast: ${show}`);
  if (!text.isWellFormed()) problems.push(`lone surrogate: ${show}`);
  return problems;
}

/** Problems with a whole message body: limits (thrown by expect), escaping, button texts, action ids. */
export function slackProblems(rendered: Rendered, trusted: readonly string[] = []): string[] {
  expectWithinLimits({ method: 'chat.postMessage', params: rendered as unknown as Json, status: 200 });
  const problems: string[] = [];
  if (rendered.blocks.length > 50) problems.push(`${rendered.blocks.length} blocks`);
  if (rendered.text.length === 0) problems.push('empty fallback text');
  problems.push(...mrkdwnProblems(rendered.text, trusted));
  for (const obj of mrkdwnObjects(rendered.blocks)) {
    const text = String(obj.text);
    if (text.length > 3000) problems.push(`mrkdwn text of ${text.length} characters`);
    // Without verbatim, Slack would turn a plain "#general" or URL in the data into a link itself.
    if (obj.verbatim !== true) problems.push('mrkdwn text not verbatim');
    problems.push(...mrkdwnProblems(text, trusted));
  }
  const actionIds = new Set<string>();
  for (const block of rendered.blocks as unknown as Json[]) {
    for (const el of (block.elements ?? []) as Json[]) {
      if (el.type !== 'button') continue;
      const label = String((el.text as Json).text);
      if (label.trim().length === 0 || !label.isWellFormed()) problems.push(`bad button label ${JSON.stringify(label)}`);
      if (String(el.value).length > 2000) problems.push('button value over 2000 characters');
      // Slack refuses a message whose buttons share an action_id.
      const id = String(el.action_id);
      if (actionIds.has(id)) problems.push(`duplicate action_id ${id}`);
      actionIds.add(id);
    }
  }
  return problems;
}

/** The text a Slack user reads from escaped mrkdwn (the broadcast-defusing joiner dropped). */
export function visibleMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\u2060/g, '');
}
