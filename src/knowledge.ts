/**
 * Everything the answer core needs, built once from the dataset: the
 * lexicon, the fact index and the typo mender. Never rebuilt per question.
 */
import type { Dataset } from './data/dataset.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { FactIndex } from './search.js';
import { TypoMender } from './fuzzy.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';

/** The dataset with its search structures. */
export interface Knowledge {
  data: Dataset;
  lexicon: Lexicon;
  index: FactIndex;
  mender: TypoMender;
  /** The tuning numbers every stage reads. */
  policy: Policy;
}

/** Builds the search structures for a dataset. */
export function createKnowledge(data: Dataset, policy: Policy = DEFAULT_POLICY): Knowledge {
  const lexicon = buildLexicon(data);
  return { data, lexicon, index: new FactIndex(data, lexicon, policy), mender: new TypoMender(lexicon), policy };
}
