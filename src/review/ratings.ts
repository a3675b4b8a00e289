/**
 * Verdict ratings, their readable names and their place on the ClaimReview
 * numeric scale. Pure domain code: no framework imports.
 */

export const RATINGS = [
  'true',
  'mostly_true',
  'half_true',
  'mostly_false',
  'false',
  'misleading',
  'unverifiable',
] as const;
export type Rating = (typeof RATINGS)[number];

/** ClaimReview convention: the closer to `best`, the more true. */
export const RATING_SCALE = Object.freeze({ best: 5, worst: 1 });

export interface RatingDetails {
  /** Shown to readers, e.g. as ClaimReview `alternateName`. */
  readonly label: string;
  /** Position on RATING_SCALE; null when the rating says nothing about truth. */
  readonly value: number | null;
}

export const RATING_DETAILS: Readonly<Record<Rating, RatingDetails>> = Object.freeze({
  true: { label: 'True', value: 5 },
  mostly_true: { label: 'Mostly true', value: 4 },
  half_true: { label: 'Half true', value: 3 },
  mostly_false: { label: 'Mostly false', value: 2 },
  false: { label: 'False', value: 1 },
  // Misleading claims are built from accurate pieces that add up to a false
  // impression: less false than a fabrication (1), but what the reader takes
  // away is wrong, so it sits with "mostly false" rather than "half true".
  misleading: { label: 'Misleading', value: 2 },
  // "We could not check it" is not a degree of truth; putting it anywhere on
  // the scale would tell search engines something the desk never found.
  unverifiable: { label: 'Unverifiable', value: null },
});

export function ratingLabel(rating: Rating): string {
  return RATING_DETAILS[rating].label;
}

export function ratingValue(rating: Rating): number | null {
  return RATING_DETAILS[rating].value;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}
