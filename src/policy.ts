/**
 * The tuning numbers of the answer core in one named policy. The defaults
 * are the fitted values of data/policy.json (see `npm run fit`); tests pass
 * their own to exercise a stage.
 */

export interface Policy {
  /** Below this score no fact answers the question. */
  notFoundBelow: number;
  /** The same for a follow-up, which says less on its own. */
  followupNotFoundBelow: number;
  /** The same for one clause of a longer question (fitted on the dev sets' multi-part questions). */
  clauseNotFoundBelow: number;
  /** Readings within this fraction of the best are too close to call. */
  tooClose: number;
  /** A related figure is shown beside the answer when it scores at least this fraction of it. */
  relatedShown: number;
  /** A follow-up that swaps the organisation keeps the topic: its answer covers this much of it. */
  keptTopic: number;
  /** Recall credit of a topic word an elliptical follow-up or clause leaves out ("那规模呢"), against 1 for a word it says. */
  carriedTermCredit: number;
  /** How much an unknown word weighs against a fact, per two characters. */
  residueWeight: number;
  /** How much the best match among the question bank's alternate questions adds to a fact's score. */
  bankWeight: number;
  /** Bank similarity below this counts for nothing. */
  bankFloor: number;
  /** A question with fewer distinct tokens than this (names left out) is not compared with the bank. */
  bankMinTokens: number;
}

export const DEFAULT_POLICY: Policy = {
  notFoundBelow: 0.38,
  followupNotFoundBelow: 0.38,
  clauseNotFoundBelow: 0.38,
  tooClose: 0.9,
  relatedShown: 0.3,
  keptTopic: 0.6,
  carriedTermCredit: 0.7,
  residueWeight: 3.5,
  bankWeight: 0,
  bankFloor: 0.3,
  bankMinTokens: 4,
};
