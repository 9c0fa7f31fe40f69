/**
 * Checks the data files against each other and against the source document:
 * unique ids, references that resolve, aliases owned once, and every quote,
 * figure and qualifier standing in the source as written.
 */
import type { DataProblem } from './errors.js';
import type { Dataset, Fact } from './dataset.js';
import type { Metric, Org } from './schema.js';
import { tidyWritten } from '../format.js';
import { CHINESE_NUMERAL_RUN, parseChineseNumeral } from '../numerals.js';

interface Inputs {
  orgList: readonly Org[];
  metricList: readonly Metric[];
  sourceText: string | null;
}
type Locate = (factIndex: number) => { file: string; path: string };

/** Joins the PDF's broken lines: the article's lines break mid-sentence. */
export function joinBrokenLines(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** The number a written figure states: "超9500家" → 9500, "百亿" (unit 亿元) → 100, "两年期" → 2. */
export function statedNumber(figure: string, unit: string): number | null {
  const arabic = /\d+(?:\.\d+)?/.exec(figure);
  if (arabic) return Number(arabic[0]);
  const run = figure.match(CHINESE_NUMERAL_RUN)?.[0];
  if (!run) return null;
  const magnitude = unit[0];
  const bare = magnitude === '亿' || magnitude === '万' ? run.replace(new RegExp(`${magnitude}$`), '') : run;
  return parseChineseNumeral(bare);
}

function duplicates<T>(items: readonly T[], key: (t: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => seen.set(key(item), [...(seen.get(key(item)) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

function checkOrgs(orgs: readonly Org[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = 'organisations.yaml';
  for (const [id, at] of duplicates(orgs, (o) => o.id)) {
    problems.push({ file, path: `[${at[1]}].id`, reason: `id "${id}" is used twice` });
  }
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const owner = new Map<string, string>();
  orgs.forEach((org, i) => {
    if (org.parent !== undefined && !byId.has(org.parent)) {
      problems.push({ file, path: `[${i}].parent`, reason: `parent "${org.parent}" is not an organisation` });
    }
    const chain = new Set([org.id]);
    for (let p = org.parent; p !== undefined; p = byId.get(p)?.parent) {
      if (chain.has(p)) {
        problems.push({ file, path: `[${i}].parent`, reason: `parents form a cycle through "${p}"` });
        break;
      }
      chain.add(p);
    }
    const names = [org.zh, org.en, ...(org.full_zh ? [org.full_zh] : []), ...org.aliases_zh, ...org.aliases_en];
    for (const name of names) {
      const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
      const other = owner.get(key);
      if (other !== undefined && other !== org.id) {
        problems.push({ file, path: `[${i}]`, reason: `alias "${name}" is already claimed by "${other}"` });
      }
      owner.set(key, org.id);
    }
  });
  return problems;
}

function checkFactRefs(fact: Fact, data: Dataset): string[] {
  const reasons: string[] = [];
  if (!data.orgs.has(fact.org)) reasons.push(`org "${fact.org}" is not in organisations.yaml`);
  if (fact.subject !== undefined && !data.orgs.has(fact.subject)) {
    reasons.push(`subject "${fact.subject}" is not in organisations.yaml`);
  }
  if (!data.metrics.has(fact.metric)) reasons.push(`metric "${fact.metric}" is not in metrics.yaml`);
  for (const r of fact.related) {
    if (r === fact.id || !data.factById.has(r)) reasons.push(`related fact "${r}" does not exist`);
  }
  if (!data.sections.some((s) => s.id === fact.section)) {
    reasons.push(`section "${fact.section}" is not declared in source.yaml`);
  }
  return reasons;
}

function checkFactText(fact: Fact, source: string, tidySource: string): string[] {
  const reasons: string[] = [];
  for (const quote of [fact.quote, ...fact.also]) {
    if (!source.includes(quote)) reasons.push(`quote "${quote}" is not in the source as written`);
  }
  const quote = tidyWritten(fact.quote);
  if (fact.figure !== null && fact.value !== undefined && fact.unit !== undefined) {
    if (!quote.includes(fact.figure)) reasons.push(`figure "${fact.figure}" does not stand in its quote`);
    if (statedNumber(fact.figure, fact.unit) !== Number(fact.value)) {
      reasons.push(`figure "${fact.figure}" does not state the value ${fact.value}`);
    }
  }
  for (const q of fact.qualifier) if (!quote.includes(q)) reasons.push(`qualifier "${q}" is not in its quote`);
  for (const item of fact.items) {
    if (!tidySource.includes(tidyWritten(item))) reasons.push(`item "${item}" is not in the source`);
  }
  return reasons;
}

/** Absent attributes must really be absent; definitions must quote the article; bank entries must name facts. */
function checkLanguageFiles(data: Dataset, source: string | null): DataProblem[] {
  const problems: DataProblem[] = [];
  const plain = source?.replace(/\s+/g, '').toLowerCase() ?? null;
  data.premises.absent_attributes.forEach((attr, i) => {
    for (const form of attr.zh) {
      if (plain?.includes(form.toLowerCase())) problems.push({ file: 'language/premises.yaml', path: `absent_attributes[${i}]`, reason: `"${form}" occurs in the article, so it is not absent` });
    }
  });
  data.definitions.forEach((d, i) => {
    const where = { file: 'definitions.yaml', path: `[${i}]` };
    if (source !== null && !source.includes(d.quote)) problems.push({ ...where, reason: `quote "${d.quote}" is not in the source as written` });
    for (const item of d.items) if (plain !== null && !plain.includes(item.replace(/\s+/g, '').toLowerCase())) problems.push({ ...where, reason: `item "${item}" is not in the source` });
    if (d.org !== undefined && !data.orgs.has(d.org)) problems.push({ ...where, reason: `org "${d.org}" is not in organisations.yaml` });
  });
  for (const [id, at] of duplicates(data.definitions, (d) => d.id)) problems.push({ file: 'definitions.yaml', path: `[${at[1]}].id`, reason: `id "${id}" is used twice` });
  const missing = new Set(data.bank.map(([id]) => id).filter((id) => !data.factById.has(id)));
  for (const id of missing) problems.push({ file: 'bank/', path: id, reason: `fact "${id}" does not exist` });
  return problems;
}

/** Every cross-file problem of a loaded dataset; empty when all is well. */
export function checkDataset(data: Dataset, inputs: Inputs, locate: Locate): DataProblem[] {
  const problems = checkOrgs(inputs.orgList);
  for (const [id, at] of duplicates(inputs.metricList, (m) => m.id)) {
    problems.push({ file: 'metrics.yaml', path: `[${at[1]}].id`, reason: `id "${id}" is used twice` });
  }
  for (const [id, at] of duplicates(data.facts, (f) => f.id)) {
    problems.push({ ...locate(at[1]!), reason: `fact id "${id}" is used twice` });
  }
  const source = inputs.sourceText === null ? null : joinBrokenLines(inputs.sourceText);
  const tidySource = source === null ? '' : tidyWritten(source);
  data.facts.forEach((fact, i) => {
    const reasons = [...checkFactRefs(fact, data), ...(source === null ? [] : checkFactText(fact, source, tidySource))];
    for (const reason of reasons) problems.push({ ...locate(i), reason });
  });
  return [...problems, ...checkLanguageFiles(data, source)];
}
