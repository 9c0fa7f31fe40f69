/**
 * Questions about an organisation as a whole: its card of main figures, or
 * the members of a group ("武汉金控集团有哪些下属机构？").
 */
import type { Fact } from './data/dataset.js';
import type { Knowledge } from './knowledge.js';
import { composeBrowse, composeChildren, composeNotFound, type ComposeContext } from './compose.js';
import { orgName } from './cite.js';
import { messages } from './messages.js';
import type { Answer } from './types.js';

const CARD_SIZE = 6;
/** A group's card shows at least this many of its own figures before its members'. */
const MIN_OWN_SHOWN = 3;

/** The organisations whose parent is the given one. */
export function childrenOf(k: Knowledge, entity: string): string[] {
  return [...k.data.orgs.values()].filter((o) => o.parent === entity).map((o) => o.id);
}

/** The facts that belong to an organisation or are about it. */
export function ownFacts(k: Knowledge, entity: string): Fact[] {
  return k.data.facts.filter((f) => f.org === entity || f.subject === entity);
}

/** Headline figures first, then other figures, then text facts: what a card leads with. */
function cardOrder(facts: readonly Fact[]): Fact[] {
  const rank = (f: Fact) => (f.headline ? 0 : f.figure !== null && f.figureClass !== 'date' ? 1 : 2);
  return [...facts].sort((a, b) => rank(a) - rank(b));
}

/** A group's members, each shown with one of its figures. */
export function membersAnswer(ctx: ComposeContext, k: Knowledge, entity: string): Answer | null {
  const children = childrenOf(k, entity).filter((c) => ownFacts(k, c).length > 0);
  if (children.length === 0) return null;
  const evidence = children.map((c) => cardOrder(ownFacts(k, c))[0]).filter((f): f is Fact => f !== undefined);
  return composeChildren(ctx, entity, children, evidence);
}

/** The card of an organisation: its main figures, or its members when it has few of its own. */
export function browseAnswer(ctx: ComposeContext, k: Knowledge, entity: string): Answer {
  const own = ownFacts(k, entity);
  if (own.length < 3) {
    const members = membersAnswer(ctx, k, entity);
    if (members) return members;
  }
  // Without figures of its own: its members' figures, else the passages that name it (a product named in passing).
  const within = own.length > 0 ? own : k.data.facts.filter((f) => k.index.explains(entity, f) >= 0.8);
  const descendants = within.length > 0 ? within : k.data.facts.filter((f) => k.index.explains(entity, f) > 0);
  if (descendants.length === 0) {
    const name = orgName(k.data, entity, ctx.lang);
    return composeNotFound(ctx, name, [], messages(ctx.lang).notFoundInfo(name));
  }
  // A group's card names its member companies and shows each one's main figure beside its own
  // (a bank's product or a city's events are no members).
  const isGroup = k.data.orgs.get(entity)?.kind === 'group';
  const children = own.length > 0 && isGroup ? childrenOf(k, entity).filter((c) => ownFacts(k, c).length > 0) : [];
  const memberFacts = children.map((c) => cardOrder(ownFacts(k, c))[0]!).slice(0, CARD_SIZE);
  const ownShown = cardOrder(descendants).slice(0, Math.max(CARD_SIZE - memberFacts.length, MIN_OWN_SHOWN));
  const total = descendants.length + children.reduce((n, c) => n + ownFacts(k, c).length, 0);
  return composeBrowse(ctx, entity, [...ownShown, ...memberFacts], total, children);
}
