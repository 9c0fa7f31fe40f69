/**
 * Events: a mention in a channel is answered in a thread under it, every
 * direct message is a question (follow-ups work per DM), and opening the App
 * Home tab publishes what the bot knows.
 */
import type { App } from '@slack/bolt';
import { admitted, COMMAND, guard, POST_OPTIONS, uiLangOf, type Adapter } from './adapter.js';
import type { Rendered } from './blocks.js';
import { postAnswer } from './post.js';
import { askerKey, dmKey, isDirect, threadKey } from './conversation.js';
import { homeView } from './home.js';
import { fromSlackText } from './mrkdwn.js';

/** Registers the mention, DM and App Home listeners. */
export function registerEvents(app: App, adapter: Adapter): void {
  app.event('app_mention', async ({ event, client, context }) => {
    // A mention inside a DM also arrives as a message there; that listener answers it.
    if (isDirect(event.channel) || event.bot_id !== undefined) return;
    const question = fromSlackText(event.text, context.botUserId);
    const threadTs = event.thread_ts ?? event.ts;
    const team = context.teamId ?? event.team ?? '';
    const conversation = threadKey(team, event.channel, threadTs);
    const post = (message: Rendered) => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...POST_OPTIONS, ...message });
    const lang = await uiLangOf(adapter, team, event.channel, question);
    await guard(adapter, 'mention', lang, post, async () => {
      if (!(await admitted(adapter, askerKey(team, event.user), lang, post))) return;
      const answer = await adapter.answers.ask({ platform: 'slack', conversation, text: question });
      await postAnswer(adapter, client, { channel: event.channel, threadTs }, answer, question, lang);
    });
  });

  app.message(async ({ message, client, context }) => {
    // Edits, joins, files and bots' own posts are not questions.
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id !== undefined) return;
    const question = fromSlackText(message.text ?? '', context.botUserId);
    const team = context.teamId ?? message.team ?? '';
    const conversation = dmKey(team, message.channel);
    // A question asked inside a DM thread is answered in that thread.
    const thread = message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {};
    const post = (reply: Rendered) => client.chat.postMessage({ channel: message.channel, ...thread, ...POST_OPTIONS, ...reply });
    const lang = await uiLangOf(adapter, team, message.channel, question);
    await guard(adapter, 'direct message', lang, post, async () => {
      if (!(await admitted(adapter, askerKey(team, message.user), lang, post))) return;
      const answer = await adapter.answers.ask({ platform: 'slack', conversation, text: question });
      await postAnswer(adapter, client, { channel: message.channel, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) }, answer, question, lang);
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(adapter.answers.core(), COMMAND) });
    } catch (err) {
      // Nobody to apologise to here: the tab simply keeps its previous view.
      adapter.logger.error({ err }, 'could not publish the App Home tab');
    }
  });
}
