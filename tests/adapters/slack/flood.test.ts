/**
 * Per-user flood control on Slack, the policy Telegram uses: a user asking
 * faster than the limit gets one notice and the rest of the flood costs no
 * Web API call; other users are answered as usual; button presses are free.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryKeys, memoryLimits } from '../../../adapters/state/index.js';
import { startFakeSlack, waitFor, type FakeSlack } from './fake-slack-api.js';
import { answersOver, dm, eventBody, said, send, startHttpApp, type HttpApp } from './helpers.js';

let fake: FakeSlack;
let app: HttpApp;
beforeEach(async () => {
  fake = await startFakeSlack();
  app = await startHttpApp(fake, answersOver(), { keys: memoryKeys(), limits: memoryLimits({ timeFrameMs: 60_000, limit: 3 }) });
});
afterEach(async () => {
  await app.close();
  await fake.close();
});

const fromUser = (user: string, i: number) => ({ ...dm('汉口银行服务了多少家科技企业？', `1700000100.${String(i).padStart(6, '0')}`, `D${user}`), user });

describe('Slack flood control', () => {
  it('answers a flooder up to the limit, sends one notice, and drops the rest before the Web API', async () => {
    for (let i = 0; i < 20; i++) expect((await send(app.url, eventBody(`EvFlood${i}`, fromUser('U9', i)), 'json')).status).toBe(200);
    await send(app.url, eventBody('EvOther', fromUser('U8', 99)), 'json');
    await waitFor(() => fake.ok('chat.postMessage').find((c) => c.params.channel === 'DU8'), 'the other user’s answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const toFlooder = fake.ok('chat.postMessage').filter((c) => c.params.channel === 'DU9');
    expect(toFlooder.filter((c) => said(c).includes('超9500家'))).toHaveLength(3);
    expect(toFlooder.filter((c) => said(c).includes('请稍等'))).toHaveLength(1);
    expect(toFlooder).toHaveLength(4);
    expect(said(fake.ok('chat.postMessage').find((c) => c.params.channel === 'DU8'))).toContain('超9500家');
  });
});
