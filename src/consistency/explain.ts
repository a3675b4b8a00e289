/**
 * One-sentence English explanations for flags. Figures are quoted as written
 * in the claim so a fact-checker can find them; dates are ISO days (UTC).
 */
import type { Quantity } from '../quantities/quantity.js';
import { describeCountedKey, describeEquipmentKey, isCountedKey } from './counted-key.js';
import type { ClaimOrigin, RuleQuantity } from './types.js';

export type ImpossibleReason = 'negative_count' | 'share_above_100' | 'negative_share';
export type PartSumDirection = 'parts_exceed_total' | 'parts_fall_short';

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function who(claimant: string, startsSentence: boolean): string {
  const name = claimant.trim();
  if (name !== '') return name;
  return startsSentence ? 'An unnamed claimant' : 'an unnamed claimant';
}

/** " killed (RU)", " killed", " (RU)" or "": what the figure counts and whom it is about. */
function aboutWhat(q: Quantity): string {
  const measure = q.measure ? ` ${q.measure}` : '';
  const subject = q.subject ? ` (${q.subject})` : '';
  return measure + subject;
}

function quoted(q: Quantity): string {
  return `"${q.text}"`;
}

function quotedList(quantities: Quantity[]): string {
  const items = quantities.map(quoted);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function statement(origin: ClaimOrigin, q: Quantity): string {
  return `${who(origin.claimant, true)} said ${quoted(q)}${aboutWhat(q)} on ${isoDate(origin.referenceDate)}`;
}

/**
 * What a figure of a rule counts: the quantity rules' measure and subject (for equipment also its
 * kind and what was done with it, " equipment (RU; tank, lost)"), or, for a counted figure, what its
 * key says (" (counting cable, damaged, in Ostsee)").
 */
function aboutFigure(rq: RuleQuantity): string {
  if (isCountedKey(rq.key)) return ` (counting ${describeCountedKey(rq.key)})`;
  const equipment = describeEquipmentKey(rq.key);
  if (equipment === null) return aboutWhat(rq.quantity);
  return ` ${rq.quantity.measure} (${[rq.quantity.subject, equipment].filter(Boolean).join('; ')})`;
}

/** " (UA)" after a claimant whose country is known. */
function side(rq: RuleQuantity): string {
  return rq.claimantCountry ? ` (${rq.claimantCountry})` : '';
}

/**
 * Names both figures, what they count, who said them and when, and why they clash: figures that
 * leave no common value cannot both be true; estimates from two sides are said to differ, since
 * each side's count is an estimate and a gap between them is the usual case, not proof of a lie.
 */
export function explainRangeConflict(first: RuleQuantity, second: RuleQuantity, opposingSides = false): string {
  const said = (rq: RuleQuantity, startsSentence: boolean) =>
    `${who(rq.claimant, startsSentence)}${side(rq)} said ${quoted(rq.quantity)}${aboutFigure(rq)} on ${isoDate(rq.referenceDate)}`;
  const why = opposingSides
    ? 'the two sides\' estimates do not overlap, so at least one of them is off'
    : 'the figures leave no common value, so they cannot both be true';
  return `${said(first, true)}, but ${said(second, false)}; ${why}.`;
}

export function explainInvertedRange(rq: RuleQuantity): string {
  return `${statement(rq, rq.quantity)}, but the lower end of that range is above its upper end.`;
}

const IMPOSSIBLE_REASONS: Record<ImpossibleReason, string> = {
  negative_count: 'a count cannot be negative',
  share_above_100: 'a share cannot exceed 100 percent',
  negative_share: 'a share cannot be negative',
};

export function explainImpossibleValue(rq: RuleQuantity, reason: ImpossibleReason): string {
  return `${statement(rq, rq.quantity)}, but ${IMPOSSIBLE_REASONS[reason]}.`;
}

export function explainPartSum(
  total: Quantity,
  parts: Quantity[],
  direction: PartSumDirection,
  origin?: ClaimOrigin,
): string {
  const single = parts.length === 1;
  const sum = single ? 'is' : 'add up to';
  const problem =
    direction === 'parts_exceed_total'
      ? `${sum} more than that total`
      : `${sum} less than that total, though named as the full breakdown`;
  const partsPhrase = `the part${single ? '' : 's'} ${quotedList(parts)}`;
  const stated = origin
    ? statement(origin, total)
    : `The claim gives ${quoted(total)}${aboutWhat(total)} as a total`;
  return `${stated}, but ${partsPhrase} ${problem}.`;
}
