/**
 * The configured platforms, built and started side by side. grammY and Bolt
 * are loaded only for a platform that is configured (they take longer to load
 * than the terminal chat needs).
 */
import type { Config } from './config.js';
import type { Platform, PlatformDeps } from './platform.js';

/** How long reaching a platform at start-up may take: its clients retry network errors without end. */
const START_LIMIT_MS = 60_000;

/** Thrown when a platform cannot be reached at start-up; names the platform. */
export class PlatformStartError extends Error {
  constructor(readonly platform: string, options: { cause: unknown }) {
    super(`${platform} could not start`, options);
    this.name = 'PlatformStartError';
  }
}

/** Rejects when `work` takes longer than the start-up limit. */
async function withinStartLimit<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds every configured platform; none configured yields an empty list. Nothing reaches the network. */
export async function buildPlatforms(config: Config, deps: PlatformDeps): Promise<Platform[]> {
  const platforms: Platform[] = [];
  if (config.telegram) platforms.push((await import('../telegram/platform.js')).telegramPlatform(config.telegram, deps));
  if (config.slack) platforms.push((await import('../slack/platform.js')).slackPlatform(config.slack, deps));
  return platforms;
}

/** Starts every platform in turn. @throws PlatformStartError naming the one that failed. */
export async function startPlatforms(platforms: readonly Platform[]): Promise<void> {
  for (const platform of platforms) {
    try {
      await withinStartLimit(platform.name, platform.start());
    } catch (err) {
      throw new PlatformStartError(platform.name, { cause: err });
    }
  }
}

/** Stops every platform at once; one that fails to stop does not keep the others running. */
export async function stopPlatforms(platforms: readonly Platform[]): Promise<PromiseSettledResult<void>[]> {
  return Promise.allSettled(platforms.map((p) => p.stop()));
}
