/**
 * Shapes the consistency rules consume and produce. Pure domain types:
 * the service maps its entities onto these and persists what comes back.
 */
import type { Quantity } from '../quantities/quantity.js';

export type FlagType = 'range_conflict' | 'part_sum_mismatch' | 'inverted_range' | 'impossible_value';

export type Severity = 'low' | 'medium' | 'high';

/** Points at one quantity: the claim and the quantity's position in that claim's list. */
export interface QuantityRef {
  claimId: string;
  index: number;
}

/** A quantity together with the claim facts the rules need to judge it. */
export interface RuleQuantity {
  claimId: string;
  /** Position of the quantity in its claim's quantity list. */
  index: number;
  quantity: Quantity;
  /** claimedAt, else the source's publishedAt, else the claim's creation (see `referenceDateOf`). */
  referenceDate: Date;
  claimant: string;
  /**
   * The comparison key stored with the figure (`comparisonKey`: for a share it names the whole, for
   * a counted figure what it counts); when absent the rules take `measureKey` of the quantity's fields.
   */
  key?: string | null;
  /** ISO code of the claimant's country, when known: estimates from opposing sides are worded as such. */
  claimantCountry?: string | null;
}

/** Who made a claim and when; used to word explanations of single-claim flags. */
export interface ClaimOrigin {
  claimant: string;
  referenceDate: Date;
}

/** A flag the rules propose; the service gives it an id, a status and a creation time. */
export interface FlagCandidate {
  type: FlagType;
  severity: Severity;
  claimIds: string[];
  quantities: QuantityRef[];
  measure: string | null;
  subject: string | null;
  /** One readable English sentence naming the figures as written, claimants and dates. */
  explanation: string;
}
