/**
 * Posts an answer in a channel or DM, then, for a comparison, a ranking or a
 * card, its bar chart as an uploaded image in the answer's thread. A chart
 * that cannot be drawn or uploaded is logged; the answer stands.
 */
import type { App } from '@slack/bolt';
import type { Answer, Lang } from '../../src/index.js';
import { sourceText } from '../citation/index.js';
import { ui } from '../i18n/index.js';
import { answerMessage, POST_OPTIONS, type Adapter } from './adapter.js';

/** Where a message goes: a channel (or DM), in a thread when there is one. */
export interface Where {
  channel: string;
  threadTs?: string;
}

/** Uploads an answer's chart into the thread at `threadTs`, if the answer has one. */
export async function postChart(adapter: Adapter, client: App['client'], answer: Answer, channel: string, threadTs: string | undefined): Promise<void> {
  try {
    const chart = await adapter.charts.chartFor(answer, sourceText(answer.facts, adapter.answers.core().about(answer.lang), answer.lang));
    if (!chart) return;
    await client.files.uploadV2({
      channel_id: channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      file: chart.png,
      filename: 'chart.png',
      title: chart.spec.title,
      alt_text: ui(answer.lang)('chartAlt', { title: chart.spec.title }),
    } as Parameters<App['client']['files']['uploadV2']>[0]);
  } catch (err) {
    adapter.logger.warn({ err, facts: answer.facts.map((f) => f.id) }, 'could not post a chart');
  }
}

/** Posts an answer where it belongs, then its chart in the answer's thread. */
export async function postAnswer(adapter: Adapter, client: App['client'], where: Where, answer: Answer, question: string, uiLang: Lang): Promise<void> {
  const posted = await client.chat.postMessage({
    channel: where.channel,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    ...POST_OPTIONS,
    ...answerMessage(adapter, answer, question, uiLang),
  });
  await postChart(adapter, client, answer, where.channel, where.threadTs ?? posted.ts);
}
