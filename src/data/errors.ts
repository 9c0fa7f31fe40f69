/** One thing wrong with a data file: where it is and why it is refused. */
export interface DataProblem {
  /** Path of the file, relative to the data directory. */
  file: string;
  /** Where inside the file, e.g. `facts[3].value`; empty for the whole file. */
  path: string;
  reason: string;
}

/** Thrown when the data directory cannot be loaded; lists every problem found. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[], options?: { cause?: unknown }) {
    const lines = problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`);
    super(`data refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, options);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Formats a zod issue path (['facts', 3, 'value']) as `facts[3].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
