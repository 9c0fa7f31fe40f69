/**
 * An organisation or a topic as a whole ("介绍一下江城基金", "汉口银行概况",
 * "tell me about Hanrongtong", "说说科技保险方面的情况"): its main figures.
 */
import { browseAnswer, ownFacts } from '../browse.js';
import { build, type ComposeContext } from '../compose.js';
import { cite } from '../cite.js';
import type { Fact } from '../data/dataset.js';
import { messages } from '../messages.js';
import { hasCue, reply, type Intent, type IntentContext } from './intent.js';

const FIGURE_ASKS = ['count', 'money', 'percent', 'date', 'duration'] as const;

/** Most of the organisation's own facts carry every topic word asked ("农商行科技金融概况"): the words narrow nothing. */
function generalOnly(c: IntentContext, entity: string): boolean {
  const facts = ownFacts(c.k, entity);
  if (facts.length === 0) return false;
  const theme = c.k.data.cues.theme;
  return c.turn.query.terms.every((t) => theme.includes(t) || facts.filter((f) => c.k.index.hasTerm(f, t)).length >= facts.length * 0.4);
}

/** Two names written as one word ("光谷金控") may be a third thing the article never names: no story of the two. */
function namesTouch(c: IntentContext): boolean {
  const spans = [...c.turn.analysis.entities].sort((x, y) => x.start - y.start);
  return spans.some((s, i) => i > 0 && s.start <= spans[i - 1]!.end);
}

export const overview: Intent = {
  name: 'overview',
  handle(c) {
    const { turn, k } = c;
    if (!hasCue(turn, 'overview') || FIGURE_ASKS.some((a) => turn.analysis.asks.has(a))) return null;
    const own = turn.query.entities.filter((e) => !k.data.orgs.get(e)?.ambient);
    if (own.length === 1 && generalOnly(c, own[0]!)) return reply(c, browseAnswer(c.compose, k, own[0]!));
    // "汉口银行支持赛维尔的故事": every figure the article gives about the two together.
    const joint = own.length >= 2 && !namesTouch(c) ? k.data.facts.filter((f) => f.figure !== null && own.every((e) => k.index.explains(e, f) > 0)) : [];
    if (joint.length >= 2) return reply(c, composeBrowseTopic(c.compose, joint.slice(0, 8)), joint.slice(0, 1));
    if (turn.query.terms.length === 0) return null;
    // With topic words: the figures every word of which they explain, else the organisation's card.
    const ranked = k.index.rank(turn.query);
    // A topic no figure answers well is not one the article covers ("光谷金控的举措").
    if (own.length === 0 && (ranked[0]?.score ?? 0) < k.policy.notFoundBelow) return null;
    const floor = (ranked[0]?.score ?? 0) * 0.3;
    const listed = ranked.filter((s) => s.precision >= 0.8 && s.score >= floor).slice(0, 8).map((s) => s.fact);
    if (listed.length < 2) return own.length === 1 ? reply(c, browseAnswer(c.compose, k, own[0]!)) : null;
    return reply(c, composeBrowseTopic(c.compose, listed.slice(0, 8)), listed.slice(0, 1));
  },
};

/** The figures of one topic across organisations. */
function composeBrowseTopic(ctx: ComposeContext, facts: readonly Fact[]) {
  const headline = messages(ctx.lang).topicHeadline(facts.length);
  return build(ctx, { status: 'answered', kind: 'browse', headline, facts: facts.map((f) => cite(ctx.data, f, ctx.lang)) });
}
