/**
 * The message shortcut "Ask figures-bot" (callback id figures_ask): asks
 * about the selected message's text and answers privately to whoever used
 * it, with a Share button, as `/figures` does.
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { ui } from '../i18n/index.js';
import { admitted, guard, keptPrivateAnswer, POST_OPTIONS, uiLangOf, type Adapter } from './adapter.js';
import { renderNotice, type Rendered } from './blocks.js';
import { askerKey, privateKey } from './conversation.js';
import { fromSlackText } from './mrkdwn.js';

/** The callback id the manifest gives the shortcut. */
export const SHORTCUT_ID = 'figures_ask';

/** Registers the message shortcut. */
export function registerShortcut(app: App, adapter: Adapter): void {
  app.shortcut<MessageShortcut>({ callback_id: SHORTCUT_ID, type: 'message_action' }, async ({ ack, shortcut, respond, context }) => {
    await ack();
    const question = fromSlackText(shortcut.message.text ?? '', context.botUserId);
    const team = context.teamId ?? shortcut.team?.id ?? '';
    const channel = shortcut.channel.id;
    const lang = await uiLangOf(adapter, team, channel, question);
    const reply = (message: Rendered) => respond({ response_type: 'ephemeral', ...POST_OPTIONS, ...message });
    await guard(adapter, 'message shortcut', lang, reply, async () => {
      if (question.trim().length === 0) {
        await reply(renderNotice(ui(lang)('shortcutEmpty')));
        return;
      }
      if (!(await admitted(adapter, askerKey(team, shortcut.user.id), lang, reply))) return;
      const answer = await adapter.answers.ask({ platform: 'slack', conversation: privateKey(team, channel, shortcut.user.id), text: question });
      await reply(await keptPrivateAnswer(adapter, answer, question, lang));
    });
  });
}
