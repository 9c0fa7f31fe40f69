/**
 * A fake Telegram Bot API server on 127.0.0.1 for the adapter's tests. It
 * records every method call with its parameters, returns plausible results,
 * and, like the real server, refuses what bot-api-rules.ts describes. It
 * can be told to fail a method once (429 with retry_after, 500, or a 400),
 * to delay one, and it serves queued updates to getUpdates (long polling).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { messageProblem } from './bot-api-rules.js';

export { callbackDataOf } from './bot-api-rules.js';

/** One recorded Bot API call. */
export interface ApiCall {
  method: string;
  token: string;
  params: Record<string, unknown>;
  /** Set once the fake has sent its response. */
  responded: boolean;
  /** The HTTP status the fake answered with (200, or the error code). */
  status?: number;
  /** What the fake answered with, when it succeeded (a sent message, say). */
  result?: unknown;
}

/** A scripted failure of the next call of a method. */
export type Failure = { status: 429; retryAfter: number } | { status: 500 } | { status: 400; description: string };

type Result = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after: number } };

function bad(description: string): Result {
  return { ok: false, error_code: 400, description: `Bad Request: ${description}` };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file sent with multipart/form-data, kept byte for byte. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/**
 * multipart/form-data as grammY sends it: text fields as strings, files as
 * UploadedFile, and a field that names an attached file ("attach://x") resolved to it.
 */
function parseMultipart(type: string, body: Buffer): Record<string, unknown> {
  const boundary = `--${/boundary=([^;]+)/.exec(type)?.[1] ?? ''}`;
  const fields: Record<string, unknown> = {};
  let at = body.indexOf(boundary);
  while (at >= 0) {
    const next = body.indexOf(boundary, at + boundary.length);
    if (next < 0) break;
    const part = body.subarray(at + boundary.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)?.[1];
    // grammY writes the filename unquoted (filename=chart.png); others quote it.
    const filename = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
    if (name) fields[name] = filename === undefined ? data.toString('utf8') : ({ filename, data } satisfies UploadedFile);
    at = next;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.startsWith('attach://')) fields[key] = fields[value.slice('attach://'.length)];
  }
  return fields;
}

function parseParams(type: string | undefined, raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (type?.startsWith('multipart/form-data')) return parseMultipart(type, raw);
  const body = raw.toString('utf8');
  if (type?.startsWith('application/json')) return JSON.parse(body) as Record<string, unknown>;
  if (type?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  return { raw: body };
}

/** Telegram's refusal of a message, as a Bot API result; undefined when it would be accepted. */
function checkMessage(text: unknown, parseMode: unknown, markup: unknown): Result | undefined {
  const problem = messageProblem(text, parseMode, markup);
  return problem === undefined ? undefined : bad(problem);
}

/** The fake server. Start it with FakeBotApi.start(botInfo). */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly delays = new Map<string, number[]>();
  private readonly updates: Update[] = [];
  private readonly waiting = new Set<() => void>();
  private nextMessageId = 1000;

  private constructor(private readonly server: Server, readonly botInfo: UserFromGetMe) {}

  /** Starts a fake on 127.0.0.1 on a free port. */
  static async start(botInfo: UserFromGetMe): Promise<FakeBotApi> {
    let fake: FakeBotApi | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    fake = new FakeBotApi(server, botInfo);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** What to pass as grammY's client.apiRoot. */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The calls of one method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Makes the next call of `method` fail once as given. */
  failNext(method: string, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** Makes the next call of `method` answer only after `ms` milliseconds. */
  delayNext(method: string, ms: number): void {
    this.delays.set(method, [...(this.delays.get(method) ?? []), ms]);
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: Update): void {
    this.updates.push(update);
    for (const wake of this.waiting) wake();
  }

  /** Forgets the recorded calls. */
  reset(): void {
    this.calls.length = 0;
  }

  /** Stops the server, cutting any long poll still open. */
  async close(): Promise<void> {
    for (const wake of this.waiting) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    const call: ApiCall = { method: match[2]!, token: match[1]!, params: {}, responded: false };
    try {
      call.params = parseParams(req.headers['content-type'], await readBody(req));
    } catch {
      res.writeHead(400).end(JSON.stringify(bad('invalid JSON')));
      return;
    }
    this.calls.push(call);
    const result = await this.resultOf(call, res);
    const delay = this.delays.get(call.method)?.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const status = result.ok ? 200 : result.error_code;
    call.status = status;
    if (result.ok) call.result = result.result;
    if (!res.destroyed) res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
    call.responded = true;
  }

  private async resultOf(call: ApiCall, res: ServerResponse): Promise<Result> {
    const failure = this.failures.get(call.method)?.shift();
    if (failure?.status === 429) {
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${failure.retryAfter}`, parameters: { retry_after: failure.retryAfter } };
    }
    if (failure?.status === 500) return { ok: false, error_code: 500, description: 'Internal Server Error' };
    if (failure?.status === 400) return bad(failure.description);
    const p = call.params;
    switch (call.method) {
      case 'getMe':
        return { ok: true, result: this.botInfo };
      case 'getUpdates':
        return { ok: true, result: await this.nextUpdates(p, res) };
      case 'sendMessage':
      case 'editMessageText':
        return checkMessage(p.text, p.parse_mode, p.reply_markup) ?? { ok: true, result: this.message(p) };
      case 'sendPhoto':
        return this.checkPhoto(p) ?? { ok: true, result: this.message(p) };
      case 'answerInlineQuery':
        return this.checkInline(p) ?? { ok: true, result: true };
      default:
        return { ok: true, result: true };
    }
  }

  private checkPhoto(p: Record<string, unknown>): Result | undefined {
    const photo = p.photo as UploadedFile | undefined;
    if (!photo?.data || photo.data.length === 0) return bad('there is no photo in the request');
    const caption = p.caption === undefined ? undefined : messageProblem(p.caption, p.parse_mode, p.reply_markup);
    if (caption) return bad(caption);
    if (typeof p.caption === 'string' && p.caption.length > 1024) return bad('message caption is too long');
    return undefined;
  }

  private checkInline(p: Record<string, unknown>): Result | undefined {
    const results = (p.results ?? []) as { input_message_content?: { message_text?: string; parse_mode?: string } }[];
    if (results.length > 50) return bad('RESULTS_TOO_MUCH');
    for (const r of results) {
      const content = r.input_message_content;
      const problem = content ? checkMessage(content.message_text, content.parse_mode, undefined) : bad('no input_message_content');
      if (problem) return problem;
    }
    return undefined;
  }

  private message(p: Record<string, unknown>): Record<string, unknown> {
    const chatId = Number(p.chat_id ?? 0);
    const messageId = p.message_id === undefined ? this.nextMessageId++ : Number(p.message_id);
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
      from: { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username },
      text: p.text,
      ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
    };
  }

  private async nextUpdates(p: Record<string, unknown>, res: ServerResponse): Promise<Update[]> {
    const offset = Number(p.offset ?? 0);
    const ready = () => this.updates.filter((u) => u.update_id >= offset);
    if (ready().length === 0) {
      // Long poll, but briefly: tests should not wait on a 30-second timeout.
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiting.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 500);
        this.waiting.add(wake);
        // The client gave up (the runner stopped): stop waiting.
        res.once('close', wake);
      });
    }
    const batch = ready().slice(0, Number(p.limit ?? 100));
    // Confirmed updates (below the offset) are gone for good, as on Telegram.
    this.updates.splice(0, this.updates.length, ...this.updates.filter((u) => u.update_id >= offset));
    return batch;
  }
}
