/**
 * `npm start`: reads the configuration once (loadConfig), and runs every
 * configured platform behind one HTTP server on PORT; with none configured it
 * opens the terminal chat. SIGHUP reloads the data, SIGTERM/SIGINT stop
 * gracefully.
 */
import type { Logger } from 'pino';
import { DataError, DEFAULT_DATA_DIR } from '../src/index.js';
import { createAnswerService, type AnswerService } from './shared/answers.js';
import { createMemorySessions } from './shared/sessions.js';
import { runChat } from './cli/chat.js';
import { loadConfigOrExit, type Config } from './runtime/config.js';
import { createLogger } from './runtime/logger.js';
import { createCoreHolder, type CoreHolder } from './runtime/reload.js';
import { curatorPath, openCuratorStore, type CuratorStore } from './runtime/curator.js';
import { closeServer, createHttpServer, listen } from './runtime/server.js';
import { buildPlatforms, startPlatforms, stopPlatforms } from './runtime/platforms.js';
import { onShutdown } from './runtime/shutdown.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function loadCore(config: Config, logger: Logger): CoreHolder {
  try {
    return createCoreHolder(config.datasetDir ?? DEFAULT_DATA_DIR, logger);
  } catch (err) {
    if (err instanceof DataError) fail(err.message);
    throw err;
  }
}

function answerService(config: Config, logger: Logger, holder: CoreHolder, curator: CuratorStore): AnswerService {
  return createAnswerService({ core: holder.get, sessions: createMemorySessions({ ttlMs: config.sessionTtlMs }), logger, recorder: curator });
}

async function serve(config: Config, logger: Logger, holder: CoreHolder, curator: CuratorStore): Promise<void> {
  const answers = answerService(config, logger, holder, curator);
  const started = Date.now();
  let stopping = false;
  const platforms = await buildPlatforms(config, { answers, logger });
  const modes = () => platforms.map((p) => `${p.name}:${p.mode()}`);
  const server = createHttpServer({
    routes: platforms.flatMap((p) => p.routes),
    stopping: () => stopping,
    health: () => ({ version: holder.get().about('en').version, uptimeSeconds: Math.round((Date.now() - started) / 1000), platforms: modes() }),
  }, logger);
  await listen(server, config.port);
  onShutdown(logger, async () => {
    stopping = true;
    await stopPlatforms(platforms);
    await closeServer(server);
    await curator.close();
  });
  await startPlatforms(platforms);
  logger.info({ port: config.port, platforms: modes() }, 'figures-bot is running');
}

async function chat(config: Config, logger: Logger, holder: CoreHolder, curator: CuratorStore): Promise<void> {
  const answers = answerService(config, logger, holder, curator);
  onShutdown(logger, () => curator.close());
  await runChat(answers, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  await curator.close();
}

const config = loadConfigOrExit(process.env);
const platformsOn = config.telegram !== null || config.slack !== null;
// The terminal chat owns stdout: its logs go to stderr, and only warnings unless asked.
const logger = createLogger(
  config.logLevel ?? (platformsOn ? 'info' : 'warn'),
  [config.telegram?.token, config.telegram?.webhook?.secret, config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret],
  platformsOn ? undefined : (await import('pino')).default.destination(2),
);
const holder = loadCore(config, logger);
process.on('SIGHUP', () => holder.reload());
const curator = openCuratorStore(curatorPath(config.dataDir));
try {
  if (platformsOn) await serve(config, logger, holder, curator);
  else await chat(config, logger, holder, curator);
} catch (err) {
  // The logger blanks every configured secret, also inside a library's error message.
  logger.fatal({ err }, 'figures-bot could not start');
  logger.flush?.();
  process.exit(1);
}
