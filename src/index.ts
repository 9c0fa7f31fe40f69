/**
 * The answer core's public surface: load the dataset, build the core, answer.
 * Adapters import from here and nowhere deeper.
 */
export { createCore, type Core, type OrgEntry, type About } from './answer.js';
export { loadDataset, DEFAULT_DATA_DIR } from './data/load.js';
export { loadDatasetCached, cacheFileFor } from './data/cache.js';
export { DataError, type DataProblem } from './data/errors.js';
export type { Dataset, Fact } from './data/dataset.js';
export { normalize, detectLanguage, cleanInput } from './normalize.js';
export { ANSWER_KINDS } from './types.js';
export type {
  Answer, AnswerKind, AnswerStatus, ChatState, Choice, CitedFact, Lang, Reply, Script, TurnMemory,
} from './types.js';
