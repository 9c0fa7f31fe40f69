/**
 * What is wrong with the plain-text forms of an answer: the terminal's
 * reply and a batch-contract (JSONL) output line.
 */
import type { JsonlAnswer } from '../../adapters/cli/jsonl.js';

/** The statuses an answer may have; `error` is the batch contract's failure and never acceptable here. */
export const STATUSES: readonly string[] = ['answered', 'clarify', 'not_found', 'smalltalk'];

// Controls other than \n could move the cursor, clear the screen or end the line early;
// bidi embeddings, overrides and isolates would reorder what the terminal shows.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Problems with text printed on a terminal. */
export function terminalProblems(text: unknown): string[] {
  if (typeof text !== 'string') return [`text is ${typeof text}`];
  const problems: string[] = [];
  if (text.trim().length === 0) problems.push('empty reply');
  if (!text.isWellFormed()) problems.push('lone surrogate');
  const bad = UNSAFE.exec(text);
  if (bad) problems.push(`control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
  return problems;
}

/** Problems with one batch-contract output, as `ask --jsonl` writes it: one line of JSON with a valid status. */
export function jsonlProblems(out: JsonlAnswer): string[] {
  const problems: string[] = [];
  if (!STATUSES.includes(out.status)) problems.push(`status ${out.status}: ${out.text}`);
  const line = JSON.stringify(out);
  if (/[\n\r]/.test(line)) problems.push('output spans lines');
  let back: unknown;
  try {
    back = JSON.parse(line);
  } catch {
    return [...problems, 'output is not JSON'];
  }
  const parsed = back as JsonlAnswer;
  if (parsed.text !== out.text || !Array.isArray(parsed.facts) || parsed.facts.some((id) => typeof id !== 'string')) {
    problems.push('output does not survive a JSON round trip');
  }
  problems.push(...terminalProblems(out.text));
  return problems;
}
