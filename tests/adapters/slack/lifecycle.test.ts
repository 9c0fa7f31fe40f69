/**
 * Building, starting and stopping the Slack app: nothing reaches the network
 * before start(), a bad configuration or token fails loudly, and the HTTP
 * listener refuses work until the app is started.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../../adapters/slack/index.js';
import { startFakeSlack, type FakeSlack } from './fake-slack-api.js';
import { answersOver, commandBody, SECRET, send, silent } from './helpers.js';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
});

const build = (config: Record<string, string>) => createSlackApp({ config: { botToken: 'xoxb-test', apiUrl: fake.apiUrl, ...config }, answers: answersOver(), logger: silent });

describe('lifecycle', () => {
  it('builds without touching the network, and serves 503 until started', async () => {
    const handle = build({ signingSecret: SECRET });
    expect(handle.mode).toBe('http');
    const server = createServer(handle.requestListener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      expect((await send(url, commandBody('help', fake.responseUrl('early')), 'form')).status).toBe(503);
      expect(fake.calls).toHaveLength(0);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('prefers Socket Mode when an app token is given, even with a signing secret', () => {
    const handle = build({ signingSecret: SECRET, appToken: 'xapp-test' });
    expect(handle.mode).toBe('socket');
    expect(handle.requestListener).toBeUndefined();
    expect(fake.calls).toHaveLength(0);
  });

  it('refuses to build HTTP mode without a signing secret', () => {
    expect(() => build({})).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('fails start() when Slack rejects the bot token', async () => {
    fake.failOnce('auth.test', 'invalid_auth');
    await expect(build({ signingSecret: SECRET }).start()).rejects.toThrow(/invalid_auth/);
  });

  it('fails start() in Socket Mode when Slack rejects the app token', async () => {
    fake.failOnce('apps.connections.open', 'invalid_auth');
    const handle = build({ appToken: 'xapp-bad' });
    await expect(handle.start()).rejects.toThrow(/invalid_auth/);
    expect(fake.openSockets()).toBe(0);
    await handle.stop();
  });
});
