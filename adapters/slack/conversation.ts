/**
 * Which conversation a Slack message belongs to, so follow-ups find the
 * core's state: a DM is one conversation, a channel thread is one, and a
 * user's private slash-command answers in a channel are theirs alone.
 */

/** A DM with the app: every message in it continues the same conversation. */
export function dmKey(team: string, channel: string): string {
  return `slack:${team}:${channel}`;
}

/** A thread in a channel (a mention and the answers under it). */
export function threadKey(team: string, channel: string, threadTs: string): string {
  return `slack:${team}:${channel}:${threadTs}`;
}

/** One user's private (slash command) questions in one channel. */
export function privateKey(team: string, channel: string, user: string): string {
  return `slack:${team}:${channel}:user:${user}`;
}

/** Whose questions a rate limit counts: one Slack user of one workspace. */
export function askerKey(team: string, user: string | undefined): string {
  return `slack:${team}:${user ?? 'unknown'}`;
}

/** Whether a channel id is a direct message (Slack gives DMs ids starting with D). */
export function isDirect(channel: string): boolean {
  return channel.startsWith('D');
}
