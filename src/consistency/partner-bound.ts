/**
 * How many partner figures one claim's check compares, when thousands of claims report the same
 * measure and subject. Pure: the finder reads the rows, this decides which of them are compared.
 *
 * The rule, per figure of the claim checked (the target):
 *  1. Nearest in time: of the figures with the same measure, subject and unit inside the date
 *     window, only the `perSide` nearest in reference date before the target and the `perSide`
 *     nearest after it are read (two index range scans with a LIMIT, so the cost does not grow
 *     with the desk or with the crowd on one measure).
 *  2. One per figure and claimant: of those, claims by the same claimant stating the same figure
 *     (same bounds, inclusiveness and qualifier) are compared once, through the earliest of them
 *     (then the lowest claim id): they conflict with the target alike, and one flag names it.
 *  3. Flags stay: a partner in an open range_conflict flag with the claim is always compared, so
 *     a re-check never closes a flag only because the partner fell outside 1 or 2.
 *
 * What it may miss, plainly: when more than `perSide` figures for the measure lie on one side of
 * the target within the window, a conflicting figure further away in time than the perSide-th is
 * not flagged against the target (it is, from its own side, when that claim is checked and the
 * target is among its nearest); and a further claim repeating a representative's figure by the
 * same claimant gets no flag of its own with the target, only the representative's flag.
 */
import type { Quantity } from '../quantities/quantity.js';
import type { QuantityRef, RuleQuantity } from './types.js';

/** Everything the range rule reads of a partner figure, besides its date and claim. */
export function figureSignature(claimant: string, q: Quantity): string {
  return JSON.stringify([claimant, q.measure, q.subject, q.unit, q.min, q.max, q.minInclusive, q.maxInclusive, q.qualifier]);
}

/** "claimId#index": one quantity of one claim, as a map key. */
export const refKey = (ref: QuantityRef): string => `${ref.claimId}#${ref.index}`;

function earlier(a: RuleQuantity, b: RuleQuantity): boolean {
  const byDate = a.referenceDate.getTime() - b.referenceDate.getTime();
  if (byDate !== 0) return byDate < 0;
  if (a.claimId !== b.claimId) return a.claimId < b.claimId;
  return a.index < b.index;
}

/**
 * Rules 2 and 3: one representative per (claimant, figure) among the nearest partners, plus every
 * partner already flagged with the claim. Order: representatives by date, then flagged extras.
 */
export function boundedPartners(nearest: readonly RuleQuantity[], flagged: readonly RuleQuantity[] = []): RuleQuantity[] {
  const representative = new Map<string, RuleQuantity>();
  for (const rq of nearest) {
    const key = figureSignature(rq.claimant, rq.quantity);
    const held = representative.get(key);
    if (!held || earlier(rq, held)) representative.set(key, rq);
  }
  const chosen = [...representative.values()].sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
  const seen = new Set(chosen.map(refKey));
  for (const rq of flagged) {
    if (seen.has(refKey(rq))) continue;
    seen.add(refKey(rq));
    chosen.push(rq);
  }
  return chosen;
}
