import { RestartBackoff } from './restart-backoff.js';

describe('RestartBackoff', () => {
  const options = { firstMs: 500, maxMs: 4000, healthyAfterMs: 60_000 };

  it('doubles the wait for a child that keeps dying young, up to the cap', () => {
    const backoff = new RestartBackoff(options);
    expect([1, 2, 3, 4, 5, 6].map(() => backoff.next(100))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('starts over after a child that ran long enough', () => {
    const backoff = new RestartBackoff(options);
    backoff.next(100);
    backoff.next(100);
    expect(backoff.next(60_000)).toBe(500);
    expect(backoff.next(10)).toBe(1000);
  });
});
