/**
 * The same assertion held twice: two claims in which one claimant gives the same figure for the
 * same thing at the same time — a wire story ingested from two outlets, or a claim entered again by
 * hand. A clash with one of them is a clash with both, and a fact-checker needs to see it once.
 */
import { keyOf } from './rules.js';
import type { RuleQuantity } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Names compared without case, spacing and diacritics: "U.S. officials" and "U.S.  Officials" are one. */
const folded = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * True when `a` and `b` are one assertion in two claims: other claims, the same claimant (named
 * the same), the same comparison key, the same interval as stated, and dates at most a day apart
 * (the same statement reported on consecutive days).
 */
export function sameAssertion(a: RuleQuantity, b: RuleQuantity): boolean {
  if (a.claimId === b.claimId) return false;
  const key = keyOf(a);
  if (key === null || key !== keyOf(b)) return false;
  if (folded(a.claimant) === '' || folded(a.claimant) !== folded(b.claimant)) return false;
  const [p, q] = [a.quantity, b.quantity];
  if (p.min !== q.min || p.max !== q.max || p.minInclusive !== q.minInclusive || p.maxInclusive !== q.maxInclusive) return false;
  return Math.abs(a.referenceDate.getTime() - b.referenceDate.getTime()) <= DAY_MS;
}
