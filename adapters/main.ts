/**
 * `npm start`: reads the configuration once (loadConfig), opens the state
 * (SQLite under DATA_DIR, or Redis with STATE_URL) and runs every configured
 * platform behind one HTTP server on PORT; with none configured it opens the
 * terminal chat. SIGHUP reloads the data, SIGTERM/SIGINT stop gracefully. A
 * start-up problem is one log line and exit code 1, never a stack trace.
 */
import type { Logger } from 'pino';
import { DataError, DEFAULT_DATA_DIR } from '../src/index.js';
import { createAnswerService, type AnswerService } from './shared/answers.js';
import { runChat } from './cli/chat.js';
import { loadConfigOrExit, safeUrl, secretsOf, type Config } from './runtime/config.js';
import { createLogger } from './runtime/logger.js';
import { createCoreHolder, type CoreHolder } from './runtime/reload.js';
import { closeServer, createHttpServer, listen } from './runtime/server.js';
import { buildPlatforms, PlatformStartError, startPlatforms, stopPlatforms } from './runtime/platforms.js';
import { guardProcess, onShutdown } from './runtime/shutdown.js';
import { openState, StateError, type State } from './state/index.js';

function answerService(logger: Logger, holder: CoreHolder, state: State): AnswerService {
  return createAnswerService({ core: holder.get, sessions: state.sessions, logger, recorder: state.curator });
}

async function serve(config: Config, logger: Logger, holder: CoreHolder, state: State): Promise<void> {
  const answers = answerService(logger, holder, state);
  const started = Date.now();
  let phase: 'starting' | 'ok' | 'stopping' = 'starting';
  const platforms = await buildPlatforms(config, { answers, logger, state });
  const modes = () => platforms.map((p) => `${p.name}:${p.mode()}`);
  const server = createHttpServer({
    routes: platforms.flatMap((p) => p.routes),
    phase: () => phase,
    health: () => ({
      version: holder.get().about('en').version, uptimeSeconds: Math.round((Date.now() - started) / 1000), platforms: modes(), state: state.health(),
    }),
  }, logger);
  await listen(server, config.port);
  onShutdown(logger, async () => {
    phase = 'stopping';
    await stopPlatforms(platforms);
    await closeServer(server);
    await state.close();
  });
  await startPlatforms(platforms);
  if (phase === 'starting') phase = 'ok';
  logger.info({ port: config.port, platforms: modes(), state: state.health().backend }, 'figures-bot is running');
}

async function chat(logger: Logger, holder: CoreHolder, state: State): Promise<void> {
  const answers = answerService(logger, holder, state);
  onShutdown(logger, () => state.close());
  await runChat(answers, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  await state.close();
}

/** What a start-up failure says: one line, naming what to fix; no stack trace. */
function startFailure(err: unknown, config: Config): string {
  if (err instanceof DataError || err instanceof StateError) return err.message;
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') return `PORT ${config.port} is already in use (is another copy running?)`;
  if (err instanceof PlatformStartError) {
    const cause = err.cause instanceof Error ? err.cause.message : String(err.cause);
    return `${err.platform} could not start: ${config.telegram?.apiRoot ? cause.split(config.telegram.apiRoot).join(safeUrl(config.telegram.apiRoot)) : cause}`;
  }
  return err instanceof Error ? err.message : String(err);
}

const config = loadConfigOrExit(process.env);
const platformsOn = config.telegram !== null || config.slack !== null;
// The terminal chat owns stdout: its logs go to stderr, and only warnings unless asked.
const logger = createLogger(
  config.logLevel ?? (platformsOn ? 'info' : 'warn'),
  secretsOf(config),
  platformsOn ? undefined : (await import('pino')).default.destination(2),
);
guardProcess(logger);
try {
  const holder = createCoreHolder(config.datasetDir ?? DEFAULT_DATA_DIR, logger);
  process.on('SIGHUP', () => holder.reload());
  const state = openState(config, { logger });
  if (platformsOn) await serve(config, logger, holder, state);
  else await chat(logger, holder, state);
} catch (err) {
  // One line: what failed and why. The logger blanks every configured secret, also inside a library's message.
  logger.fatal({ reason: startFailure(err, config) }, 'figures-bot could not start');
  logger.flush?.();
  process.exit(1);
}
