/**
 * A fake Slack on 127.0.0.1 for the adapter tests: the Web API (every call
 * recorded with its params; plausible `ok: true` payloads; a 429 on demand),
 * response_url endpoints, and a Socket Mode WebSocket server whose URL
 * apps.connections.open hands out.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request the fake received. */
export interface RecordedCall {
  /** The Web API method ("chat.postMessage"), or "response_url" for a POST to a response URL. */
  method: string;
  /** For response_url calls, which one (the last path segment). */
  id?: string;
  params: Record<string, unknown>;
  /** The HTTP status the fake answered with. */
  status: number;
  /** The bearer token sent, if any. */
  token?: string;
  /** What the fake answered (a posted message's ts, say). */
  result?: Record<string, unknown>;
}

/** The running fake. */
export interface FakeSlack {
  /** The Web API base URL to give the app (SLACK_API_URL). */
  apiUrl: string;
  /** A response_url the fake serves, named by `id`. */
  responseUrl(id: string): string;
  /** Every call so far, oldest first. */
  calls: RecordedCall[];
  /** Files posted to the upload URLs files.getUploadURLExternal handed out, byte for byte. */
  uploads: { id: string; data: Buffer }[];
  /** Calls of one method that the fake answered 200. */
  ok(method: string): RecordedCall[];
  /** The next call of `method` gets HTTP 429 with Retry-After. */
  rateLimitOnce(method: string, retryAfterSec?: number): void;
  /** The next call of `method` answers `ok: false` with this Slack error code. */
  failOnce(method: string, error: string): void;
  /** Socket Mode: messages the app sent back over the WebSocket (acks), parsed. */
  acks: Record<string, unknown>[];
  /** Socket Mode: sends an envelope to the connected app. */
  send(envelope: Record<string, unknown>): void;
  /** Socket Mode: how many WebSocket connections are open. */
  openSockets(): number;
  close(): Promise<void>;
}

const BOT = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Test', user: 'figures', url: 'https://test.slack.com/' };

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Form or JSON bodies, with the JSON-encoded form fields (blocks, view) decoded. */
function parseParams(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? parseJson(value) : value;
  }
  return params;
}

/** The file in an upload: the first part of a multipart body, or the body itself. */
function uploadedBytes(raw: Buffer, type: string | undefined): Buffer {
  const boundary = /boundary=([^;]+)/.exec(type ?? '')?.[1];
  if (!boundary) return raw;
  const start = raw.indexOf('\r\n\r\n') + 4;
  const end = raw.indexOf(`\r\n--${boundary}`, start);
  return raw.subarray(start, end < 0 ? raw.length : end);
}

let ts = 1_700_000_000;
function nextTs(): string {
  ts += 1;
  return `${ts}.000100`;
}

function payloadFor(method: string, params: Record<string, unknown>, wsUrl: string): Record<string, unknown> {
  switch (method) {
    case 'auth.test': return { ok: true, ...BOT };
    case 'apps.connections.open': return { ok: true, url: wsUrl };
    case 'chat.postMessage': return { ok: true, channel: params.channel, ts: nextTs(), message: { text: params.text } };
    case 'chat.postEphemeral': return { ok: true, message_ts: nextTs() };
    case 'views.publish': return { ok: true, view: { id: 'V1', ...(params.view as object) } };
    case 'conversations.open': return { ok: true, channel: { id: `D${String(params.users)}` } };
    // Files: the upload URL is on this fake too, so the bytes are kept (uploads).
    case 'files.getUploadURLExternal': return { ok: true, upload_url: `${wsUrl.replace(/^ws/, 'http').replace(/\/socket$/, '')}/upload/F${ts}`, file_id: `F${ts}` };
    case 'files.completeUploadExternal': return { ok: true, files: (params.files as { id: string }[] | undefined ?? []).map((f) => ({ id: f.id })) };
    default: return { ok: true };
  }
}

/** Starts the fake on a free loopback port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const uploads: { id: string; data: Buffer }[] = [];
  const limited = new Map<string, number>();
  const failing = new Map<string, string>();
  const acks: Record<string, unknown>[] = [];
  const sockets = new Set<WebSocket>();
  let base = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', base).pathname;
    if (path.startsWith('/upload/')) {
      uploads.push({ id: path.slice('/upload/'.length), data: uploadedBytes(raw, req.headers['content-type']) });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
      return;
    }
    const params = parseParams(raw.toString('utf8'), req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof params.token === 'string' ? params.token : undefined;
    if (path.startsWith('/respond/')) {
      calls.push({ method: 'response_url', id: path.slice('/respond/'.length), params, status: 200 });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const retryAfter = limited.get(method);
    if (retryAfter !== undefined) {
      limited.delete(method);
      calls.push({ method, params, status: 429, token });
      res.writeHead(429, { 'retry-after': String(retryAfter), 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    const call: RecordedCall = { method, params, status: 200, token };
    calls.push(call);
    const error = failing.get(method);
    if (error !== undefined) {
      failing.delete(method);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error }));
      return;
    }
    call.result = payloadFor(method, params, `${base.replace('http', 'ws')}/socket`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(call.result));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => acks.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    uploads,
    ok: (method) => calls.filter((c) => c.method === method && c.status === 200),
    rateLimitOnce: (method, retryAfterSec = 0) => void limited.set(method, retryAfterSec),
    failOnce: (method, error) => void failing.set(method, error),
    acks,
    send(envelope) {
      const [ws] = [...sockets];
      if (!ws) throw new Error('no Socket Mode connection');
      ws.send(JSON.stringify(envelope));
    },
    openSockets: () => sockets.size,
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `pick` returns something (or true), failing after `timeoutMs` with `what` and the calls so far. */
export async function waitFor<T>(pick: () => T | undefined | null | false, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = pick();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
