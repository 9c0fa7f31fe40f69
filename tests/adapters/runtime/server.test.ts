/**
 * The shared HTTP server: every POST body bounded before its route runs, and
 * a route's error answered 500 without ending anything.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createHttpServer, closeServer, listen } from '../../../adapters/runtime/server.js';
import type { BufferedRequest } from '../../../adapters/runtime/body.js';

const seen: string[] = [];
const server = createHttpServer({
  routes: [
    { path: '/echo', handler: (req, res) => { seen.push('echo'); res.end((req as BufferedRequest).rawBody); } },
    { path: '/boom', handler: () => { throw new Error('handler exploded'); } },
  ],
  health: () => ({}),
  phase: () => 'ok',
}, pino({ level: 'silent' }));
let base = '';
beforeAll(async () => {
  await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => closeServer(server));

describe('the shared server', () => {
  it('hands a route its body, read once', async () => {
    const res = await fetch(`${base}/echo`, { method: 'POST', body: 'hello' });
    expect(await res.text()).toBe('hello');
  });

  it('refuses a body past 1 MiB with 413 before the route runs, declared or streamed', async () => {
    seen.length = 0;
    const big = new Uint8Array(50 * 1024 * 1024);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: big })).status).toBe(413);
    const chunks = async function* () {
      for (let i = 0; i < 40; i++) yield new Uint8Array(64 * 1024);
    };
    const streamed = await fetch(`${base}/echo`, { method: 'POST', body: ReadableStream.from(chunks()), duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('answers 500 when a route throws, and keeps serving', async () => {
    expect((await fetch(`${base}/boom`, { method: 'POST', body: '{}' })).status).toBe(500);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: 'still here' })).status).toBe(200);
  });
});
