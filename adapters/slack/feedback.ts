/**
 * 👍/👎 and cite under Slack answers. A vote is counted once per user per
 * answer (the message the buttons are under names it) and recorded with the
 * question and the answer's facts for `npm run report`; the user gets a
 * private notice. Cite answers privately with one citation line per fact:
 * the verbatim quote, the article, its kind and date, the section.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { citationLine } from '../citation/index.js';
import { ui, type StringKey } from '../i18n/index.js';
import { VoteError, type VoteOutcome } from '../shared/answers.js';
import { guard, POST_OPTIONS, type Adapter } from './adapter.js';
import { CITE_ACTION, readCite, readVote, VOTE_ACTION } from './actions.js';
import { fallback, renderNotice, section, type Rendered } from './blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';

const NOTICE: Record<VoteOutcome, StringKey> = { recorded: 'voteThanks', changed: 'voteChanged', duplicate: 'voteDuplicate' };

/** Names the message a press came from: its channel and timestamp. */
function messageOf(body: BlockAction): { channel: string; ts: string } {
  const box = body.container as { channel_id?: string; message_ts?: string };
  return { channel: body.channel?.id ?? box.channel_id ?? '', ts: box.message_ts ?? body.message?.ts ?? '' };
}

/** The citation lines of an answer's facts, as a private message. */
function citations(adapter: Adapter, factIds: string[], lang: 'zh' | 'en', uiLang: 'zh' | 'en'): Rendered {
  const core = adapter.answers.core();
  const facts = core.choose({ label: '', factIds }, lang).answer.facts.filter((f) => factIds.includes(f.id));
  const lines = facts.map((f) => citationLine(f, core.about(lang), lang));
  const quoted = [escapeMrkdwn(ui(uiLang)('citeHint')), ...lines.map((l) => `> ${escapeMrkdwn(l)}`)].join('\n');
  return { text: fallback(lines.join('\n') || ui(uiLang)('citeHint')), blocks: [section(quoted)] };
}

/** Registers the vote and cite listeners. */
export function registerFeedback(app: App, adapter: Adapter): void {
  app.action<BlockAction<ButtonAction>>(VOTE_ACTION, async ({ ack, action, body, respond, context }) => {
    await ack();
    const ref = readVote(action.value);
    if (!ref) return;
    const t = ui(ref.uiLang);
    const notice = (message: Rendered) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await guard(adapter, 'vote button', ref.uiLang, notice, async () => {
      const { channel, ts } = messageOf(body);
      const team = context.teamId ?? body.team?.id ?? '';
      try {
        const outcome = await adapter.answers.vote({
          platform: 'slack',
          conversation: `slack:${team}:${channel}`,
          user: body.user.id,
          answerKey: `slack:${team}:${channel}:${ts}`,
          question: ref.question,
          factIds: ref.factIds,
          lang: ref.lang,
          vote: action.action_id.endsWith('_up') ? 'up' : 'down',
        });
        await notice(renderNotice(t(NOTICE[outcome])));
      } catch (err) {
        // The answer service has logged why; the user learns the vote did not count.
        if (!(err instanceof VoteError)) throw err;
        await notice(renderNotice(t('voteFailed')));
      }
    });
  });

  app.action<BlockAction<ButtonAction>>(CITE_ACTION, async ({ ack, action, respond }) => {
    await ack();
    const ref = readCite(action.value);
    if (!ref) return;
    const notice = (message: Rendered) => respond({ response_type: 'ephemeral', replace_original: false, ...message });
    await guard(adapter, 'cite button', ref.uiLang, notice, async () => {
      await respond({ response_type: 'ephemeral', replace_original: false, ...POST_OPTIONS, ...citations(adapter, ref.factIds, ref.lang, ref.uiLang) });
    });
  });
}
