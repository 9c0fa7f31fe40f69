/**
 * How well a fact's kind of figure and period fit the way a question asks:
 * "多少家" wants firms, not yuan; "哪一年" wants a year; "2023年" rules out 2024.
 */
import type { Fact } from './data/dataset.js';
import type { AskKind } from './data/schema.js';
import type { Query } from './search.js';

/** How well a fact's kind of figure fits one way of asking. */
export function kindFit(kind: AskKind, fact: Fact): number {
  const cls = fact.figureClass;
  const numeric = cls !== 'text' && cls !== 'date';
  switch (kind) {
    case 'date':
      return cls === 'date' ? 1 : 0.15;
    case 'duration':
      return cls === 'years' ? 1 : 0.4;
    case 'percent':
      return cls === 'percent' ? 1 : 0.35;
    case 'money':
      return cls === 'money' ? 1 : numeric ? 0.5 : 0.3;
    case 'count':
      return cls === 'count' || cls === 'org_count' ? 1 : 0.4;
    case 'text':
      // A count that names its members ("助推四方光电…等20余家"), or a figure with a description of what it
      // is (the ABS "二次许可" model), answers "which ones" and "what" too.
      return numeric && fact.items.length === 0 && !fact.text ? 0.45 : 1;
    case 'number':
      return numeric || cls === 'date' ? 1 : 0.45;
  }
}

/**
 * How well a fact's kind of figure fits what the question asks for. A
 * question may ask in several ways at once ("how much did it grow"): the
 * best-fitting reading counts; a plain 多少 counts only when nothing more
 * specific is asked.
 */
/** The ways a question asks, other than a plain 多少. */
export function specificAsks(q: Query): AskKind[] {
  return [...q.asks].filter((k) => k !== 'number');
}

export function askFit(q: Query, fact: Fact, specific: readonly AskKind[] = specificAsks(q)): number {
  const kinds: Iterable<AskKind> = specific.length > 0 ? specific : q.asks;
  let fit = -1;
  let count = false;
  for (const k of kinds) {
    fit = Math.max(fit, kindFit(k, fact));
    count ||= k === 'count';
  }
  if (fit < 0) fit = 1;
  if (q.askUnit !== null && (count || q.asks.size === 0)) fit = Math.min(fit, unitFit(q.askUnit, fact));
  return fit;
}

function unitFit(askUnit: string, fact: Fact): number {
  const unit = fact.unit ?? '';
  if (unit === '') return 0.35;
  if (unit.endsWith(askUnit)) return 1.1;
  const orgUnits = '家户所';
  const isOrgUnit = (u: string) => u.length > 0 && orgUnits.includes(u);
  if (isOrgUnit(askUnit) && isOrgUnit(unit.slice(-1))) return 1;
  // "多少家" counts organisations: 49项 of patents is not an answer to it.
  if (isOrgUnit(askUnit) && fact.figureClass === 'count') return 0.45;
  if (askUnit === '元') return fact.figureClass === 'money' ? 1 : 0.4;
  if (askUnit === '年') return fact.figureClass === 'years' ? 1 : 0.4;
  return fact.figureClass === 'count' || fact.figureClass === 'org_count' ? 0.75 : 0.35;
}

/** A figure of another kind of period (a year-end stock asked "in 2024 alone") is rarely what is asked. */
const PERIOD_MISMATCH = 0.6;

/** How well a fact's period fits the years and kind of period the question names. */
export function periodFit(q: Query, fact: Fact): number {
  let fit = 1;
  if (q.years.length > 0) {
    if (q.years.some((y) => fact.years.includes(y))) fit = 1.1;
    else fit = fact.years.length === 0 ? 0.55 : 0.1;
  }
  if (q.periods.size > 0 && fact.periodKind !== null) {
    fit *= q.periods.has(fact.periodKind) ? 1.1 : PERIOD_MISMATCH;
  }
  return fit;
}
