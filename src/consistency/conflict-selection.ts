/**
 * Which of the range conflicts one check finds become flags. Pure: the finder hands in what the
 * rules found and the figures they name; this keeps the ones a fact-checker needs to see.
 *
 * The rule, per figure of the claim checked (the target) and per claimant on the other side:
 *  - One flag per claimant: of one claimant's figures that conflict with the target, only the
 *    nearest in reference date becomes a flag (ties: the earlier figure, then the lower claim id).
 *    A claimant whose estimate moves over a fortnight disagrees with the target once, not once
 *    per statement; the flag names their figure closest in time, which is the sharpest clash.
 *  - Flags stay: when one of that claimant's conflicting figures is already in an open flag with
 *    the target, those flags are kept and no other is raised for that claimant, so a re-check
 *    never closes a flag only because a nearer statement has arrived since.
 * Single-figure flags (inverted ranges, impossible values) and part sums are not touched.
 *
 * Why: on a desk that follows one story the same few claimants put a figure on the same measure
 * day after day, and one flag per pair of statements gave every new claim a dozen flags saying
 * the same thing (each a write, an event and a webhook delivery). The number of range flags one
 * check raises is now bounded by the number of claimants speaking to the measure.
 */
import { refKey } from './partner-bound.js';
import type { FlagCandidate, QuantityRef, RuleQuantity } from './types.js';

function distance(a: RuleQuantity, b: RuleQuantity): number {
  return Math.abs(a.referenceDate.getTime() - b.referenceDate.getTime());
}

/** True when `a` should be chosen over `b` as the flag for the same target and claimant. */
function preferred(target: RuleQuantity, a: RuleQuantity, b: RuleQuantity): boolean {
  const byDistance = distance(target, a) - distance(target, b);
  if (byDistance !== 0) return byDistance < 0;
  const byDate = a.referenceDate.getTime() - b.referenceDate.getTime();
  if (byDate !== 0) return byDate < 0;
  if (a.claimId !== b.claimId) return a.claimId < b.claimId;
  return a.index < b.index;
}

/**
 * Keeps, for each target figure and partner claimant, the flags the rule above allows.
 * `figureOf` resolves every quantity the candidates name; `flagged` holds the refs of partner
 * figures already in an open range_conflict flag with the target claim.
 */
export function selectConflicts(
  candidates: readonly FlagCandidate[],
  targetClaimId: string,
  figureOf: (ref: QuantityRef) => RuleQuantity,
  flagged: ReadonlySet<string> = new Set(),
): FlagCandidate[] {
  interface Choice { flagged: FlagCandidate[]; nearest: { candidate: FlagCandidate; partner: RuleQuantity } | null }
  const groups = new Map<string, Choice>();
  const kept: FlagCandidate[] = [];
  const order: Array<FlagCandidate | string> = [];

  for (const candidate of candidates) {
    const mine = candidate.quantities.find((ref) => ref.claimId === targetClaimId);
    const theirs = candidate.quantities.find((ref) => ref.claimId !== targetClaimId);
    if (candidate.type !== 'range_conflict' || !mine || !theirs) {
      order.push(candidate);
      continue;
    }
    const target = figureOf(mine);
    const partner = figureOf(theirs);
    const group = JSON.stringify([refKey(mine), partner.claimant]);
    let choice = groups.get(group);
    if (!choice) {
      choice = { flagged: [], nearest: null };
      groups.set(group, choice);
      order.push(group);
    }
    if (flagged.has(refKey(theirs))) choice.flagged.push(candidate);
    else if (!choice.nearest || preferred(target, partner, choice.nearest.partner)) choice.nearest = { candidate, partner };
  }

  for (const item of order) {
    if (typeof item !== 'string') {
      kept.push(item);
      continue;
    }
    const choice = groups.get(item)!;
    if (choice.flagged.length > 0) kept.push(...choice.flagged);
    else if (choice.nearest) kept.push(choice.nearest.candidate);
  }
  return kept;
}
