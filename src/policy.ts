/**
 * The tuning numbers of the answer core in one named policy. The defaults
 * are the fitted values of data/policy.json (see `npm run fit`); tests pass
 * their own to exercise a stage.
 */

export interface Policy {
  /** Below this score no fact answers the question. */
  notFoundBelow: number;
  /** Readings within this fraction of the best are too close to call. */
  tooClose: number;
  /** A related figure is shown beside the answer when it scores at least this fraction of it. */
  relatedShown: number;
  /** A follow-up that swaps the organisation keeps the topic: its answer covers this much of it. */
  keptTopic: number;
  /** How much an unknown word weighs against a fact, per two characters. */
  residueWeight: number;
  /** How much the best match among the question bank's alternate questions adds to a fact's score. */
  bankWeight: number;
  /** Bank similarity below this counts for nothing. */
  bankFloor: number;
}

export const DEFAULT_POLICY: Policy = {
  notFoundBelow: 0.38,
  tooClose: 0.9,
  relatedShown: 0.3,
  keptTopic: 0.6,
  residueWeight: 3.5,
  bankWeight: 0,
  bankFloor: 0.3,
};
