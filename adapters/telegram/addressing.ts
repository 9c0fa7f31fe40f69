/**
 * Whether a message is meant for the bot. In a private chat every message
 * is; in a group only a mention of the bot, a reply to one of its messages or
 * a command for it is, so the bot stays silent in the conversation around it.
 */
import type { Context } from 'grammy';
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

/** True for group and supergroup chats, where the bot answers only when addressed. */
export function isGroupChat(type: string | undefined): boolean {
  return type === 'group' || type === 'supergroup';
}

function entityText(text: string, e: MessageEntity): string {
  // Offsets are UTF-16 code units, which is how JavaScript strings index too.
  return text.slice(e.offset, e.offset + e.length);
}

/** What a message says: its text, or a photo's (or document's) caption. */
export function wordsOf(msg: Message): { text: string; entities: MessageEntity[] } | null {
  if (msg.text !== undefined) return { text: msg.text, entities: msg.entities ?? [] };
  if (msg.caption !== undefined) return { text: msg.caption, entities: msg.caption_entities ?? [] };
  return null;
}

function mentionsOfMe(msg: Message, me: UserFromGetMe): MessageEntity[] {
  const text = wordsOf(msg)?.text ?? '';
  const handle = `@${me.username}`.toLowerCase();
  return (wordsOf(msg)?.entities ?? []).filter(
    (e) => (e.type === 'mention' && entityText(text, e).toLowerCase() === handle) || (e.type === 'text_mention' && e.user.id === me.id),
  );
}

function isReplyToMe(msg: Message, me: UserFromGetMe): boolean {
  const replied = msg.reply_to_message;
  // In a forum topic every message "replies" to the topic's opening message; that is no address.
  if (!replied || replied.forum_topic_created) return false;
  return replied.from?.id === me.id;
}

/** True when the message starts with a command with no @target or with this bot as its target. */
export function isCommandForMe(msg: Message, me: UserFromGetMe): boolean {
  const first = msg.entities?.[0];
  if (!msg.text || first?.type !== 'bot_command' || first.offset !== 0) return false;
  const at = entityText(msg.text, first).split('@')[1];
  return at === undefined || at.toLowerCase() === me.username.toLowerCase();
}

/** True when a group message is meant for the bot: it mentions it or replies to it. */
export function isAddressed(msg: Message, me: UserFromGetMe): boolean {
  return msg.chat.type === 'private' || (isGroupChat(msg.chat.type) && (mentionsOfMe(msg, me).length > 0 || isReplyToMe(msg, me)));
}

/**
 * The question a text message (or a photo's caption) asks the bot, with
 * mentions of the bot taken out; null when it is not addressed to the bot.
 */
export function addressedQuestion(msg: Message, me: UserFromGetMe): string | null {
  const text = wordsOf(msg)?.text;
  if (text === undefined) return null;
  if (msg.chat.type === 'private') return text;
  if (!isGroupChat(msg.chat.type)) return null;
  const mentions = mentionsOfMe(msg, me);
  if (mentions.length === 0 && !isReplyToMe(msg, me)) return null;
  let question = text;
  // From the end, so earlier offsets stay valid.
  for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) {
    question = `${question.slice(0, e.offset)} ${question.slice(e.offset + e.length)}`;
  }
  return question.replace(/\s+/g, ' ').trim();
}

/** Whether an update is for the bot at all: everything but group chatter and channel posts. */
export function isForMe(ctx: Context): boolean {
  if (ctx.channelPost || ctx.editedChannelPost || ctx.editedMessage) return false;
  const msg = ctx.message;
  if (!msg || !isGroupChat(msg.chat.type)) return true;
  return isCommandForMe(msg, ctx.me) || isAddressed(msg, ctx.me);
}
