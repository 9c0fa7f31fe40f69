/**
 * Button presses: a choice (clarify reading, suggestion, example) or an
 * organisation (/figures list, App Home) is answered where it was pressed;
 * Share posts a private answer for the whole channel.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Answer } from '../../src/index.js';
import { guard, keptPrivateAnswer, POST_OPTIONS, sharedAnswer, uiLangOf, type Adapter } from './adapter.js';
import { CHOOSE_ACTION, ORG_ACTION, readChoice, readOrg, readShare, SHARE_ACTION, type ShareRef } from './actions.js';
import { renderNotice, type Rendered } from './blocks.js';
import { postAnswer } from './post.js';
import { dmKey, isDirect, privateKey, threadKey } from './conversation.js';
import type { SharedAnswer } from './shares.js';
import { words } from './words.js';

/** Where a button was pressed, which decides where its answer goes. */
type Place =
  | { kind: 'private'; channel: string }
  | { kind: 'home' }
  | { kind: 'message'; channel: string; threadTs: string | undefined; conversation: string };

/** A non-empty string from Slack's loosely typed container fields. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Message options that put a reply in a thread, when there is one. */
function inThread(threadTs: string | undefined): { thread_ts?: string } {
  return threadTs !== undefined ? { thread_ts: threadTs } : {};
}

/** Reads the press's container: an ephemeral message, the Home tab, or a message in a DM or channel thread. */
function placeOf(body: BlockAction, team: string): Place | null {
  const box = body.container;
  if (box.type === 'view') return { kind: 'home' };
  const channel = body.channel?.id ?? text(box.channel_id);
  if (channel === undefined) return null;
  if (box.is_ephemeral === true) return { kind: 'private', channel };
  const threadTs = text(box.thread_ts) ?? text(body.message?.thread_ts);
  if (isDirect(channel)) return { kind: 'message', channel, threadTs, conversation: dmKey(team, channel) };
  const root = threadTs ?? text(body.message?.ts) ?? text(box.message_ts) ?? '';
  return { kind: 'message', channel, threadTs: root, conversation: threadKey(team, channel, root) };
}

/** A pressed button and what is needed to answer it where it was pressed. */
interface PressArgs {
  /** What the press asks, in a conversation: a choice, an organisation card. */
  answerIn: (conversation: string) => Promise<Answer>;
  label: string;
  team: string;
  user: string;
  respond: (message: object) => Promise<unknown>;
  client: App['client'];
}

/** Answers a press where it was pressed: privately, in the user's DM (from the Home tab), or in the message's thread. */
async function answerPress(adapter: Adapter, args: PressArgs, place: Place): Promise<void> {
  const { team, user, label } = args;
  if (place.kind === 'private') {
    const answer = await args.answerIn(privateKey(team, place.channel, user));
    const uiLang = await uiLangOf(adapter, team, place.channel, label);
    await args.respond({ response_type: 'ephemeral', replace_original: true, ...POST_OPTIONS, ...(await keptPrivateAnswer(adapter, answer, label, uiLang)) });
    return;
  }
  if (place.kind === 'home') {
    // The Home tab cannot hold an answer; it goes to the user's DM with the app.
    const opened = await args.client.conversations.open({ users: user });
    const channel = opened.channel?.id ?? user;
    const answer = await args.answerIn(dmKey(team, channel));
    await postAnswer(adapter, args.client, { channel }, answer, label, await uiLangOf(adapter, team, channel, label));
    return;
  }
  const answer = await args.answerIn(place.conversation);
  const where = { channel: place.channel, ...(place.threadTs ? { threadTs: place.threadTs } : {}) };
  await postAnswer(adapter, args.client, where, answer, label, await uiLangOf(adapter, team, place.channel, label));
}

/** Where an apology for a failed press goes: where its answer would have. */
function apologyFor(place: Place, user: string, respond: PressArgs['respond'], client: App['client']): (message: Rendered) => Promise<unknown> {
  return (message) => {
    if (place.kind === 'private') return respond({ response_type: 'ephemeral', replace_original: false, ...message });
    if (place.kind === 'home') return client.chat.postMessage({ channel: user, ...message });
    return client.chat.postMessage({ channel: place.channel, ...inThread(place.threadTs), ...message });
  };
}

/** A remembered answer, or, once forgotten, the facts the button carried. */
async function recall(adapter: Adapter, ref: ShareRef): Promise<SharedAnswer | undefined> {
  const kept = await adapter.shares.get(ref.key);
  if (kept || ref.factIds.length === 0) return kept;
  const answer = adapter.answers.core().choose({ label: '', factIds: ref.factIds }, ref.lang).answer;
  return answer.facts.length > 0 ? { answer, question: '' } : undefined;
}

/** Registers the choice and Share button listeners. */
export function registerButtons(app: App, adapter: Adapter): void {
  app.action<BlockAction<ButtonAction>>(CHOOSE_ACTION, async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const picked = readChoice(action.value);
    const team = context.teamId ?? body.team?.id ?? '';
    const place = placeOf(body, team);
    if (!picked || !place) {
      adapter.logger.warn({ actionId: action.action_id }, 'unreadable Slack button press ignored');
      return;
    }
    const { choice, lang } = picked;
    const answerIn = (conversation: string) => adapter.answers.choose({ platform: 'slack', conversation, choice, lang });
    await guard(adapter, 'choice button', lang, apologyFor(place, body.user.id, respond, client), () =>
      answerPress(adapter, { answerIn, label: choice.label, team, user: body.user.id, respond, client }, place));
  });

  app.action<BlockAction<ButtonAction>>(ORG_ACTION, async ({ ack, action, body, respond, client, context }) => {
    await ack();
    const picked = readOrg(action.value);
    const team = context.teamId ?? body.team?.id ?? '';
    const place = placeOf(body, team);
    const org = picked ? adapter.answers.core().organisations(picked.lang).find((o) => o.id === picked.orgId) : undefined;
    if (!picked || !place || !org) {
      adapter.logger.warn({ actionId: action.action_id }, 'unreadable Slack organisation press ignored');
      return;
    }
    const answerIn = (conversation: string) => adapter.answers.browse({ platform: 'slack', conversation, orgId: org.id, lang: picked.lang });
    await guard(adapter, 'organisation button', picked.lang, apologyFor(place, body.user.id, respond, client), () =>
      answerPress(adapter, { answerIn, label: org.name, team, user: body.user.id, respond, client }, place));
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, action, body, respond }) => {
    await ack();
    const ref = readShare(action.value);
    if (!ref) return;
    const notice = (message: Rendered) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await guard(adapter, 'share button', ref.lang, notice, async () => {
      const entry = await recall(adapter, ref);
      if (!entry) {
        await notice(renderNotice(words(ref.lang).expired));
        return;
      }
      await respond({ response_type: 'in_channel', replace_original: false, ...POST_OPTIONS, ...sharedAnswer(entry.answer, entry.question, body.user.id, adapter.answers.core().about(entry.answer.lang)) });
      // The private copy has done its job; failing to remove it is harmless.
      await respond({ delete_original: true }).catch((err: unknown) => adapter.logger.warn({ err }, 'could not remove the private answer'));
    });
  });
}
