/**
 * Whether an extracted claim repeats a claim the desk already holds: same claimant (names compared
 * without case) and near-identical text once typography is folded. Pure functions.
 */
import { normaliseForDedupe } from '../sources/normalise.js';

/** Share of characters (of the longer normalised text) that may differ for two texts to count as one claim. */
export const DEFAULT_SAME_TEXT_SIMILARITY = 0.9;

export function sameClaimant(a: string, b: string): boolean {
  return a.normalize('NFKC').toLowerCase().trim() === b.normalize('NFKC').toLowerCase().trim();
}

/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Banded: only cells within
 * `limit` of the diagonal are computed, so comparing two 300-character sentences costs O(300 · limit).
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = b.length;
  const big = limit + 1;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j <= limit ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    cur.fill(big);
    cur[0] = i <= limit ? i : big;
    let rowMin = cur[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
      cur[j] = v > big ? big : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return big;
    [prev, cur] = [cur, prev];
  }
  return prev[n] > limit ? big : prev[n];
}

const numbersIn = (s: string): string => (s.match(/\p{N}+/gu) ?? []).join(' ');

/**
 * Near-identical: the normalised texts carry the same numbers and differ in at most (1 − similarity)
 * of the longer one's characters. A changed figure is a different claim however short the edit.
 */
export function nearIdenticalText(a: string, b: string, similarity = DEFAULT_SAME_TEXT_SIMILARITY): boolean {
  const x = normaliseForDedupe(a);
  const y = normaliseForDedupe(b);
  if (x === y) return true;
  if (numbersIn(x) !== numbersIn(y)) return false;
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return false;
  const limit = Math.floor((1 - similarity) * longer);
  return boundedDistance(x, y, limit) <= limit;
}

export interface HeldClaim {
  id: string;
  text: string;
  claimantName: string;
}

/** The first held claim that the extracted one repeats, or null. */
export function findSameClaim(
  extracted: { text: string; claimantName: string },
  held: readonly HeldClaim[],
  similarity = DEFAULT_SAME_TEXT_SIMILARITY,
): HeldClaim | null {
  for (const h of held) {
    if (sameClaimant(h.claimantName, extracted.claimantName) && nearIdenticalText(h.text, extracted.text, similarity)) return h;
  }
  return null;
}
