import { isRating, RATING_DETAILS, RATING_SCALE, RATINGS, ratingLabel, ratingValue, type Rating } from './ratings.js';

describe('ratings', () => {
  it.each<[Rating, string, number | null]>([
    ['true', 'True', 5],
    ['mostly_true', 'Mostly true', 4],
    ['half_true', 'Half true', 3],
    ['mostly_false', 'Mostly false', 2],
    ['false', 'False', 1],
    ['misleading', 'Misleading', 2],
    ['unverifiable', 'Unverifiable', null],
  ])('%s reads "%s" and scores %s', (rating, label, value) => {
    expect(ratingLabel(rating)).toBe(label);
    expect(ratingValue(rating)).toBe(value);
  });

  it('describes exactly the ratings of the contract', () => {
    expect(Object.keys(RATING_DETAILS).sort()).toEqual([...RATINGS].sort());
  });

  it('gives every rating its own name', () => {
    const labels = RATINGS.map(ratingLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keeps every score on the 1..5 scale, worse for less true', () => {
    expect(RATING_SCALE).toEqual({ best: 5, worst: 1 });
    const truthOrder: Rating[] = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false'];
    const values = truthOrder.map((r) => ratingValue(r)!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(values.length);
    for (const r of RATINGS) {
      const v = ratingValue(r);
      if (v !== null) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(RATING_SCALE.worst);
        expect(v).toBeLessThanOrEqual(RATING_SCALE.best);
      }
    }
  });

  it.each<[unknown, boolean]>([
    ['mostly_true', true],
    ['unverifiable', true],
    ['Mostly true', false],
    ['TRUE', false],
    ['pants_on_fire', false],
    ['', false],
    [true, false],
    [5, false],
    [null, false],
    [undefined, false],
  ])('isRating(%p) → %s', (value, expected) => {
    expect(isRating(value)).toBe(expected);
  });
});
