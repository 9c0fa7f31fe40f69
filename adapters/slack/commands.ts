/**
 * `/figures question`: acknowledged at once, answered privately through the
 * command's response_url with a Share button; `/figures` alone or
 * `/figures help` shows how to ask, with examples.
 */
import type { App } from '@slack/bolt';
import { detectLanguage } from '../../src/index.js';
import { admitted, COMMAND, guard, keptPrivateAnswer, POST_OPTIONS, type Adapter } from './adapter.js';
import { askerKey, privateKey } from './conversation.js';
import { renderUsage } from './home.js';
import { fromSlackText } from './mrkdwn.js';

/** What asks for usage rather than a figure. */
const HELP = /^(help|usage|\?|？|帮助|幫助|用法)$/i;

/** Registers the slash command listener. */
export function registerCommand(app: App, adapter: Adapter): void {
  app.command(COMMAND, async ({ command, ack, respond, context }) => {
    // Slack waits 3 seconds for the ack; the answer follows through response_url.
    await ack();
    const question = fromSlackText(command.text ?? '');
    const lang = detectLanguage(question);
    const apologise = (message: object) => respond({ response_type: 'ephemeral', ...message });
    await guard(adapter, 'slash command', lang, apologise, async () => {
      if (question.length === 0 || HELP.test(question)) {
        await respond({ response_type: 'ephemeral', ...POST_OPTIONS, ...renderUsage(adapter.answers.core(), COMMAND) });
        return;
      }
      const team = context.teamId ?? command.team_id;
      if (!(await admitted(adapter, askerKey(team, command.user_id), lang, apologise))) return;
      const conversation = privateKey(team, command.channel_id, command.user_id);
      const answer = await adapter.answers.ask({ platform: 'slack', conversation, text: question });
      await respond({ response_type: 'ephemeral', ...POST_OPTIONS, ...(await keptPrivateAnswer(adapter, answer, question)) });
    });
  });
}
