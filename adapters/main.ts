/**
 * `npm start`: the terminal chat for now; the runtime issue grows this into
 * the one entry point that starts every configured platform.
 */
import pino from 'pino';
import { createCore, DEFAULT_DATA_DIR, loadDataset } from '../src/index.js';
import { createAnswerService } from './shared/answers.js';
import { createMemorySessions } from './shared/sessions.js';
import { runChat } from './cli/chat.js';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const core = createCore(loadDataset(DEFAULT_DATA_DIR));
const answers = createAnswerService({ core: () => core, sessions: createMemorySessions(), logger });
await runChat(answers, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
