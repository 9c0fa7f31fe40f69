/**
 * Which answers get a bar chart, and what it shows. A chart is for figures
 * that can stand on one axis: a comparison, a ranking, or an organisation's
 * figures of one unit. Every bar is labelled with the figure as the article
 * writes it; the axis only gives the scale.
 */
import type { Answer, CitedFact, Lang } from '../../src/index.js';

/** One bar: what it is, its height on the common axis, and the figure as written. */
export interface ChartBar {
  label: string;
  value: number;
  figure: string;
}

/** Everything a chart shows, already in the answer's language. */
export interface ChartSpec {
  lang: Lang;
  title: string;
  /** The axis unit ("亿元", "家"); bars are scaled to it. */
  unit: string;
  bars: ChartBar[];
  /** The line under the chart: where the figures come from. */
  source: string;
}

/** Answer kinds that chart their facts. */
const CHARTED = new Set(['compare', 'rank', 'browse']);
/** At most this many bars: more no longer reads on a phone. */
export const MAX_BARS = 12;
/** Magnitude prefixes of Chinese units (亿元 is 10^8 元). */
const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
/** Units that are not quantities: a bar of years means nothing. */
const NOT_QUANTITIES = new Set(['年', '月', '日']);
/** Counting words for the same thing, firms (家 and 户 both count enterprises). */
const SAME_COUNT: Record<string, string> = { 户: '家' };

interface Scaled {
  fact: CitedFact;
  base: string;
  magnitude: number;
  value: number;
}

/** A unit split into its magnitude and base: 亿元 → 1e8 × 元. */
function split(unit: string): { base: string; magnitude: number } {
  for (const [prefix, magnitude] of Object.entries(MAGNITUDE)) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return { base: unit.slice(prefix.length), magnitude };
  }
  return { base: SAME_COUNT[unit] ?? unit, magnitude: 1 };
}

function scaled(fact: CitedFact): Scaled | null {
  if (fact.figure === null || fact.value === null || fact.unit === null || NOT_QUANTITIES.has(fact.unit)) return null;
  const value = Number(fact.value);
  if (!Number.isFinite(value)) return null;
  return { fact, value, ...split(fact.unit) };
}

/** The facts to chart: all of them for a comparison or ranking, the largest same-unit group of a card. */
function chartable(answer: Answer): Scaled[] {
  const all = answer.facts.map(scaled);
  if (answer.kind !== 'browse') {
    const ok = all.filter((s): s is Scaled => s !== null);
    return ok.length === all.length && new Set(ok.map((s) => s.base)).size === 1 ? ok : [];
  }
  // A card mixes many things: only figures of exactly one unit share an axis (no 亿元 beside 万元).
  const groups = new Map<string, Scaled[]>();
  for (const s of all) if (s) groups.set(s.fact.unit!, [...(groups.get(s.fact.unit!) ?? []), s]);
  return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** Label parts shared by every bar go to the title; the rest tell the bars apart. */
function labels(facts: readonly CitedFact[]): { title: string[]; bars: string[] } {
  const parts = facts.map((f) => [f.org, f.subject ?? '', f.metric, f.asOf ?? '']);
  const shared = [0, 1, 2, 3].filter((i) => parts.every((p) => p[i] === parts[0]![i]));
  const title = shared.map((i) => parts[0]![i]!).filter((t) => t.length > 0);
  const bars = parts.map((p) => p.filter((t, i) => !shared.includes(i) && t.length > 0).join(' · '));
  return { title, bars: bars.map((b, i) => b || facts[i]!.metric) };
}

/**
 * The chart of an answer, or null when it has none: not a comparison, ranking
 * or card, or fewer than two figures of one unit. `source` is the source line.
 */
export function chartSpec(answer: Answer, source: string): ChartSpec | null {
  if (answer.status !== 'answered' || !CHARTED.has(answer.kind)) return null;
  const picked = chartable(answer).slice(0, MAX_BARS);
  if (picked.length < 2) return null;
  // The axis counts in the largest magnitude any bar uses, so 亿元 bars stay readable beside 万元 ones.
  const top = picked.reduce((a, b) => (b.magnitude > a.magnitude ? b : a));
  const { title, bars } = labels(picked.map((s) => s.fact));
  return {
    lang: answer.lang,
    title: title.join(' · ') || answer.headline,
    unit: top.fact.unit!,
    bars: picked.map((s, i) => ({ label: bars[i]!, value: (s.value * s.magnitude) / top.magnitude, figure: s.fact.figure! })),
    source,
  };
}
