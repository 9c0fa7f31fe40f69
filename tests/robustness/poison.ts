/**
 * Real answers with hostile text put into every string a renderer shows:
 * what a compromised or careless dataset (or a future feature echoing user
 * text) would hand the renderers. The core's own answers rarely carry such
 * text, so without this the escaping would hardly be exercised.
 */
import type { Answer, CitedFact, Choice } from '../../src/index.js';

/** Text with every whitespace run that holds a newline folded to a space, as render.ts's inline() folds it. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

/** A fact with hostile text in every field; every other fact becomes a text fact, so both layouts are drawn. */
function poisonFact(fact: CitedFact, p: string, i: number): CitedFact {
  const line = oneLine(p);
  const textFact = i % 2 === 1;
  return {
    ...fact,
    org: `${fact.org}${line}`,
    subject: fact.subject === null ? null : `${fact.subject}${line}`,
    metric: `${fact.metric}${line}`,
    figure: textFact ? null : `${fact.figure ?? ''}${line}`,
    figureEn: `${fact.figureEn ?? ''}${line}`,
    qualifier: [...fact.qualifier, line],
    asOf: `${fact.asOf ?? ''}${line}`,
    text: `${fact.text ?? ''}${p}`,
    quote: `${fact.quote}${line}`,
    section: `${fact.section}${line}`,
    scope: `${fact.scope ?? ''}${line}`,
    sentence: `${fact.sentence}${line}`,
  };
}

function poisonChoice(choice: Choice, p: string): Choice {
  return { ...choice, label: `${choice.label}${oneLine(p)}` };
}

/**
 * `answer` with `p` appended to every string. `copies` repeats the facts and
 * choices, so a long poisoned answer must also be split (Telegram) or cut
 * down to 50 blocks (Slack).
 */
export function poisonAnswer(answer: Answer, p: string, copies = 1): Answer {
  const facts = Array.from({ length: copies }, () => answer.facts).flat();
  const choices = Array.from({ length: copies }, () => answer.choices).flat();
  const suggestions = Array.from({ length: copies }, () => answer.suggestions).flat();
  return {
    ...answer,
    headline: `${answer.headline}${p}`,
    notes: [...answer.notes, p],
    facts: facts.map((f, i) => poisonFact(f, p, i)),
    choices: choices.map((c) => poisonChoice(c, p)),
    suggestions: suggestions.map((s) => poisonChoice(s, p)),
    text: `${answer.text}\n${p}`,
  };
}
