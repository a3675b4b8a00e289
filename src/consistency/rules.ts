/**
 * Consistency rules over quantities: pure functions from quantities (plus the
 * claim facts they need) to flag candidates. The service decides which
 * quantities to hand in, persists the flags and keeps one open flag per pair
 * via `pairKey`.
 */
import type { Language, Quantity } from '../quantities/quantity.js';
import { shareWhole } from '../quantities/share-whole.js';
import { countedKey, equipmentKey } from './counted-key.js';
import { explainImpossibleValue, explainInvertedRange, explainRangeConflict, type ImpossibleReason } from './explain.js';
import { intervalOf, isEmptyInterval, relativeGap, separation, widenedInterval, type Interval } from './intervals.js';
import { DEFAULT_CONSISTENCY_OPTIONS, type ConsistencyOptions } from './options.js';
import { severityForGap } from './severity.js';
import type { FlagCandidate, RuleQuantity, Severity } from './types.js';

export type { ClaimOrigin, FlagCandidate, FlagType, QuantityRef, RuleQuantity, Severity } from './types.js';
export { DEFAULT_CONSISTENCY_OPTIONS, type ConsistencyOptions, type SeverityThresholds } from './options.js';
export { partSumMismatch } from './part-sums.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "measure|subject|unit": the figures that may be compared at all share it.
 * null when any part is unknown, because a guessed label would compare
 * figures that are about different things.
 */
export function measureKey(q: Quantity): string | null {
  if (!q.measure || !q.subject || !q.unit) return null;
  return `${q.measure}|${q.subject}|${q.unit}`;
}

/**
 * The key of a figure the quantity rules know: `measureKey`, and for a share also the whole it
 * divides ("share|RU|percent|of:troops"), so that 100 percent of the troops and 70 percent of the
 * machinery never meet. A share whose whole the text does not name compares with nothing.
 */
export function measureComparisonKey(text: string, q: Quantity, language: Language): string | null {
  const key = measureKey(q);
  if (key === null || q.measure !== 'share') return key;
  const whole = shareWhole(text, q, language);
  return whole === null ? null : `${key}|of:${whole}`;
}

/**
 * The comparison key of a figure found in `text`, as stored with it: the quantity rules' key (for
 * equipment narrowed to its kind and what was done with it, `equipmentKey`), else, for a figure
 * whose measure or subject they do not know, the thing it counts, what was done with it and whom
 * it is about (`countedKey`). A share without its whole gets neither.
 */
export function comparisonKey(text: string, q: Quantity, language: Language): string | null {
  const key = measureComparisonKey(text, q, language);
  if (key !== null) return q.measure === 'equipment' ? equipmentKey(text, q, language, key) : key;
  return q.measure === 'share' ? null : countedKey(text, q, language);
}

/** The key a rule compares by: the one stored with the figure, else the one its fields give. */
export function keyOf(rq: RuleQuantity): string | null {
  return rq.key !== undefined ? rq.key : measureKey(rq.quantity);
}

/** The date a claim speaks for: when it was said, else when its source appeared, else when we recorded it. */
export function referenceDateOf(claim: {
  claimedAt?: Date | null;
  publishedAt?: Date | null;
  createdAt: Date;
}): Date {
  return claim.claimedAt ?? claim.publishedAt ?? claim.createdAt;
}

function withinWindow(a: Date, b: Date, windowDays: number): boolean {
  const apart = Math.abs(a.getTime() - b.getTime());
  return Number.isFinite(apart) && apart <= windowDays * DAY_MS;
}

const LOWER_SEVERITY: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'low' };

/**
 * Two claimants of different, known countries: estimates from two sides (Kyiv's count of Russian
 * dead beside Moscow's, or Washington's) rather than two statements of fact that exclude each other.
 */
export function opposingSides(a: RuleQuantity, b: RuleQuantity): boolean {
  return !!a.claimantCountry && !!b.claimantCountry && a.claimantCountry !== b.claimantCountry;
}

/** Earlier claim first so the explanation reads in the order things were said. */
function chronological(a: RuleQuantity, b: RuleQuantity): [RuleQuantity, RuleQuantity] {
  const byDate = a.referenceDate.getTime() - b.referenceDate.getTime();
  if (byDate !== 0) return byDate < 0 ? [a, b] : [b, a];
  if (a.claimId !== b.claimId) return a.claimId < b.claimId ? [a, b] : [b, a];
  return a.index <= b.index ? [a, b] : [b, a];
}

/**
 * Two claims' figures of the same comparison key (`keyOf`), stated close in
 * time, that leave no common value once approximation and rounding are
 * allowed for (see intervals.ts for the widening policy).
 */
