/**
 * Slack as a runtime Platform: Socket Mode, or HTTP mode served on the shared
 * port at POST /slack/events.
 */
import type { Platform, PlatformDeps } from '../runtime/platform.js';
import { createSlackApp, type SlackConfig } from './app.js';

/** The path Slack's Events API, commands and interactivity post to. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** Builds the Slack platform; nothing reaches Slack before start(). */
export function slackPlatform(config: SlackConfig, deps: PlatformDeps): Platform {
  const slack = createSlackApp({ config, answers: deps.answers, logger: deps.logger, state: deps.state });
  return {
    name: 'slack',
    mode: () => slack.mode,
    routes: slack.requestListener ? [{ path: SLACK_EVENTS_PATH, handler: slack.requestListener }] : [],
    start: () => slack.start(),
    stop: () => slack.stop(),
  };
}
