/**
 * The batch contract: one question a line in, one JSON answer a line out.
 * A line that is a JSON object {"chat": "c1", "q": "..."} is a turn of chat
 * c1, so follow-ups are answered in context. A bad line gets its own answer.
 */
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import type { Answer, ChatState, Core } from '../../src/index.js';

function chatLineSchema() {
  const { z } = createRequire(import.meta.url)('zod') as { z: typeof Zod };
  return z.object({ chat: z.union([z.string(), z.number()]).transform(String), q: z.string() });
}

/** A chat turn line; zod loads with the first JSON line (plain questions never need it). */
let ChatLine: ReturnType<typeof chatLineSchema> | null = null;

/** One output line of the batch contract. */
export interface JsonlAnswer {
  status: Answer['status'] | 'error';
  text: string;
  facts: string[];
}

/** Answers batch lines in order, keeping each chat's state between its turns. */
export class JsonlSession {
  private readonly chats = new Map<string, ChatState>();

  constructor(private readonly core: Core) {}

  /** Answers one input line; never throws. */
  answerLine(line: string): JsonlAnswer {
    try {
      const { chat, question } = this.parse(line);
      const state = chat === null ? {} : this.chats.get(chat) ?? {};
      const reply = this.core.answer(question, state);
      if (chat !== null) this.chats.set(chat, reply.state);
      return { status: reply.answer.status, text: reply.answer.text, facts: reply.answer.facts.map((f) => f.id) };
    } catch (err) {
      return { status: 'error', text: `This line could not be answered: ${(err as Error).message}`, facts: [] };
    }
  }

  private parse(line: string): { chat: string | null; question: string } {
    const trimmed = line.trim();
    if (trimmed.startsWith('{')) {
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch {
        return { chat: null, question: line };
      }
      ChatLine ??= chatLineSchema();
      const parsed = ChatLine.safeParse(value);
      if (parsed.success) return { chat: parsed.data.chat, question: parsed.data.q };
    }
    return { chat: null, question: line };
  }
}
