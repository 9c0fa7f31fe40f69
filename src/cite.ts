/**
 * States one fact in the answer's language, keeping the figure exactly as
 * the source writes it and, in English, adding a plain conversion.
 */
import type { Dataset, Fact } from './data/dataset.js';
import { asOfEn, convertForEnglish, qualifierEn, dateEn } from './format.js';
import type { CitedFact, Choice, Lang } from './types.js';

/** An organisation's display name in a language. */
export function orgName(data: Dataset, id: string, lang: Lang): string {
  const org = data.orgs.get(id);
  if (!org) return id;
  return lang === 'en' ? org.en : org.zh;
}

function figureEn(fact: Fact): string | null {
  if (fact.value === undefined || fact.unit === undefined) return null;
  const plain = convertForEnglish(fact.value, fact.unit, fact.figureClass === 'date');
  const q = qualifierEn(fact.qualifier);
  const shown = q ? `${q} ${plain}` : plain;
  // "32.7% (32.7%)" says nothing twice.
  return shown === fact.figure ? null : shown;
}

/** A figure as English readers see it: as the source writes it, then in English words when they differ. */
export function figureForEnglish(figure: string, en: string | null): string {
  return en ? `${figure} (${en})` : figure;
}

/** The owners (subject, else organisation) of the given facts, each once, as one phrase. */
export function ownersNamed(data: Dataset, facts: readonly Fact[], lang: Lang): string {
  return [...new Set(facts.map((f) => orgName(data, f.subject ?? f.org, lang)))].join(lang === 'en' ? ', ' : '、');
}

/** Who the fact is about, as "机构 · 对象" or "Org · subject". */
export function whoOf(data: Dataset, fact: Fact, lang: Lang): string {
  const org = orgName(data, fact.org, lang);
  return fact.subject ? `${org} · ${orgName(data, fact.subject, lang)}` : org;
}

/** A short label for a fact, as a choice or a suggestion shows it. */
export function labelOf(data: Dataset, fact: Fact, lang: Lang): string {
  const metric = data.metrics.get(fact.metric);
  const label = lang === 'en' ? metric?.en ?? fact.metric : metric?.zh ?? fact.metric;
  const when = fact.as_of ? (lang === 'en' ? `, ${asOfEn(fact.as_of)}` : `（${fact.as_of}）`) : '';
  return `${whoOf(data, fact, lang)} · ${label}${when}`;
}

/** A choice that shows the given fact when pressed. */
export function choiceOf(data: Dataset, fact: Fact, lang: Lang): Choice {
  return { label: labelOf(data, fact, lang), factIds: [fact.id] };
}

function sentenceZh(data: Dataset, fact: Fact): string {
  const who = whoOf(data, fact, 'zh');
  const metric = data.metrics.get(fact.metric)?.zh ?? fact.metric;
  if (fact.figure === null || (fact.text && fact.figureClass === 'date')) {
    const when = fact.figureClass === 'date' ? `（${fact.figure}）` : '';
    return `${who}：${fact.text ?? ''}${when}`;
  }
  const when = fact.as_of && !fact.figure.includes(fact.as_of) ? `（${fact.as_of}）` : '';
  const extra = fact.text ? `。${fact.text}` : '';
  return `${who} · ${metric}：${fact.figure}${when}${extra}`;
}

function sentenceEn(data: Dataset, fact: Fact): string {
  const who = whoOf(data, fact, 'en');
  const metric = data.metrics.get(fact.metric)?.en ?? fact.metric;
  if (fact.figure === null || (fact.text_en && fact.figureClass === 'date')) {
    const when = fact.figureClass === 'date' ? ` (${fact.figure})` : '';
    return `${who}: ${fact.text_en ?? ''}${when}.`;
  }
  const when = fact.as_of ? `, ${asOfEn(fact.as_of)}` : '';
  const extra = fact.text_en ? ` ${capitalise(fact.text_en)}.` : '';
  return `${who} — ${metric}: ${figureForEnglish(fact.figure, figureEn(fact))}${when}.${extra}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The fact as an answer cites it. */
export function cite(data: Dataset, fact: Fact, lang: Lang, withScope = false): CitedFact {
  const metric = data.metrics.get(fact.metric);
  const section = data.sections.find((s) => s.id === fact.section);
  const scope = withScope && fact.scope ? fact.scope[lang] : null;
  return {
    id: fact.id,
    org: orgName(data, fact.org, lang),
    subject: fact.subject ? orgName(data, fact.subject, lang) : null,
    metric: lang === 'en' ? metric?.en ?? fact.metric : metric?.zh ?? fact.metric,
    figure: fact.figure,
    figureEn: figureEn(fact),
    value: fact.value ?? null,
    unit: fact.unit ?? null,
    qualifier: [...fact.qualifier],
    asOf: fact.as_of === null ? null : lang === 'en' ? asOfEn(fact.as_of) : fact.as_of,
    text: (lang === 'en' ? fact.text_en : fact.text) ?? null,
    quote: fact.quote,
    section: section ? section[lang] : fact.section,
    scope,
    sentence: lang === 'en' ? sentenceEn(data, fact) : sentenceZh(data, fact),
  };
}

/** The article's date as the answer's language writes it. */
export function articleDate(data: Dataset, lang: Lang): string {
  return lang === 'en' ? dateEn(data.document.date) : data.document.date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`);
}
