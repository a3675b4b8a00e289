import type { Quantity } from '../quantities/quantity.js';
import {
  isEmptyInterval,
  lastDigitPlace,
  roundingSlack,
  separation,
  sumOfIntervals,
  widenedInterval,
  type Interval,
} from './intervals.js';

const WIDENING = { approxTolerance: 0.1, roundingCap: 0.1 };

function quantity(fields: Partial<Quantity>): Quantity {
  return {
    text: '',
    start: 0,
    end: 0,
    min: null,
    max: null,
    minInclusive: true,
    maxInclusive: true,
    qualifier: 'exact',
    unit: 'count',
    measure: null,
    subject: null,
    ...fields,
  };
}

const closed = (lo: number | null, hi: number | null): Interval => ({ lo, hi, loInclusive: true, hiInclusive: true });

describe('lastDigitPlace', () => {
  it.each([
    [5000, 1000],
    [13500, 100],
    [9_200_000_000, 100_000_000],
    [61, 1],
    [7, 1],
    [100, 100],
    [9.2, 0.1],
    [9.25, 0.01],
    [-300, 100],
    [0, 1],
  ])('%p → %p', (value, place) => {
    expect(lastDigitPlace(value)).toBeCloseTo(place, 12);
  });
});

describe('roundingSlack', () => {
  it.each([
    [5000, 500, 'half a thousand, exactly at the cap'],
    [13500, 50, 'precise to the hundred'],
    [9_200_000_000, 50_000_000, '9.2 billion is 9.15–9.25 billion'],
    [100, 10, 'capped: 100 is 90–110, not 50–150'],
    [1_000_000, 100_000, 'capped: one million'],
    [61, 0, 'a non-round integer is exact'],
    [7, 0, 'a small count is exact'],
    [0, 0, 'zero'],
  ])('%p → ±%p (%s)', (value, slack) => {
    expect(roundingSlack(value, 0.1)).toBe(slack);
  });

  it('gives a decimal half a unit of its last digit', () => {
    expect(roundingSlack(9.2, 0.1)).toBeCloseTo(0.05, 12);
  });
});

describe('widenedInterval', () => {
  it.each<[string, Partial<Quantity>, Interval]>([
    ['about 7,500', { qualifier: 'approx', min: 7500, max: 7500 }, closed(6750, 8250)],
    ['exact round 5,000', { min: 5000, max: 5000 }, closed(4500, 5500)],
    ['exact 13,500', { min: 13500, max: 13500 }, closed(13450, 13550)],
    ['exact non-round 61', { min: 61, max: 61 }, closed(61, 61)],
    ['range kept as written', { qualifier: 'range', min: 5000, max: 9000 }, closed(5000, 9000)],
    [
      'open lower bound kept',
      { qualifier: 'more_than', min: 13500, max: null, minInclusive: false },
      { lo: 13500, hi: null, loInclusive: false, hiInclusive: true },
    ],
    ['approximate range widened at both ends', { qualifier: 'approx', min: 5000, max: 9000 }, closed(4500, 9900)],
  ])('%s', (_label, fields, expected) => {
    expect(widenedInterval(quantity(fields), WIDENING)).toEqual(expected);
  });

  it('uses the configured tolerance for approximate values', () => {
    const about = quantity({ qualifier: 'approx', min: 1000, max: 1000 });
    expect(widenedInterval(about, { approxTolerance: 0.2, roundingCap: 0.1 })).toEqual(closed(800, 1200));
  });
});

describe('separation', () => {
  it('is null when the intervals share a value', () => {
    expect(separation(closed(1, 5), closed(5, 9))).toBeNull();
    expect(separation(closed(null, 5), closed(3, null))).toBeNull();
  });

  it('respects open bounds where the intervals touch', () => {
    const upTo5Open: Interval = { lo: 1, hi: 5, loInclusive: true, hiInclusive: false };
    expect(separation(upTo5Open, closed(5, 9))).toEqual({ lower: upTo5Open, upper: closed(5, 9), relativeGap: 0 });
  });

  it('orders the intervals and measures the gap against the larger facing bound', () => {
    const result = separation(closed(13500, null), closed(5000, 9000));
    expect(result?.lower).toEqual(closed(5000, 9000));
    expect(result?.relativeGap).toBeCloseTo(4500 / 13500, 12);
  });
});

describe('isEmptyInterval', () => {
  it.each<[Interval, boolean]>([
    [closed(9000, 5000), true],
    [{ lo: 5, hi: 5, loInclusive: true, hiInclusive: false }, true],
    [closed(5, 5), false],
    [closed(null, 5), false],
  ])('%j → %p', (interval, empty) => {
    expect(isEmptyInterval(interval)).toBe(empty);
  });
});

describe('sumOfIntervals', () => {
  it('adds bounds and keeps a side open if any part is open or unbounded', () => {
    expect(
      sumOfIntervals([closed(7, 8), { lo: 2, hi: null, loInclusive: false, hiInclusive: true }]),
    ).toEqual({ lo: 9, hi: null, loInclusive: false, hiInclusive: true });
  });
});
