/**
 * The curator records in Redis, so `npm run report` sees what every replica
 * met: unanswered questions counted per question, and votes (one per user
 * per answer) with each answer's 👍/👎 tallies. Votes change atomically in a
 * Lua script, so two replicas taking presses at once count each press once.
 */
import type { Redis } from 'ioredis';
import type { CuratorStore, RefusedRow, ReportRow } from '../runtime/curator.js';
import { QUESTION_LIMIT } from '../runtime/curator.js';
import type { UnansweredEvent, VoteEvent, VoteOutcome } from '../shared/curation.js';

const UNANSWERED = 'curator:unanswered';
const REFUSED = 'curator:refused';
const question = (q: string) => `curator:q:${q}`;
const answer = (id: string) => `curator:a:${id}`;

// KEYS: the user's vote, the answer's tallies, the refused ranking. ARGV: vote, at, question, facts, answer id.
const VOTE_SCRIPT = `
local before = redis.call('GET', KEYS[1])
if before == ARGV[1] then return 'duplicate' end
redis.call('SET', KEYS[1], ARGV[1])
if before then redis.call('HINCRBY', KEYS[2], before, -1) end
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('HSET', KEYS[2], 'lastSeen', ARGV[2], 'question', ARGV[3], 'facts', ARGV[4])
local down = tonumber(redis.call('HGET', KEYS[2], 'down') or '0')
if down > 0 then redis.call('ZADD', KEYS[3], down, ARGV[5]) else redis.call('ZREM', KEYS[3], ARGV[5]) end
if before then return 'changed' end
return 'recorded'`;

type Voting = Redis & { figuresVote(...args: string[]): Promise<VoteOutcome> };

async function record(client: Redis, e: UnansweredEvent): Promise<void> {
  const q = e.question.slice(0, QUESTION_LIMIT);
  await client.multi()
    .zincrby(UNANSWERED, 1, q)
    .hset(question(q), 'lastSeen', e.at.toISOString())
    .sadd(`${question(q)}:platforms`, e.platform)
    .sadd(`${question(q)}:statuses`, e.status)
    .exec();
}

async function report(client: Redis, limit: number): Promise<ReportRow[]> {
  const ranked = await client.zrevrange(UNANSWERED, 0, limit - 1, 'WITHSCORES');
  const rows: ReportRow[] = [];
  for (let i = 0; i < ranked.length; i += 2) {
    const q = ranked[i]!;
    const [lastSeen, platforms, statuses] = await Promise.all([
      client.hget(question(q), 'lastSeen'), client.smembers(`${question(q)}:platforms`), client.smembers(`${question(q)}:statuses`),
    ]);
    rows.push({ question: q, count: Number(ranked[i + 1]), lastSeen: lastSeen ?? '', platforms: platforms.sort().join(','), statuses: statuses.sort().join(',') });
  }
  return rows.sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
}

async function refused(client: Redis, limit: number): Promise<RefusedRow[]> {
  const ids = await client.zrevrange(REFUSED, 0, limit - 1);
  const rows = await Promise.all(ids.map(async (id) => {
    const h = await client.hgetall(answer(id));
    return { question: h.question ?? '', facts: h.facts ?? '', down: Number(h.down ?? 0), up: Number(h.up ?? 0), lastSeen: h.lastSeen ?? '' };
  }));
  return rows.sort((a, b) => b.down - a.down || a.up - b.up || b.lastSeen.localeCompare(a.lastSeen));
}

/** The curator store on a Redis connection (which the caller owns and closes). */
export function redisCurator(client: Redis): CuratorStore {
  const voting = client as Voting;
  if (typeof voting.figuresVote !== 'function') client.defineCommand('figuresVote', { numberOfKeys: 3, lua: VOTE_SCRIPT });
  return {
    record: (event) => record(client, event),
    vote: async (e: VoteEvent) => {
      const q = e.question.slice(0, QUESTION_LIMIT);
      const facts = e.factIds.join(',');
      const id = `${q}\n${facts}`;
      return voting.figuresVote(`curator:vote:${e.platform}:${e.user}:${e.answerKey}`, answer(id), REFUSED, e.vote, e.at.toISOString(), q, facts, id);
    },
    report: (limit) => report(client, limit),
    refused: (limit) => refused(client, limit),
    close: async () => undefined,
  };
}
