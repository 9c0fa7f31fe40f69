/**
 * Reads data/ from disk, validates every file with its zod schema and checks
 * the files against each other. Loading succeeds whole or throws a DataError
 * that names each file, the path inside it and the reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { z } from 'zod';
import { DataError, type DataProblem, formatPath } from './errors.js';
import { schemas } from './schema.js';
import { type Dataset, type Fact, deriveFact } from './dataset.js';
import { checkDataset } from './check.js';
import { loadPlaces } from './places.js';

type Problems = DataProblem[];

/**
 * The project's own data directory: the nearest `data/` holding a source.yaml
 * above this module, wherever it runs from (src/ under tsx, dist/ when bundled).
 */
export const DEFAULT_DATA_DIR = findDataDir(dirname(fileURLToPath(import.meta.url)));

function findDataDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'data', 'source.yaml'))) return join(dir, 'data');
    if (dirname(dir) === dir) return join(from, 'data');
  }
}

type JsYaml = typeof import('js-yaml');
let jsYaml: JsYaml | null = null;

/** js-yaml, loaded on first use (a start from the validated cache never needs it). */
function yaml(): JsYaml {
  jsYaml ??= createRequire(import.meta.url)('js-yaml') as JsYaml;
  return jsYaml;
}

function readYaml(dir: string, file: string, problems: Problems): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (err) {
    problems.push({ file, path: '', reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return undefined;
  }
  try {
    return yaml().load(text);
  } catch (err) {
    if (err instanceof yaml().YAMLException) {
      const where = err.mark ? `line ${err.mark.line + 1}, column ${err.mark.column + 1}` : '';
      problems.push({ file, path: where, reason: `is not valid YAML: ${err.reason}` });
      return undefined;
    }
    throw err;
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string, problems: Problems): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: formatPath(issue.path), reason: issue.message });
  }
  return undefined;
}

function load<S extends z.ZodType>(dir: string, file: string, schema: S, problems: Problems): z.output<S> | undefined {
  return validate(schema, readYaml(dir, file, problems), file, problems);
}

/** The YAML files of a folder of the data directory, in order. */
function yamlFiles(dir: string, folder: string, problems: Problems, required: boolean): string[] {
  try {
    return readdirSync(join(dir, folder)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${folder}/${f}`);
  } catch {
    if (required) problems.push({ file: `${folder}/`, path: '', reason: `the ${folder} directory is missing` });
    return [];
  }
}

/** The facts files of a data directory, in order. */
export function factFiles(dir: string, problems: Problems = []): string[] {
  return yamlFiles(dir, 'facts', problems, true);
}

/** The question-bank files of a data directory, in order (the bank may be empty). */
export function bankFiles(dir: string): string[] {
  return yamlFiles(dir, 'bank', [], false);
}

/** Every file the dataset is read from, for the cache's fingerprint. */
export function dataFiles(dir: string): string[] {
  const fixed = ['source.yaml', 'organisations.yaml', 'metrics.yaml', 'definitions.yaml', 'policy.json', 'language/terms.yaml', 'language/cues.yaml', 'language/premises.yaml'];
  return [...fixed, ...factFiles(dir), ...bankFiles(dir)];
}

function loadBank(dir: string, problems: Problems): [string, string][] {
  const { BankFileSchema } = schemas();
  const pairs: [string, string][] = [];
  for (const file of bankFiles(dir)) {
    for (const entry of load(dir, file, BankFileSchema, problems) ?? []) for (const q of entry.q) pairs.push([entry.fact, q]);
  }
  return pairs;
}

function readJson(dir: string, file: string, problems: Problems): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    problems.push({ file, path: '', reason: `is not valid JSON (${String(err)})` });
    return undefined;
  }
}

function readSource(dir: string, file: string, problems: Problems): string | null {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    problems.push({ file: 'source.yaml', path: 'document.file', reason: `the source document ${file} cannot be read` });
    return null;
  }
}

/**
 * Loads and checks the whole data directory.
 * @throws DataError listing every problem found, when anything is wrong.
 */
export function loadDataset(dir: string): Dataset {
  const problems: Problems = [];
  const { SourceFileSchema, OrganisationsFileSchema, MetricsFileSchema, TermsFileSchema, CuesFileSchema, FactsFileSchema, PremisesFileSchema, DefinitionsFileSchema } = schemas();
  const source = load(dir, 'source.yaml', SourceFileSchema, problems);
  const orgList = load(dir, 'organisations.yaml', OrganisationsFileSchema, problems);
  const metricList = load(dir, 'metrics.yaml', MetricsFileSchema, problems);
  const terms = load(dir, 'language/terms.yaml', TermsFileSchema, problems);
  const cues = load(dir, 'language/cues.yaml', CuesFileSchema, problems);
  const premises = load(dir, 'language/premises.yaml', PremisesFileSchema, problems);
  const definitions = load(dir, 'definitions.yaml', DefinitionsFileSchema, problems);
  const bank = loadBank(dir, problems);
  const policy = existsSync(join(dir, 'policy.json')) ? validate(schemas().PolicyFileSchema, readJson(dir, 'policy.json', problems), 'policy.json', problems) ?? null : null;
  const facts: Fact[] = [];
  const factFile = new Map<string, string>();
  for (const file of factFiles(dir, problems)) {
    const parsed = load(dir, file, FactsFileSchema, problems);
    if (!parsed || !cues) continue;
    parsed.facts.forEach((input, i) => {
      facts.push(deriveFact(input, parsed.section, cues));
      factFile.set(`${facts.length - 1}`, `${file}#${i}`);
    });
  }
  if (problems.length > 0 || !source || !orgList || !metricList || !terms || !cues || !premises || !definitions) {
    throw new DataError(problems);
  }
  const dataset: Dataset = {
    version: source.version,
    document: source.document,
    sections: source.sections,
    orgs: new Map(orgList.map((o) => [o.id, o])),
    metrics: new Map(metricList.map((m) => [m.id, m])),
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    terms,
    cues,
    premises,
    places: loadPlaces(premises.article_places),
    definitions,
    bank,
    policy,
  };
  const sourceText = readSource(dir, source.document.file, problems);
  const crossProblems = checkDataset(dataset, { orgList, metricList, sourceText }, (index) => {
    const [file = '', at = '0'] = (factFile.get(String(index)) ?? '').split('#');
    return { file, path: `facts[${at}]` };
  });
  if (crossProblems.length + problems.length > 0) throw new DataError([...problems, ...crossProblems]);
  return dataset;
}
