/**
 * Button presses: a choice (clarify reading, suggestion, example) is answered
 * where it was pressed; Share posts a private answer for the whole channel.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Choice, Lang } from '../../src/index.js';
import { guard, keptPrivateAnswer, POST_OPTIONS, sharedAnswer, type Adapter } from './adapter.js';
import { CHOOSE_ACTION, readChoice, readShare, SHARE_ACTION, type ShareRef } from './actions.js';
import { renderAnswer, renderNotice, type Rendered } from './blocks.js';
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

/** A pressed choice and what is needed to answer it. */
interface ChooseArgs {
  choice: Choice;
  lang: Lang;
  team: string;
  user: string;
  respond: (message: object) => Promise<unknown>;
  client: App['client'];
}

/** Answers a pressed choice where it was pressed. */
async function answerChoice(adapter: Adapter, args: ChooseArgs, place: Place): Promise<void> {
  const { choice, lang, team, user } = args;
  const choose = (conversation: string) => adapter.answers.choose({ platform: 'slack', conversation, choice, lang });
  if (place.kind === 'private') {
    const answer = await choose(privateKey(team, place.channel, user));
    await args.respond({ response_type: 'ephemeral', replace_original: true, ...POST_OPTIONS, ...(await keptPrivateAnswer(adapter, answer, choice.label)) });
    return;
  }
  if (place.kind === 'home') {
    // The Home tab cannot hold an answer; it goes to the user's DM with the app.
    const opened = await args.client.conversations.open({ users: user });
    const channel = opened.channel?.id ?? user;
    await args.client.chat.postMessage({ channel, ...POST_OPTIONS, ...renderAnswer(await choose(dmKey(team, channel))) });
    return;
  }
  const reply = renderAnswer(await choose(place.conversation));
  await args.client.chat.postMessage({ channel: place.channel, ...inThread(place.threadTs), ...POST_OPTIONS, ...reply });
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
    const user = body.user.id;
    const apologise = (message: Rendered) => {
      if (place.kind === 'private') return respond({ response_type: 'ephemeral', replace_original: false, ...message });
      if (place.kind === 'home') return client.chat.postMessage({ channel: user, ...message });
      return client.chat.postMessage({ channel: place.channel, ...inThread(place.threadTs), ...message });
    };
    await guard(adapter, 'choice button', picked.lang, apologise, () =>
      answerChoice(adapter, { ...picked, team, user, respond, client }, place));
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
      await respond({ response_type: 'in_channel', replace_original: false, ...POST_OPTIONS, ...sharedAnswer(entry.answer, entry.question, body.user.id) });
      // The private copy has done its job; failing to remove it is harmless.
      await respond({ delete_original: true }).catch((err: unknown) => adapter.logger.warn({ err }, 'could not remove the private answer'));
    });
  });
}
