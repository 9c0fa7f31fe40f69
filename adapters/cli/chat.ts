/**
 * The terminal chat: a prompt, answers, follow-ups, `help`, and Ctrl-D to leave.
 * Numbered choices of a clarifying question are picked by typing their number.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnswerService } from '../shared/answers.js';

/** Where the chat reads and writes. */
export interface ChatIO {
  input: Readable;
  output: Writable;
  /** True when a person is typing (show a prompt and a greeting). */
  interactive: boolean;
}

/** Runs the terminal chat until the input ends; resolves when it does. */
export async function runChat(answers: AnswerService, io: ChatIO): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  const write = (text: string) => io.output.write(`${text}\n`);
  const about = answers.core().about('zh');
  if (io.interactive) {
    write(`figures-bot · ${about.title}（${about.date}）· ${about.facts} 条事实`);
    write('直接提问，输入 help 查看用法，Ctrl-D 退出。 Ask in Chinese or English; Ctrl-D to leave.\n');
  }
  rl.setPrompt('› ');
  if (io.interactive) rl.prompt();
  for await (const line of rl) {
    if (line.trim().length > 0) {
      try {
        write((await answers.ask({ platform: 'cli', conversation: 'terminal', text: line })).text);
      } catch {
        write('抱歉，这个问题出错了，请换个说法再试。 Sorry, that question failed; please try again.');
      }
      if (io.interactive) write('');
    }
    if (io.interactive) rl.prompt();
  }
  if (io.interactive) write('\n再见 · Bye');
}
