/**
 * Questions the article cannot answer, made from the question bank: a bank
 * question with its organisation swapped for one that has no figure of that
 * kind ("汉口银行的基金规模" from "江城基金的基金规模"), or its year swapped for
 * a year the article gives nothing for. Each keeps the bank question it came
 * from, so the fit can leave that question out of the bank while answering it.
 */
import type { Dataset } from '../../src/index.js';

export interface Probe {
  text: string;
  /** The fact that answers it, or null when nothing in the article does. */
  fact: string | null;
  /** The bank question it is, or was made from. */
  source: number;
  /** A first turn in the same chat, for a follow-up probe. */
  before?: string;
}

/** Every name of an organisation as questions write it, longest first. */
function namesOf(data: Dataset, id: string): string[] {
  const org = data.orgs.get(id);
  if (!org) return [];
  return [org.zh, org.en, ...org.aliases_zh, ...org.aliases_en].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

/** Organisations with no fact sharing a topic term with the metric. */
function strangers(data: Dataset, metric: string): string[] {
  const terms = new Set(data.metrics.get(metric)?.terms ?? []);
  const related = new Set<string>();
  for (const f of data.facts) {
    const ts = [...(data.metrics.get(f.metric)?.terms ?? []), ...f.terms];
    if (ts.some((t) => terms.has(t))) for (const o of [f.org, f.subject]) if (o) related.add(o);
  }
  return [...data.orgs.values()].filter((o) => !o.ambient && !related.has(o.id)).map((o) => o.id);
}

function entitySwap(data: Dataset, text: string, factId: string, source: number): Probe | null {
  const fact = data.factById.get(factId);
  if (!fact) return null;
  const own = [fact.subject, fact.org].filter((x): x is string => x !== undefined);
  const name = own.flatMap((id) => namesOf(data, id)).find((n) => text.includes(n));
  const others = strangers(data, fact.metric);
  if (!name || others.length === 0) return null;
  const other = others[source % others.length]!;
  const english = /^[A-Za-z]/.test(name);
  const replacement = english ? data.orgs.get(other)!.en : data.orgs.get(other)!.zh;
  return { text: text.replace(name, replacement), fact: null, source };
}

function yearSwap(data: Dataset, text: string, factId: string, source: number): Probe | null {
  const fact = data.factById.get(factId);
  const year = /(20\d{2})/.exec(text)?.[1];
  if (!fact || !year) return null;
  const taken = new Set(data.facts.filter((f) => f.org === fact.org || f.subject === fact.subject).flatMap((f) => f.years));
  const other = [2019, 2020, 2022, 2023].find((y) => !taken.has(y));
  return other ? { text: text.replace(year, String(other)), fact: null, source } : null;
}

/** The organisation a fact is about: its subject, else its organisation. */
const ownerOf = (data: Dataset, id: string) => {
  const f = data.factById.get(id)!;
  return f.subject ?? f.org;
};

/**
 * Follow-ups that swap the organisation and keep the metric: after a bank
 * question, "那B呢？" (B has a figure of that metric: it answers) and "那C呢？"
 * (C has none: nothing does).
 */
function followups(data: Dataset, text: string, factId: string, source: number): Probe[] {
  const fact = data.factById.get(factId)!;
  const owner = ownerOf(data, factId);
  const english = !/\p{Script=Han}/u.test(text);
  const ask = (id: string) => (english ? `What about ${data.orgs.get(id)!.en}?` : `那${data.orgs.get(id)!.zh}呢？`);
  const sibling = data.facts.find((f) => f.metric === fact.metric && ownerOf(data, f.id) !== owner && !data.orgs.get(ownerOf(data, f.id))?.ambient
    && data.facts.filter((g) => g.metric === fact.metric && ownerOf(data, g.id) === ownerOf(data, f.id)).length === 1);
  const out: Probe[] = [];
  if (sibling) out.push({ before: text, text: ask(ownerOf(data, sibling.id)), fact: sibling.id, source });
  const others = strangers(data, fact.metric);
  if (others.length > 0) out.push({ before: text, text: ask(others[source % others.length]!), fact: null, source });
  return out;
}

/** The bank as probes: every question with its fact, and the unanswerable variants and follow-ups made from them. */
export function probesOf(data: Dataset): Probe[] {
  const probes: Probe[] = [];
  const asked = new Map<string, number>();
  data.bank.forEach(([fact, text], source) => {
    probes.push({ text, fact, source });
    for (const make of [entitySwap, yearSwap]) {
      const probe = make(data, text, fact, source);
      if (probe) probes.push(probe);
    }
    // Two follow-up pairs per fact are enough to fit the threshold of follow-ups.
    const n = asked.get(fact) ?? 0;
    asked.set(fact, n + 1);
    if (n < 2) probes.push(...followups(data, text, fact, source));
  });
  return probes;
}
