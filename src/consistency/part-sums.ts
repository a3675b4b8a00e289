/**
 * part_sum_mismatch: a total followed by its parts in the same claim,
 * "X, davon A und B" / "X, of which A and B" / "X, including A and B".
 *
 * - Parts that exceed the total always flag.
 * - "davon" / "of which" present the parts as the whole breakdown, so with two
 *   or more parts a sum short of the total flags too, unless the text says the
 *   list is incomplete ("unter anderem", "among others").
 * - "darunter" / "including" name some parts only: a shortfall is fine.
 * - Totals and parts are widened like any figure (see intervals.ts), so
 *   "about 9.2 billion, of which 7.1 billion and 2.1 billion" is consistent.
 * - Units must match. Two ellipses are resolved first because writers leave
 *   out what the total already said: a bare part ("7.1" after "9.2 billion")
 *   takes the total's scale when it is of the same order as the total's
 *   written number, and a bare count (no measure) takes the total's unit
 *   ("9,2 Milliarden Dollar, davon 7,1 Milliarden ...").
 */
import type { Language, Quantity } from '../quantities/quantity.js';
import { explainPartSum, type PartSumDirection } from './explain.js';
import { intervalOf, isEmptyInterval, separation, sumOfIntervals, widenedInterval } from './intervals.js';
import { DEFAULT_CONSISTENCY_OPTIONS, type ConsistencyOptions } from './options.js';
import { severityForGap } from './severity.js';
import type { ClaimOrigin, FlagCandidate } from './types.js';

interface MarkerLexicon {
  /** Markers after which the parts are meant to be the whole breakdown. */
  exhaustive: string[];
  /** Markers that introduce some parts only. */
  partial: string[];
  /** Words that close the list before its last part. */
  finalConnectors: string[];
  /** Phrases that say the list is not complete. */
  incomplete: RegExp;
  scales: Array<[RegExp, number]>;
}

const LEXICONS: Record<Language, MarkerLexicon> = {
  de: {
    exhaustive: ['davon', 'wovon'],
    partial: ['darunter', 'einschließlich', 'inklusive', 'unter anderem'],
    finalConnectors: ['und', 'sowie', 'plus'],
    incomplete: /(?:^|[^\p{L}])(?:unter anderem|u\.\s?a\.|und andere|und weitere|usw\.?|etc\.?)(?![\p{L}])/iu,
    scales: [
      [/(?:^|[^\p{L}])(?:Billionen|Billion)(?![\p{L}])/u, 1e12],
      [/(?:^|[^\p{L}])(?:Milliarden|Milliarde|Mrd\.?)(?![\p{L}])/u, 1e9],
      [/(?:^|[^\p{L}])(?:Millionen|Million|Mio\.?)(?![\p{L}])/u, 1e6],
      [/(?:^|[^\p{L}])(?:Tausend|Tsd\.?)(?![\p{L}])/iu, 1e3],
    ],
  },
  en: {
    exhaustive: ['of which', 'of whom', 'of them'],
    partial: ['including', 'among them', 'among which', 'among whom'],
    finalConnectors: ['and', 'as well as', 'plus'],
    incomplete: /(?:^|[^\p{L}])(?:among others|and others|and more|etc\.?)(?![\p{L}])/iu,
    scales: [
      [/(?:^|[^\p{L}])trillions?(?![\p{L}])|\dtn(?![\p{L}])/iu, 1e12],
      [/(?:^|[^\p{L}])billions?(?![\p{L}])|\d\s?bn(?![\p{L}])/iu, 1e9],
      [/(?:^|[^\p{L}])millions?(?![\p{L}])|\d\s?(?:mn|m)(?![\p{L}])/iu, 1e6],
      [/(?:^|[^\p{L}])thousands?(?![\p{L}])|\d\s?k(?![\p{L}])/iu, 1e3],
    ],
  },
};

/** A few words may sit between figures ("7.1 billion for weapons and 2.1 billion"), never a clause. */
const FEW_WORDS = String.raw`(?:\s+[\p{L}-]+){0,4}`;
const AFTER_CONNECTOR = String.raw`(?:\s+[\p{L}-]+){0,2}`;

function alternation(words: string[]): string {
  return words.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
}

function markerPattern(lexicon: MarkerLexicon): RegExp {
  const markers = alternation([...lexicon.exhaustive, ...lexicon.partial]);
  return new RegExp(String.raw`^${FEW_WORDS}\s*[,(–—]\s*(${markers})${FEW_WORDS}\s+$`, 'iu');
}

const LIST_CONTINUATION = new RegExp(String.raw`^${FEW_WORDS}\s*,\s*$`, 'u');

function listEnd(lexicon: MarkerLexicon): RegExp {
  return new RegExp(
    String.raw`^${FEW_WORDS}\s*,?\s+(?:${alternation(lexicon.finalConnectors)})${AFTER_CONNECTOR}\s+$`,
    'iu',
  );
}

interface Positioned {
  quantity: Quantity;
  index: number;
}

