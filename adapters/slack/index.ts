/**
 * The Slack adapter's public surface, as the runtime uses it: build the app
 * with createSlackApp, then start it (Socket Mode) or mount its request
 * listener (HTTP mode). Importing this module builds nothing.
 */
export { createSlackApp, type SlackConfig, type SlackDeps, type SlackHandle } from './app.js';
