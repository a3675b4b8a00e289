/**
 * The set of values a quantity allows, and how far two such sets lie apart.
 *
 * Widening policy (what "cannot both be true" is measured against):
 * - approximate values ("about 7,500") get ± approxTolerance of the value;
 * - exact point values get ± half a unit of their last significant digit when
 *   they look rounded: "5,000" is 4,500–5,500, "13,500" is 13,450–13,550,
 *   "9.2 billion" is 9.15–9.25 billion, "9.2 %" is 9.15–9.25 %. That slack is
 *   capped at roundingCap of the value, so "100" is 90–110, not 50–150.
 *   An integer whose last digit is not zero ("7", "61") is taken as exact;
 * - ranges and one-sided bounds ("between 5,000 and 9,000", "more than
 *   13,500") are kept as written, inclusivity included: whoever states a
 *   bound has chosen it.
 */
import type { Quantity } from '../quantities/quantity.js';

/** null on a side means unbounded there. */
export interface Interval {
  lo: number | null;
  hi: number | null;
  loInclusive: boolean;
  hiInclusive: boolean;
}

export interface WideningOptions {
  approxTolerance: number;
  roundingCap: number;
}

export function intervalOf(q: Quantity): Interval {
  return { lo: q.min, hi: q.max, loInclusive: q.minInclusive, hiInclusive: q.maxInclusive };
}

/** The place value of a number's last significant digit: 5000 → 1000, 13500 → 100, 9.25 → 0.01. */
export function lastDigitPlace(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 1;
  if (Number.isInteger(magnitude)) {
    let place = 1;
    while (place * 10 <= magnitude && magnitude % (place * 10) === 0) place *= 10;
    return place;
  }
  // The shortest round-trip form of a parsed decimal is the decimal as written.
  const written = magnitude.toString();
  if (written.includes('e')) return 1;
  const decimals = written.split('.')[1]?.length ?? 0;
  return 10 ** -decimals;
}

/** Slack a stated exact figure gets from its rounding; 0 for figures that look exact. */
export function roundingSlack(value: number, roundingCap: number): number {
  const place = lastDigitPlace(value);
  if (place === 1) return 0;
  return Math.min(place / 2, roundingCap * Math.abs(value));
}

function isPointValue(q: Quantity): q is Quantity & { min: number; max: number } {
  return q.min !== null && q.min === q.max;
}

function widenBy(interval: Interval, slack: (bound: number) => number): Interval {
  return {
    ...interval,
    lo: interval.lo === null ? null : interval.lo - slack(interval.lo),
    hi: interval.hi === null ? null : interval.hi + slack(interval.hi),
  };
}

/** The values a quantity can stand for once approximation and rounding are allowed for. */
export function widenedInterval(q: Quantity, opts: WideningOptions): Interval {
  const stated = intervalOf(q);
  if (q.qualifier === 'approx') {
    return widenBy(stated, (bound) =>
      Math.max(opts.approxTolerance * Math.abs(bound), roundingSlack(bound, opts.roundingCap)),
    );
  }
  if (isPointValue(q) && (q.qualifier === 'exact' || q.qualifier === 'range')) {
    return widenBy(stated, (bound) => roundingSlack(bound, opts.roundingCap));
  }
  return stated;
}

/** True when the interval admits no value at all, e.g. min above max. */
export function isEmptyInterval(i: Interval): boolean {
  if (i.lo === null || i.hi === null) return false;
  return i.lo > i.hi || (i.lo === i.hi && !(i.loInclusive && i.hiInclusive));
}

function liesBelow(a: Interval, b: Interval): boolean {
  if (a.hi === null || b.lo === null) return false;
  return a.hi < b.lo || (a.hi === b.lo && !(a.hiInclusive && b.loInclusive));
}

export interface Separation {
  lower: Interval;
  upper: Interval;
  /** Distance between the facing bounds over the larger of them, 0..1 for non-negative values. */
  relativeGap: number;
}

/** How two intervals lie apart, or null when they share at least one value. */
export function separation(a: Interval, b: Interval): Separation | null {
  const [lower, upper] = liesBelow(a, b) ? [a, b] : liesBelow(b, a) ? [b, a] : [null, null];
  if (lower === null || upper === null) return null;
  return { lower, upper, relativeGap: relativeGap(lower.hi as number, upper.lo as number) };
}

export function relativeGap(lowerEnd: number, upperStart: number): number {
  const scale = Math.max(Math.abs(lowerEnd), Math.abs(upperStart));
  return scale === 0 ? 0 : Math.abs(upperStart - lowerEnd) / scale;
}

/** Interval of a sum: the bounds add up; a side is open if any addend's is. */
export function sumOfIntervals(parts: Interval[]): Interval {
  const add = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : x + y);
  return parts.reduce<Interval>(
    (sum, part) => ({
      lo: add(sum.lo, part.lo),
      hi: add(sum.hi, part.hi),
      loInclusive: sum.loInclusive && part.loInclusive,
      hiInclusive: sum.hiInclusive && part.hiInclusive,
    }),
    { lo: 0, hi: 0, loInclusive: true, hiInclusive: true },
  );
}
