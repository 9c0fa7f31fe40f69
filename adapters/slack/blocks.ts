/**
 * An answer as a Slack message: each figure once, in bold, in a section; its
 * verbatim quote and period in a context block; one source line (article,
 * kind, date, sections); choices, 👍/👎 and cite as buttons; a plain `text` fallback
 * for notifications. All core text is escaped, and the message stays inside
 * Slack's limits however long the answer is.
 */
import type { types } from '@slack/bolt';
import type { Answer, CitedFact, Lang } from '../../src/index.js';
import { sourceText, type ArticleRef } from '../citation/index.js';
import { ui } from '../i18n/index.js';
import { chooseButton, feedbackButtons, shareButton, type ShareRef } from './actions.js';
import { escapeMrkdwn, fitMrkdwn } from './mrkdwn.js';

/** Slack's Block Kit limits this module keeps to. */
export const LIMITS = { blocks: 50, text: 3000, contextElements: 10, actionsElements: 25, fallback: 3000 } as const;

/** A message body: blocks and the plain-text fallback Slack shows in notifications. */
export interface Rendered {
  text: string;
  blocks: types.KnownBlock[];
}

/** How an answer is dressed for where it goes. */
export interface RenderOptions {
  /** A line of trusted mrkdwn above the answer (what was asked, who shared it). */
  lead?: string;
  /** Adds the "Share in channel" button pointing at this remembered answer. */
  share?: ShareRef;
  /** Whether choices and suggestions become buttons (not in a shared copy: a press there would answer everyone). */
  buttons?: boolean;
  /** The article the source line names (core.about(answer.lang)); without it, no source line. */
  article?: ArticleRef;
  /** The language of the buttons (the channel's UI language); the answer's by default. */
  uiLang?: Lang;
  /** What was asked, carried by the 👍/👎 buttons so a vote names its question. */
  question?: string;
}

/** A mrkdwn text object; verbatim so Slack does not turn plain words into links or mentions. */
export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: text.length > 0 ? text : ' ', verbatim: true };
}

/** A section block of trusted (already escaped) mrkdwn, cut to Slack's limit. */
export function section(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text.slice(0, LIMITS.text)) };
}

/** A context block of trusted (already escaped) mrkdwn lines. */
export function context(lines: string[]): types.ContextBlock {
  return { type: 'context', elements: lines.slice(0, LIMITS.contextElements).map((line) => mrkdwn(line.slice(0, LIMITS.text))) };
}

/** The plain-text fallback of a message, escaped like everything else. */
export function fallback(text: string): string {
  return fitMrkdwn(text, LIMITS.fallback);
}

function label(fact: CitedFact): string {
  return [fact.org, fact.subject, fact.metric].filter((part): part is string => Boolean(part)).join(' · ');
}

/** The section stating a fact: the figure once, in bold (with the English reading in English), what it is; or its text. */
function factSection(fact: CitedFact, lang: Lang): types.SectionBlock {
  if (fact.figure === null) {
    return section(`*${fitMrkdwn(label(fact), 300)}*\n${fitMrkdwn(fact.text ?? fact.sentence, 2600)}`);
  }
  const english = lang === 'en' && fact.figureEn ? ` (${fitMrkdwn(fact.figureEn, 200)})` : '';
  return section(`*${fitMrkdwn(fact.figure, 200)}*${english}  ${fitMrkdwn(label(fact), 2400)}`);
}

/** Under a fact: its verbatim quote, the period, how its scope differs. */
function factContext(fact: CitedFact, lang: Lang): types.ContextBlock {
  const lines = [`${ui(lang)('quoteLabel')}${lang === 'en' ? ': ' : '：'}“${fitMrkdwn(fact.quote, 2900)}”`];
  if (fact.asOf) lines.push(fitMrkdwn(fact.asOf, 500));
  if (fact.scope) lines.push(fitMrkdwn(fact.scope, 1000));
  return context(lines);
}

/** The lead line in bold; a multi-line lead (help) stays plain, since Slack's bold cannot span lines. */
function headline(text: string): string {
  return text.includes('\n') ? fitMrkdwn(text, LIMITS.text) : `*${fitMrkdwn(text, LIMITS.text - 2)}*`;
}

/** Choice and suggestion buttons, the Share button, and 👍/👎/cite, each group in its own actions block. */
function actionBlocks(answer: Answer, options: RenderOptions): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  let index = 0;
  for (const group of options.buttons === false ? [] : [answer.choices, answer.suggestions]) {
    const elements = group.slice(0, LIMITS.actionsElements).map((choice) => chooseButton(choice, answer.lang, index++));
    if (elements.length > 0) blocks.push({ type: 'actions', elements });
  }
  const row: types.Button[] = [];
  if (options.share) row.push(shareButton(options.share, ui(options.uiLang ?? answer.lang)('share')));
  if (options.buttons !== false && answer.status === 'answered' && answer.facts.length > 0) {
    row.push(...feedbackButtons(answer, options.uiLang ?? answer.lang, options.question ?? ''));
  }
  if (row.length > 0) blocks.push({ type: 'actions', elements: row });
  return blocks;
}

/** Kinds whose headline only restates their facts' figures: the fact sections say it, once. */
const RESTATING = new Set(['lookup', 'multi']);

/** Renders an answer as blocks plus a text fallback, within Slack's limits. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): Rendered {
  const head: types.KnownBlock[] = [];
  if (options.lead) head.push(context([options.lead]));
  if (!RESTATING.has(answer.kind) || answer.facts.length === 0) head.push(section(headline(answer.headline)));
  if (answer.notes.length > 0) head.push(section(fitMrkdwn(answer.notes.join('\n'), LIMITS.text)));
  const tail = actionBlocks(answer, options);
  const source = answer.facts.length > 0 && options.article ? [context([fitMrkdwn(sourceText(answer.facts, options.article, answer.lang), LIMITS.text)])] : [];
  // Each fact takes two blocks; keep one block for the "more not shown" line.
  const room = Math.max(0, Math.floor((LIMITS.blocks - head.length - tail.length - source.length - 1) / 2));
  const shown = answer.facts.slice(0, room);
  const body = shown.flatMap((fact) => [factSection(fact, answer.lang), factContext(fact, answer.lang)]);
  const hidden = answer.facts.length - shown.length;
  if (hidden > 0) body.push(context([escapeMrkdwn(ui(answer.lang)('more', { count: hidden }))]));
  return { text: fallback(answer.text), blocks: [...head, ...body, ...source, ...tail] };
}

/** A short message with no buttons (apologies, notices). */
export function renderNotice(text: string): Rendered {
  return { text: fallback(text), blocks: [section(fitMrkdwn(text, LIMITS.text))] };
}
