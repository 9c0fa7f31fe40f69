/**
 * The dataset as the bot uses it: validated files plus what every fact
 * implies (its unit class, its years, the figure as written).
 */
import type { BankFile, CuesFile, Definition, FactInput, Metric, Org, PremisesFile, Section, SourceFile, TermsFile, UnitClass } from './schema.js';
import type { Places } from './places.js';
import type { Policy } from '../policy.js';
import { tidyWritten } from '../format.js';

/** The kind of figure a fact gives, by its unit. */
export type FigureClass = UnitClass | 'date' | 'text';

export type { Section };

/** One fact of the article, ready for answering. */
export interface Fact extends FactInput {
  section: string;
  /** The figure as the source writes it, spaces removed ("超9500家"); null for a text fact. */
  figure: string | null;
  /** What the figure counts or measures, by its unit. */
  figureClass: FigureClass;
  /** Every year the fact is tied to: its as-of period and the years its quote names. */
  years: readonly number[];
  /** "end" for a point in time (截至2024年末), "year" for a whole year (2024年全年), else null. */
  periodKind: 'end' | 'year' | null;
}

/** Everything under data/, validated and cross-checked. */
export interface Dataset {
  version: string;
  document: SourceFile['document'];
  sections: readonly Section[];
  orgs: ReadonlyMap<string, Org>;
  metrics: ReadonlyMap<string, Metric>;
  facts: readonly Fact[];
  factById: ReadonlyMap<string, Fact>;
  terms: TermsFile;
  cues: CuesFile;
  /** What a question can name that the article has no figure for (language/premises.yaml). */
  premises: PremisesFile;
  /** Places other than those the article is about, from the place-name packages. */
  places: Places;
  /** What the article's coined terms and named things are (definitions.yaml). */
  definitions: readonly Definition[];
  /** The fitted decision policy (policy.json, written by `npm run fit`), when there is one. */
  policy: Policy | null;
  /** Alternate questions per fact (bank/*.yaml), as [fact id, question] pairs. */
  bank: readonly (readonly [string, string])[];
}

export type { BankFile, Definition };

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** Classifies a unit as the kind of quantity it measures. */
export function classifyUnit(unit: string, cues: CuesFile): UnitClass {
  const bare = unit.replace(/^[万亿]/, '');
  for (const [cls, units] of Object.entries(cues.unit_classes) as [UnitClass, string[]][]) {
    if (units.includes(unit) || (unit.endsWith('元') && cls === 'money') || units.includes(bare)) return cls;
  }
  return 'count';
}

function periodKindOf(asOf: string | null): Fact['periodKind'] {
  if (!asOf) return null;
  if (/末|底|截至|截止/.test(asOf)) return 'end';
  if (/^\d{4}年$/.test(asOf.trim())) return 'year';
  return null;
}

/** Completes a validated fact with what it implies. */
export function deriveFact(input: FactInput, sectionId: string, cues: CuesFile): Fact {
  const years = new Set<number>();
  for (const text of [input.as_of ?? '', input.quote]) {
    for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  }
  let figureClass: FigureClass = 'text';
  let figure: string | null = null;
  if (input.value !== undefined && input.unit !== undefined) {
    figure = tidyWritten(input.written ?? `${input.value}${input.unit}`);
    const isYear = input.unit === '年' && Number(input.value) >= 1900;
    figureClass = isYear ? 'date' : classifyUnit(input.unit, cues);
  }
  return {
    ...input,
    section: input.section ?? sectionId,
    figure,
    figureClass,
    years: [...years].sort(),
    periodKind: periodKindOf(input.as_of),
  };
}