export function rangeConflict(
  a: RuleQuantity,
  b: RuleQuantity,
  opts: ConsistencyOptions = DEFAULT_CONSISTENCY_OPTIONS,
): FlagCandidate | null {
  if (a.claimId === b.claimId) return null;
  const key = keyOf(a);
  if (key === null || key !== keyOf(b)) return null;
  if (!withinWindow(a.referenceDate, b.referenceDate, opts.windowDays)) return null;
  // An inverted range has its own flag; comparing it would only add noise.
  if (isEmptyInterval(intervalOf(a.quantity)) || isEmptyInterval(intervalOf(b.quantity))) return null;

  const apart = separation(widenedInterval(a.quantity, opts), widenedInterval(b.quantity, opts));
  if (apart === null) return null;

  const [first, second] = chronological(a, b);
  const sides = opposingSides(a, b);
  const severity = severityForGap(apart.relativeGap, opts.severity);
  return {
    type: 'range_conflict',
    // the sides of a conflict put out estimates that differ as a matter of course: worth a look, less urgent
    severity: sides ? LOWER_SEVERITY[severity] : severity,
    claimIds: [first.claimId, second.claimId],
    quantities: [
      { claimId: first.claimId, index: first.index },
      { claimId: second.claimId, index: second.index },
    ],
    measure: a.quantity.measure,
    subject: a.quantity.subject,
    explanation: explainRangeConflict(first, second, sides),
  };
}

function singleFlag(
  rq: RuleQuantity,
  type: 'inverted_range' | 'impossible_value',
  gap: number,
  explanation: string,
  opts: ConsistencyOptions,
): FlagCandidate {
  return {
    type,
    severity: severityForGap(gap, opts.severity),
    claimIds: [rq.claimId],
    quantities: [{ claimId: rq.claimId, index: rq.index }],
    measure: rq.quantity.measure,
    subject: rq.quantity.subject,
    explanation,
  };
}

function entirelyBelow(i: Interval, limit: number): boolean {
  return i.hi !== null && (i.hi < limit || (i.hi === limit && !i.hiInclusive));
}

function entirelyAbove(i: Interval, limit: number): boolean {
  return i.lo !== null && (i.lo > limit || (i.lo === limit && !i.loInclusive));
}

/**
 * What makes a figure impossible on its own, judged on the interval as
 * stated (no widening: "about 120 percent" of a whole is still impossible).
 * Percentages are checked only for shares: a rise "by 150 percent" is fine.
 */
function impossibility(q: Quantity): { reason: ImpossibleReason; gap: number } | null {
  const stated = intervalOf(q);
  if (q.unit === 'count' && entirelyBelow(stated, 0)) {
    return { reason: 'negative_count', gap: relativeGap(stated.hi as number, 0) };
  }
  if (q.measure === 'share' && q.unit === 'percent') {
    if (entirelyAbove(stated, 100)) return { reason: 'share_above_100', gap: relativeGap(100, stated.lo as number) };
    if (entirelyBelow(stated, 0)) return { reason: 'negative_share', gap: relativeGap(stated.hi as number, 0) };
  }
  return null;
}

/**
 * Flags one figure raises by itself: an inverted range (min above max) or an
 * impossible value. Severity grows with how far the figure overshoots, so
 * "more than 100 percent" (often hyperbole) is low and "250 percent" high.
 */
export function singleQuantityFlags(
  rq: RuleQuantity,
  opts: ConsistencyOptions = DEFAULT_CONSISTENCY_OPTIONS,
): FlagCandidate[] {
  const q = rq.quantity;
  if (q.min !== null && q.max !== null && q.min > q.max) {
    return [singleFlag(rq, 'inverted_range', relativeGap(q.max, q.min), explainInvertedRange(rq), opts)];
  }
  const impossible = impossibility(q);
  if (impossible === null) return [];
  return [singleFlag(rq, 'impossible_value', impossible.gap, explainImpossibleValue(rq, impossible.reason), opts)];
}

/**
 * Identifies the pair (or claim) a flag is about regardless of the order the
 * rules saw its quantities in, so re-running the rules finds the open flag.
 */
export function pairKey(flag: Pick<FlagCandidate, 'type' | 'claimIds' | 'quantities'>): string {
  const claimIds = [...new Set(flag.claimIds)].sort();
  const refs = flag.quantities
    .map((ref) => [ref.claimId, ref.index] as const)
    .sort(([ca, ia], [cb, ib]) => (ca === cb ? ia - ib : ca < cb ? -1 : 1));
  return JSON.stringify([flag.type, claimIds, refs]);
}

/** Runs `rangeConflict` for every target × partner pair of different claims; one flag per pair. */
export function compareAgainst(
  target: RuleQuantity[],
  partners: RuleQuantity[],
  opts: ConsistencyOptions = DEFAULT_CONSISTENCY_OPTIONS,
): FlagCandidate[] {
  const flags = new Map<string, FlagCandidate>();
  for (const mine of target) {
    for (const theirs of partners) {
      if (mine.claimId === theirs.claimId) continue;
      const flag = rangeConflict(mine, theirs, opts);
      if (flag === null) continue;
      const key = pairKey(flag);
      if (!flags.has(key)) flags.set(key, flag);
    }
  }
  return [...flags.values()];
}
