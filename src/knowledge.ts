/**
 * Everything the answer core needs, built once from the dataset: the
 * lexicon, the fact index and the typo mender. Never rebuilt per question.
 */
import type { Dataset } from './data/dataset.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { FactIndex } from './search.js';
import { TypoMender } from './fuzzy.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import { QuestionBank } from './bank.js';
import { isEnglishWord } from './data/english-words.js';

/** The dataset with its search structures. */
export interface Knowledge {
  data: Dataset;
  lexicon: Lexicon;
  index: FactIndex;
  mender: TypoMender;
  /** The tuning numbers every stage reads. */
  policy: Policy;
  /** The alternate questions of every fact. */
  bank: QuestionBank;
}

/** The text with every organisation name blanked out (a space stands in). */
function maskNames(lexicon: Lexicon, text: string): string {
  let out = '';
  let at = 0;
  for (const m of lexicon.topics.tile(text)) {
    if (!m.concepts.some((c) => c.kind === 'entity')) continue;
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Builds the search structures for a dataset. */
export function createKnowledge(data: Dataset, policy: Policy = DEFAULT_POLICY): Knowledge {
  const lexicon = buildLexicon(data);
  const bank = new QuestionBank(data.bank, new Set(data.cues.filler.en), (text) => maskNames(lexicon, text), policy.bankMinTokens);
  const index = new FactIndex(data, lexicon, policy, bank);
  return { data, lexicon, index, mender: new TypoMender(lexicon, (word) => index.articleHas(word) || isEnglishWord(word)), policy, bank };
}
