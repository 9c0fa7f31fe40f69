/**
 * The real Bolt app in Socket Mode: apps.connections.open at the fake Web API
 * hands out a ws://127.0.0.1 URL, and commands and events arrive as
 * envelopes over that WebSocket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackHandle } from '../../../adapters/slack/index.js';
import { startFakeSlack, waitFor, type FakeSlack } from './fake-slack-api.js';
import { answersOver, buttons, expectWithinLimits, said, silent } from './helpers.js';

let fake: FakeSlack;
let slack: SlackHandle;

beforeEach(async () => {
  fake = await startFakeSlack();
  slack = createSlackApp({ config: { botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl }, answers: answersOver(), logger: silent });
  await slack.start();
});

afterEach(async () => {
  await slack.stop();
  for (const call of fake.calls.filter((c) => c.status === 200)) expectWithinLimits(call);
  await fake.close();
});

function eventEnvelope(envelopeId: string, eventId: string, event: Record<string, unknown>, retry = 0): Record<string, unknown> {
  return {
    envelope_id: envelopeId, type: 'events_api', accepts_response_payload: false, retry_attempt: retry, retry_reason: retry ? 'timeout' : '',
    payload: { token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1_700_000_000, event },
  };
}

const acked = (id: string) => fake.acks.find((a) => a.envelope_id === id);

describe('Socket Mode', () => {
  it('connects with the app token at the URL apps.connections.open returns', () => {
    expect(slack.mode).toBe('socket');
    expect(slack.requestListener).toBeUndefined();
    expect(fake.ok('apps.connections.open')[0]?.token).toBe('xapp-test');
    expect(fake.ok('auth.test')[0]?.token).toBe('xoxb-test');
    expect(fake.openSockets()).toBe(1);
  });

  it('acks a slash command envelope and answers it through response_url', async () => {
    fake.send({
      envelope_id: 'env-cmd', type: 'slash_commands', accepts_response_payload: true,
      payload: {
        token: 'legacy', team_id: 'T1', team_domain: 'test', channel_id: 'C1', channel_name: 'general', user_id: 'U1', user_name: 'asker',
        command: '/figures', text: 'How many tech firms has Hankou Bank served?', api_app_id: 'A1', response_url: fake.responseUrl('sock'), trigger_id: 't',
      },
    });
    await waitFor(() => acked('env-cmd'), 'the ack of the command');
    const reply = await waitFor(() => fake.calls.find((c) => c.method === 'response_url' && c.id === 'sock'), 'the command answer');
    expect(reply.params.response_type).toBe('ephemeral');
    expect(said(reply)).toContain('超9500家');
    expect(said(reply)).toContain('more than 9,500');
    expect(buttons(reply).map((b) => b.action_id)).toContain('figures_share');
  });

  it('acks an app_mention envelope and answers in its thread', async () => {
    const mention = { type: 'app_mention', user: 'U1', text: '<@UBOT> 汉口银行服务了多少家科技企业？', ts: '1700000000.100000', channel: 'C1', event_ts: '1700000000.100000' };
    fake.send(eventEnvelope('env-ev', 'EvSock1', mention));
    await waitFor(() => acked('env-ev'), 'the ack of the event');
    const post = await waitFor(() => fake.ok('chat.postMessage')[0], 'the thread answer');
    expect(post.params.channel).toBe('C1');
    expect(post.params.thread_ts).toBe('1700000000.100000');
    expect(said(post)).toContain('超9500家');
  });

  it('answers a redelivered event (retry_attempt, same event_id) once', async () => {
    const message = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: '汉口银行服务了多少家科技企业？', ts: '1700000000.200000', event_ts: '1700000000.200000' };
    fake.send(eventEnvelope('env-1', 'EvSockRetry', message));
    await waitFor(() => fake.ok('chat.postMessage').length > 0, 'the answer');
    fake.send(eventEnvelope('env-2', 'EvSockRetry', message, 1));
    await waitFor(() => acked('env-2'), 'the ack of the retry');
    await slack.stop();
    expect(fake.ok('chat.postMessage')).toHaveLength(1);
  });

  it('disconnects on stop', async () => {
    await slack.stop();
    await waitFor(() => fake.openSockets() === 0, 'the socket closed');
  });
});
