import fc from 'fast-check';
import {
  DEFAULT_RETRY_AFTER_CAP_MS,
  DEFAULT_RETRY_SCHEDULE_MS,
  delayBeforeRetry,
  nextAttemptDelay,
  parseRetryAfter,
} from './retry-schedule.js';

const noJitter = () => 0.5;

describe('DEFAULT_RETRY_SCHEDULE_MS', () => {
  it('is immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
    expect(DEFAULT_RETRY_SCHEDULE_MS).toEqual([0, 5e3, 300e3, 1800e3, 7200e3, 18000e3, 36000e3, 36000e3]);
  });
});

describe('nextAttemptDelay', () => {
  it('walks the schedule and returns null once it is exhausted', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => nextAttemptDelay(n, DEFAULT_RETRY_SCHEDULE_MS, noJitter));
    expect(delays).toEqual([...DEFAULT_RETRY_SCHEDULE_MS, null, null]);
  });

  it('applies at most ±10 % jitter at the extremes of random()', () => {
    expect(nextAttemptDelay(1, DEFAULT_RETRY_SCHEDULE_MS, () => 0)).toBe(4500);
    expect(nextAttemptDelay(1, DEFAULT_RETRY_SCHEDULE_MS, () => 0.999999)).toBeCloseTo(5500, -1);
    expect(nextAttemptDelay(2, DEFAULT_RETRY_SCHEDULE_MS, () => 0, 0.5)).toBe(150e3);
  });

  it('stays within the jitter band for any random value, and a 0 delay stays 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const base = DEFAULT_RETRY_SCHEDULE_MS[n];
        const delay = nextAttemptDelay(n, DEFAULT_RETRY_SCHEDULE_MS, () => r)!;
        return base === 0 ? delay === 0 : delay >= base * 0.9 - 1 && delay <= base * 1.1 + 1;
      }),
    );
  });

  it('uses the schedule it is given', () => {
    expect(nextAttemptDelay(1, [0, 100], noJitter)).toBe(100);
    expect(nextAttemptDelay(2, [0, 100], noJitter)).toBeNull();
    expect(nextAttemptDelay(0, [], noJitter)).toBeNull();
  });

  it('refuses a negative or fractional attempt count', () => {
    expect(() => nextAttemptDelay(-1)).toThrow(RangeError);
    expect(() => nextAttemptDelay(1.5)).toThrow(RangeError);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter(['7', '9'], now)).toBe(7000);
  });

  it('reads an HTTP date relative to now, a past date meaning now', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:01:30 GMT', new Date(now))).toBe(90_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('caps what a consumer can ask for', () => {
    expect(parseRetryAfter('999999999', now)).toBe(DEFAULT_RETRY_AFTER_CAP_MS);
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).toBe(DEFAULT_RETRY_AFTER_CAP_MS);
    expect(parseRetryAfter('3600', now, 60_000)).toBe(60_000);
  });

  it.each([undefined, null, '', '-5', '1.5', 'soon', '2024-01-01', []])('returns null for %p', (header) => {
    expect(parseRetryAfter(header as string | undefined, now)).toBeNull();
  });
});

describe('delayBeforeRetry', () => {
  it('takes the later of the schedule and Retry-After', () => {
    expect(delayBeforeRetry({ attemptsMade: 1, retryAfterMs: 60_000, random: noJitter })).toBe(60_000);
    expect(delayBeforeRetry({ attemptsMade: 2, retryAfterMs: 60_000, random: noJitter })).toBe(300_000);
    expect(delayBeforeRetry({ attemptsMade: 1, retryAfterMs: null, random: noJitter })).toBe(5000);
  });

  it('does not add attempts beyond the schedule', () => {
    expect(delayBeforeRetry({ attemptsMade: 8, retryAfterMs: 1000 })).toBeNull();
    expect(delayBeforeRetry({ attemptsMade: 1, retryAfterMs: 1000, schedule: [0] })).toBeNull();
  });
});