interface PartSumPattern {
  total: Positioned;
  parts: Positioned[];
  exhaustive: boolean;
}

function normalise(marker: string): string {
  return marker.toLowerCase().replace(/\s+/g, ' ');
}

/** Finds the total-and-parts patterns; quantities must not overlap. */
function findPatterns(text: string, language: Language, quantities: Quantity[]): PartSumPattern[] {
  const lexicon = LEXICONS[language];
  const marker = markerPattern(lexicon);
  const ends = listEnd(lexicon);
  const ordered: Positioned[] = quantities
    .map((quantity, index) => ({ quantity, index }))
    .filter(({ quantity: q }) => q.start >= 0 && q.start <= q.end && q.end <= text.length)
    .sort((a, b) => a.quantity.start - b.quantity.start);
  const between = (a: Positioned, b: Positioned): string | null =>
    b.quantity.start >= a.quantity.end ? text.slice(a.quantity.end, b.quantity.start) : null;

  const patterns: PartSumPattern[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const lead = between(ordered[i], ordered[i + 1]);
    const found = lead === null ? null : marker.exec(lead);
    if (!found) continue;

    const parts = [ordered[i + 1]];
    for (let j = i + 2; j < ordered.length; j++) {
      const gap = between(ordered[j - 1], ordered[j]);
      if (gap === null) break;
      if (ends.test(gap)) {
        parts.push(ordered[j]);
        break;
      }
      if (!LIST_CONTINUATION.test(gap)) break;
      parts.push(ordered[j]);
    }

    const last = parts[parts.length - 1].quantity;
    const listText = text.slice(ordered[i].quantity.end, Math.min(text.length, last.end + 40));
    const exhaustive =
      lexicon.exhaustive.includes(normalise(found[1])) && parts.length >= 2 && !lexicon.incomplete.test(listText);
    patterns.push({ total: ordered[i], parts, exhaustive });
  }
  return patterns;
}

function scaleOf(q: Quantity, lexicon: MarkerLexicon): number {
  return lexicon.scales.find(([pattern]) => pattern.test(q.text))?.[1] ?? 1;
}

/** Multiplies without float artefacts: 7.1 × 1e9 must stay 7100000000 for rounding to work. */
function scaled(value: number | null, factor: number): number | null {
  return value === null ? null : Number((value * factor).toPrecision(15));
}

/** The part as the writer meant it, with the scale and unit elided after the total filled in. */
function resolveEllipsis(part: Quantity, total: Quantity, lexicon: MarkerLexicon): Quantity {
  let resolved = part;
  const totalScale = scaleOf(total, lexicon);
  const totalValue = total.max ?? total.min;
  const partValue = part.max ?? part.min;
  if (totalScale > 1 && totalValue !== null && partValue !== null && scaleOf(part, lexicon) === 1) {
    const writtenTotal = Math.abs(totalValue) / totalScale;
    if (Math.abs(partValue) <= writtenTotal * 10) {
      resolved = { ...resolved, min: scaled(part.min, totalScale), max: scaled(part.max, totalScale) };
    }
  }
  if (part.unit === 'count' && part.measure === null && total.unit !== 'count') {
    resolved = { ...resolved, unit: total.unit };
  }
  return resolved;
}

/**
 * Checks every "total, of which parts" pattern in one claim's text. `quantities`
 * is the claim's quantity list (flag refs use positions in it); `origin`
 * only words the explanation.
 */
export function partSumMismatch(
  text: string,
  language: Language,
  quantities: Quantity[],
  claimId: string,
  origin?: ClaimOrigin,
  opts: ConsistencyOptions = DEFAULT_CONSISTENCY_OPTIONS,
): FlagCandidate[] {
  const lexicon = LEXICONS[language];
  const flags: FlagCandidate[] = [];
  for (const { total, parts, exhaustive } of findPatterns(text, language, quantities)) {
    const resolvedParts = parts.map((p) => resolveEllipsis(p.quantity, total.quantity, lexicon));
    if (resolvedParts.some((p) => p.unit !== total.quantity.unit)) continue;
    const all = [total.quantity, ...resolvedParts];
    if (all.some((q) => isEmptyInterval(intervalOf(q)))) continue;

    const sum = sumOfIntervals(resolvedParts.map((p) => widenedInterval(p, opts)));
    const totalRange = widenedInterval(total.quantity, opts);
    const apart = separation(totalRange, sum);
    if (apart === null) continue;
    const direction: PartSumDirection = apart.lower === totalRange ? 'parts_exceed_total' : 'parts_fall_short';
    if (direction === 'parts_fall_short' && !exhaustive) continue;

    flags.push({
      type: 'part_sum_mismatch',
      severity: severityForGap(apart.relativeGap, opts.severity),
      claimIds: [claimId],
      quantities: [total, ...parts].map(({ index }) => ({ claimId, index })),
      measure: total.quantity.measure,
      subject: total.quantity.subject,
      explanation: explainPartSum(
        total.quantity,
        parts.map((p) => p.quantity),
        direction,
        origin,
      ),
    });
  }
  return flags;
}
