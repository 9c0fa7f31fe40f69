/**
 * Test helpers: the real core and answer service, the real grammY bot built
 * by the adapter's factory against the fake Bot API, and builders of the
 * updates Telegram would send.
 */
import type { Bot } from 'grammy';
import type { Chat, Message, MessageEntity, Update, UserFromGetMe } from 'grammy/types';
import pino from 'pino';
import { stubCharts } from '../charts/stub.js';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Core } from '../../../src/index.js';
import { createAnswerService, type AnswerService } from '../../../adapters/shared/answers.js';
import { createMemorySessions } from '../../../adapters/shared/sessions.js';
import { openCuratorStore } from '../../../adapters/runtime/curator.js';
import { createTelegramBot, type TelegramDeps } from '../../../adapters/telegram/index.js';
import { callbackDataOf, type ApiCall, type FakeBotApi } from './fake-bot-api.js';

/** A token of valid shape that no Telegram server knows. */
export const TOKEN = `123456789:${'A'.repeat(35)}`;

/** The bot's own user, given to grammY so no getMe is needed. */
export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Figures',
  username: 'figures_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** A logger that writes nothing. */
export const silentLogger = pino({ level: 'silent' });

let core: Core | undefined;

/** The real core, loaded once per test file. */
export function realCore(): Core {
  core ??= createCore(loadDataset(DEFAULT_DATA_DIR));
  return core;
}

/** A fresh answer service over the real core, with its own sessions and an in-memory curator store. */
export function realAnswers(): AnswerService {
  const c = realCore();
  return createAnswerService({ core: () => c, sessions: createMemorySessions(), logger: silentLogger, recorder: openCuratorStore(':memory:') });
}

/** The adapter's bot against the fake; a generous rate limit unless a test sets one. */
export function makeBot(api: FakeBotApi, overrides: Partial<TelegramDeps> = {}): Bot {
  return createTelegramBot({
    config: { token: TOKEN, apiRoot: api.apiRoot },
    answers: realAnswers(),
    logger: silentLogger,
    botInfo: BOT_INFO,
    rateLimit: { timeFrameMs: 60_000, limit: 1_000 },
    charts: stubCharts(),
    ...overrides,
  });
}

let updateId = 1;
let messageId = 1;

/** A user of the given language. */
export function user(id = 777, languageCode = 'zh-hans') {
  return { id, is_bot: false as const, first_name: 'Ann', language_code: languageCode };
}

/** A private chat with a user. */
export function privateChat(id = 777): Chat.PrivateChat {
  return { id, type: 'private', first_name: 'Ann' };
}

/** A supergroup. */
export function groupChat(id = -100123): Chat.SupergroupChat {
  return { id, type: 'supergroup', title: 'Finance desk' };
}

/** The entities Telegram would detect: a leading /command and every @mention. */
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@[A-Za-z0-9_]{5,}/g)) {
    if (m.index === 0 && command) continue;
    if (command && m.index! < command[0].length) continue;
    entities.push({ type: 'mention', offset: m.index!, length: m[0].length });
  }
  return entities;
}

/** A text message update. */
export function textUpdate(
  text: string,
  options: { chat?: Chat.PrivateChat | Chat.SupergroupChat | Chat.GroupChat; from?: ReturnType<typeof user>; replyTo?: Message } = {},
): Update {
  const entities = entitiesOf(text);
  const message = {
    message_id: messageId++,
    date: Math.floor(Date.now() / 1000),
    chat: options.chat ?? privateChat(),
    from: options.from ?? user(),
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
  } as Update['message'] & object;
  return { update_id: updateId++, message };
}

/** A message the bot sent earlier, as a reply_to_message or a pressed button's message. */
export function botMessage(chat: Chat, text: string, messageIdOf = messageId++, replyMarkup?: unknown): Message {
  return {
    message_id: messageIdOf,
    date: Math.floor(Date.now() / 1000),
    chat,
    from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username },
    text,
    ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
  } as Message;
}

/** A button press on a message. */
export function callbackUpdate(data: string, message: Message, from = user()): Update {
  return {
    update_id: updateId++,
    callback_query: { id: `cb${updateId}`, from, chat_instance: 'ci', data, message } as Update['callback_query'] & object,
  };
}

/** An inline query. */
export function inlineUpdate(query: string, from = user()): Update {
  return { update_id: updateId++, inline_query: { id: `iq${updateId}`, from, query, offset: '' } };
}

/** The texts the bot sent with sendMessage. */
export function sentTexts(api: FakeBotApi): string[] {
  return api.callsOf('sendMessage').map((c) => String(c.params.text));
}

/** Every callback_data of every keyboard the bot sent or edited in. */
export function allCallbackData(api: FakeBotApi): string[] {
  return api.calls.flatMap((c: ApiCall) => callbackDataOf(c.params.reply_markup));
}
