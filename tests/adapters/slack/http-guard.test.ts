/**
 * Requests Bolt alone would let through: stamped in the future, a signed
 * body that is not an object, a body past the size limit.
 */
import { describe, expect, it } from 'vitest';
import { useHttpApp } from './http-fixture.js';
import { dm, eventBody, said, send } from './helpers.js';

const t = useHttpApp();
const YEAR_S = 365 * 24 * 3600;

describe('Slack request checks', () => {
  it('refuses a correctly signed request stamped more than 5 minutes in the future', async () => {
    const body = eventBody('EvFuture', dm('汉口银行服务了多少家科技企业？', '1700000000.000100'));
    expect((await send(t.slack.url, body, 'json', { timestamp: Math.floor(Date.now() / 1000) + YEAR_S })).status).toBe(401);
    expect((await send(t.slack.url, body, 'json', { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.fake.ok('chat.postMessage')).toHaveLength(0);
    // A little clock skew is Slack's own tolerance.
    expect((await send(t.slack.url, body, 'json', { timestamp: Math.floor(Date.now() / 1000) + 60 })).status).toBe(200);
    expect(said(await t.post(0, 'the answer'))).toContain('超9500家');
  });

  it('answers 400 to a signed body that is not an object, and goes on answering', async () => {
    for (const body of ['null', '42', '"text"', '[1,2]']) expect((await send(t.slack.url, body, 'json')).status).toBe(400);
    expect((await send(t.slack.url, `payload=${encodeURIComponent('null')}`, 'form')).status).toBe(400);
    await send(t.slack.url, eventBody('EvAfterNull', dm('汉口银行服务了多少家科技企业？', '1700000000.000200')), 'json');
    expect(said(await t.post(0, 'the answer after the refusals'))).toContain('超9500家');
  });

  it('refuses a body past the limit with 413', async () => {
    const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(2 * 1024 * 1024) });
    expect((await send(t.slack.url, big, 'json')).status).toBe(413);
  });
});
