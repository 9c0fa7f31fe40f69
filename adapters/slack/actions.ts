/**
 * The buttons the adapter sends and how their presses are read back. Values
 * stay small (Slack allows 2,000 characters) and are validated on the way
 * in: a press is a request like any other and is never trusted blindly.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { Answer, Choice, Lang, OrgEntry } from '../../src/index.js';
import { ui } from '../i18n/index.js';
import { fitPlain } from './mrkdwn.js';

/** Slack's limits for a button. */
const BUTTON_TEXT = 75;
const BUTTON_VALUE = 2000;
/** How much of a choice's label rides along: the facts decide the answer, the label only names it in logs. */
const LABEL_KEPT = 300;
const FACTS_KEPT = 20;

/** Matches the action ids of choice buttons (clarify readings, suggestions, examples). */
export const CHOOSE_ACTION = /^figures_choose_\d+$/;
/** The action id of the Share button. */
export const SHARE_ACTION = 'figures_share';
/** The action ids of 👍 and 👎, and of the cite button. */
export const VOTE_ACTION = /^figures_vote_(up|down)$/;
export const CITE_ACTION = 'figures_cite';
/** The action id of an organisation button (/figures list, App Home). */
export const ORG_ACTION = /^figures_org_\d+$/;

const langSchema = z.enum(['zh', 'en']);
const chooseSchema = z.object({ q: z.string().max(LABEL_KEPT), f: z.array(z.string().max(200)).max(FACTS_KEPT), l: langSchema });
const shareSchema = z.object({ k: z.string().max(64), f: z.array(z.string().max(200)).max(FACTS_KEPT), l: langSchema });
const voteSchema = z.object({ q: z.string().max(LABEL_KEPT), f: z.array(z.string().max(200)).max(FACTS_KEPT), l: langSchema, u: langSchema });
const citeSchema = z.object({ f: z.array(z.string().max(200)).max(FACTS_KEPT), l: langSchema, u: langSchema });
const orgSchema = z.object({ o: z.string().max(200), l: langSchema });

/** What a Share button points at: a remembered answer, and its facts should memory have lost it. */
export interface ShareRef {
  key: string;
  factIds: string[];
  lang: Lang;
}

function parse<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (value === undefined || value.length > BUTTON_VALUE) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Encodes a value with as many of `ids` as fit in Slack's 2,000 characters:
 * the first facts matter most, and a share or choice with fewer facts still works.
 */
function pack(encode: (ids: string[]) => string, ids: readonly string[]): string {
  let kept = ids.slice(0, FACTS_KEPT);
  let value = encode(kept);
  while (value.length > BUTTON_VALUE && kept.length > 0) {
    kept = kept.slice(0, -1);
    value = encode(kept);
  }
  return value;
}

/** A button that, pressed, answers a choice. `index` keeps action ids unique within a message. */
export function chooseButton(choice: Choice, lang: Lang, index: number): types.Button {
  const label = [...choice.label].slice(0, LABEL_KEPT).join('');
  return {
    type: 'button',
    action_id: `figures_choose_${index}`,
    text: { type: 'plain_text', text: fitPlain(choice.label, BUTTON_TEXT) },
    value: pack((f) => JSON.stringify({ q: label, f, l: lang }), choice.factIds),
  };
}

/** Reads a choice button's value back; null if it is not one of ours. */
export function readChoice(value: string | undefined): { choice: Choice; lang: Lang } | null {
  const data = parse(chooseSchema, value);
  return data ? { choice: { label: data.q, factIds: data.f }, lang: data.l } : null;
}

/** The "Share in channel" button of a private answer. */
export function shareButton(ref: ShareRef, label: string): types.Button {
  return {
    type: 'button',
    action_id: SHARE_ACTION,
    style: 'primary',
    text: { type: 'plain_text', text: fitPlain(label, BUTTON_TEXT) },
    value: pack((f) => JSON.stringify({ k: ref.key, f, l: ref.lang }), ref.factIds),
  };
}

/** Reads a Share button's value back; null if it is not one of ours. */
export function readShare(value: string | undefined): ShareRef | null {
  const data = parse(shareSchema, value);
  return data ? { key: data.k, factIds: data.f, lang: data.l } : null;
}

/** What a 👍/👎 carries: the question, the answer's facts and language, and the language to reply in. */
export interface VoteRef {
  question: string;
  factIds: string[];
  lang: Lang;
  uiLang: Lang;
}

/** 👍, 👎 and cite under an answer; labels in `uiLang`. */
export function feedbackButtons(answer: Answer, uiLang: Lang, question: string): types.Button[] {
  const t = ui(uiLang);
  const ids = answer.facts.map((f) => f.id);
  const q = [...question].slice(0, LABEL_KEPT).join('');
  const vote = (dir: 'up' | 'down'): types.Button => ({
    type: 'button',
    action_id: `figures_vote_${dir}`,
    text: { type: 'plain_text', text: t(dir === 'up' ? 'voteUp' : 'voteDown'), emoji: true },
    value: pack((f) => JSON.stringify({ q, f, l: answer.lang, u: uiLang }), ids),
  });
  const cite: types.Button = {
    type: 'button',
    action_id: CITE_ACTION,
    text: { type: 'plain_text', text: t('cite') },
    value: pack((f) => JSON.stringify({ f, l: answer.lang, u: uiLang }), ids),
  };
  return [vote('up'), vote('down'), cite];
}

/** Reads a vote button's value back; null if it is not one of ours. */
export function readVote(value: string | undefined): VoteRef | null {
  const data = parse(voteSchema, value);
  return data ? { question: data.q, factIds: data.f, lang: data.l, uiLang: data.u } : null;
}

/** Reads a cite button's value back; null if it is not one of ours. */
export function readCite(value: string | undefined): { factIds: string[]; lang: Lang; uiLang: Lang } | null {
  const data = parse(citeSchema, value);
  return data ? { factIds: data.f, lang: data.l, uiLang: data.u } : null;
}

/** A button opening an organisation's card. `index` keeps action ids unique within a message or view. */
export function orgButton(org: OrgEntry, lang: Lang, index: number): types.Button {
  return {
    type: 'button',
    action_id: `figures_org_${index}`,
    text: { type: 'plain_text', text: fitPlain(`${org.name} (${org.count})`, BUTTON_TEXT) },
    value: JSON.stringify({ o: org.id, l: lang }),
  };
}

/** Reads an organisation button's value back; null if it is not one of ours. */
export function readOrg(value: string | undefined): { orgId: string; lang: Lang } | null {
  const data = parse(orgSchema, value);
  return data ? { orgId: data.o, lang: data.l } : null;
}
