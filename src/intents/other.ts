/**
 * "另一笔呢", "and the other one?": the one other figure of the kind the last turn answered (the same
 * organisation's same metric: 国通信托's second capital injection). None or several others: not this.
 */
import { composeLookup } from '../compose.js';
import type { Fact } from '../data/dataset.js';
import { reply, type Intent } from './intent.js';

export const other: Intent = {
  name: 'other',
  handle(c) {
    const { turn, k } = c;
    const last = turn.state.last?.main?.[0];
    const shown = last ? k.data.factById.get(last) : undefined;
    const text = turn.analysis.text;
    if (!shown || turn.query.entities.length > 0 || !k.data.cues.other_one.some((w) => text.includes(w))) return null;
    const seen = new Set([...(turn.state.recent ?? []), ...(turn.state.last?.facts ?? [])]);
    const others: Fact[] = k.data.facts.filter((f) => f.metric === shown.metric && f.org === shown.org && !seen.has(f.id));
    return others.length === 1 ? reply(c, composeLookup(c.compose, others[0]!, []), others) : null;
  },
};
