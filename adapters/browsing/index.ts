/**
 * What browsing needs beyond the core's answers, the same on every platform:
 * the organisations in groups (institutions first, then funds, products,
 * events and companies) and in pages, the further pages of an organisation's
 * card, and the article's sections for "sources". Read from the dataset the
 * core exposes (core.knowledge.data); nothing here answers a question.
 */
import type { Core, Lang, OrgEntry } from '../../src/index.js';

/** How /list groups organisations. */
export type OrgGroup = 'main' | 'other';
export const ORG_GROUPS: readonly OrgGroup[] = ['main', 'other'];

/** Organisation kinds that are institutions (the rest are what institutions run or back). */
const INSTITUTIONS = new Set(['bank', 'city', 'government', 'group', 'zone', 'region', 'platform', 'programme']);

/** Buttons per /list page and facts per card page: what fits a phone screen. */
export const LIST_PAGE = 8;
export const CARD_PAGE = 6;

/** One page of a list, and how many pages there are. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

/** The `page`-th page (from 0) of `items`, clamped to the pages there are. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return { items: items.slice(at * size, (at + 1) * size), page: at, pages };
}

/** The organisations of a group, largest first. */
export function orgsOfGroup(core: Core, lang: Lang, group: OrgGroup): OrgEntry[] {
  const orgs = core.knowledge.data.orgs;
  return core.organisations(lang).filter((o) => INSTITUTIONS.has(orgs.get(o.id)?.kind ?? '') === (group === 'main'));
}

/**
 * The facts of an organisation's card after its first page, in pages of
 * CARD_PAGE: those that belong to it or are about it, less the ones shown.
 */
export function moreFactIds(core: Core, orgId: string, shown: readonly string[]): string[] {
  const seen = new Set(shown);
  return core.knowledge.data.facts.filter((f) => (f.org === orgId || f.subject === orgId) && !seen.has(f.id)).map((f) => f.id);
}

/** The article's sections, in the answer's language, in the order the article has them. */
export function sectionTitles(core: Core, lang: Lang): string[] {
  return core.knowledge.data.sections.map((s) => (lang === 'en' ? s.en : s.zh));
}
