/**
 * Tunables of the consistency rules. The service reads them from config/ and
 * passes them in; the defaults below are what the rules use when it does not.
 */
export interface SeverityThresholds {
  /** Relative gap from which a flag is `medium` (below it: `low`). */
  medium: number;
  /** Relative gap from which a flag is `high`. */
  high: number;
}

export interface ConsistencyOptions {
  /**
   * Two claims are compared only when their reference dates are at most this
   * many days apart (inclusive): figures months apart may both be true.
   */
  windowDays: number;
  /** "about 7,500" may be off by this share of the value, either way. */
  approxTolerance: number;
  /**
   * Upper limit, as a share of the value, on the slack a round figure gets
   * from its implied precision. Without it "100" would stand for 50–150 and
   * "1 million" for 0.5–1.5 million, which no reader takes it to mean.
   */
  roundingCap: number;
  /**
   * Severity from the relative gap between two intervals that should
   * overlap: the distance between them divided by the larger facing bound.
   * 0.5 means one figure is at least double the other.
   */
  severity: SeverityThresholds;
}

export const DEFAULT_CONSISTENCY_OPTIONS: Readonly<ConsistencyOptions> = Object.freeze({
  windowDays: 14,
  approxTolerance: 0.1,
  roundingCap: 0.1,
  severity: Object.freeze({ medium: 0.2, high: 0.5 }),
});
