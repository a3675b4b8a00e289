/**
 * Finds the quantities of a text: numerals (numbers.ts) together with their unit, the cue words
 * that bound or soften them, and ranges. One left-to-right pass over the tokens; every step
 * looks at a bounded neighbourhood, so the cost is linear in the length of the text.
 */
import {
  BOUND_JOINERS,
  CHANGE_WORDS,
  CUES_AFTER,
  CUES_BEFORE,
  RANGE_CONNECTORS,
  RANGE_OPENERS,
  type CueKind,
  type PostfixKind,
} from './cues.js';
import { countsSomething, measureOfWord } from './lexicon.js';
import { blockedTokens, isNonQuantity, YEAR_CONTEXT } from './non-quantities.js';
import { isSkip, readNumeral, type Numeral } from './numbers.js';
import type { Language, Qualifier, Quantity } from './quantity.js';
import { add, compare, div, integer, isInteger, mul, pow10, toNumber, type Rational } from './rational.js';
import { joined, tokenize, touches, type TokenizedText } from './tokens.js';
import { currencySignAt, currencySignBefore, subunitAt, unitAt, type UnitHit } from './unit-match.js';
import { COUNT_UNIT, MEASUREMENT_UNITS, RATIO_UNIT, SCALE_WORDS } from './units.js';

/** A numeral as it ended up inside a quantity, for callers that compare single numbers. */
export interface NumeralSpan {
  start: number;
  end: number;
  value: number;
}

/** A quantity with the positions of its parts, for classification and for conformance checks. */
export interface QuantityMatch {
  quantity: Quantity;
  /** Token indices [from, to). */
  from: number;
  to: number;
  numerals: NumeralSpan[];
  /** Where the written value starts, after cue words and range openers ("mehr als |5.000"). */
  valueStart: number;
  /** Where the written value ends, before words like "or more" ("5.000 Euro| oder mehr"). */
  valueEnd: number;
  /** Start of the quantity without a leading approximation word ("rund |5.000 bis 9.000"). */
  startWithoutApprox: number;
  /** The bound or qualifier came from words after the number ("500 or more"). */
  postfix: boolean;
  /** The qualifier came from explicit equality words ("equal to 20"). */
  equalityCue: boolean;
  unitKind: 'currency' | 'percent' | 'count' | 'ratio';
  /** Power of ten of the last numeral's scale word ("7 Milliarden" → 9), 0 without one. */
  scaleExponent: number;
  /** A single numeral of four plain digits ("2022"). */
  yearLike: boolean;
}

/** Tokens of a figure with a physical unit ("120 Tonnen", "300 km"): not a quantity we model, but its unit carries (carry.ts). */
export interface MeasurementSpan {
  from: number;
  /** The token after the unit. */
  to: number;
}

interface Leading {
  /** Token where the quantity starts. */
  from: number;
  cue: { kind: CueKind; from: number; to: number } | null;
  opener: { word: string; from: number } | null;
  prefixUnit: UnitHit | null;
  /** Token where the value (currency sign or numeral) starts. */
  valueFrom: number;
}

interface Side {
  numeral: Numeral;
  value: Rational;
  unit: UnitHit | null;
  /** Token after the numeral and its unit. */
  to: number;
}

const SYMBOL_CUE_NEIGHBOURS = new Set(['<', '>', '=']);

function scaleWordAt(doc: TokenizedText, i: number, language: Language): number | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const s = SCALE_WORDS[language].find((w) => !w.afterDigits && (w.caseSensitive ? w.form === t.text : w.form === t.lower));
  return s ? s.exponent : null;
}

function readLeading(doc: TokenizedText, n: Numeral, language: Language, minToken: number): Leading {
  let valueFrom = n.from;
  let prefixUnit: UnitHit | null = null;
  const sign = currencySignBefore(doc, n.from, language);
  if (sign && sign.from >= minToken && joined(doc, n.from)) {
    prefixUnit = sign.payload;
    valueFrom = sign.from;
  }
  let from = valueFrom;
  let cue: Leading['cue'] = null;
  const c = CUES_BEFORE[language].matchBefore(doc, valueFrom);
  if (c && c.from >= minToken && joined(doc, valueFrom) && symbolCueStandsAlone(doc, c.from, c.to)) {
    cue = { kind: c.payload, from: c.from, to: c.to };
    from = c.from;
  }
  let opener: Leading['opener'] = null;
  const o = doc.tokens[from - 1];
  if (o && from - 1 >= minToken && joined(doc, from) && Object.hasOwn(RANGE_OPENERS[language], o.lower)) {
    opener = { word: o.lower, from: from - 1 };
  }
  return { from, cue, opener, prefixUnit, valueFrom };
}

/** "=>30" and "<>30" are no comparisons. */
function symbolCueStandsAlone(doc: TokenizedText, from: number, to: number): boolean {
  const first = doc.tokens[from];
  if (first.kind !== 'symbol') return true;
  const before = doc.tokens[from - 1];
  if (before && touches(doc, from) && SYMBOL_CUE_NEIGHBOURS.has(before.text)) return false;
  const after = doc.tokens[to];
  return !(after && touches(doc, to) && SYMBOL_CUE_NEIGHBOURS.has(after.text));
}

/** The unit written after the numeral: "5 %", "9,2 Mrd. Euro", "siebenhundert-Euro". */
function trailingUnit(doc: TokenizedText, at: number, n: Numeral, language: Language): { hit: UnitHit; to: number } | null {
  const toks = doc.tokens;
  let q = at;
  if ((toks[q]?.text === '-' || toks[q]?.text === '‐') && touches(doc, q) && toks[q + 1]?.kind === 'word' && touches(doc, q + 1)) q++;
  else if (!joined(doc, q)) return null;
  const u = unitAt(doc, q, language);
  if (!u) return null;
  if (u.payload.afterScaleOnly && n.scaleExponent === 0) return null;
  return { hit: u.payload, to: u.to };
}

/** Reads the numeral's own unit, the "75 USD million" scale, and cents ("15 Dollar und 50 Cent"). */
function readSide(doc: TokenizedText, n: Numeral, prefixUnit: UnitHit | null, language: Language): Side | null {
  const toks = doc.tokens;
  let value = n.value;
  let to = n.to;
  let unit = prefixUnit;
  if (prefixUnit && prefixUnit.exponent) value = mul(value, pow10(prefixUnit.exponent));
  const trailing = trailingUnit(doc, to, n, language);
  // A sign glued to the next digits belongs to them: "3 USD50" is 3 and USD 50.
  const ownsNext = trailing?.hit.sign && toks[trailing.to]?.kind === 'digits' && touches(doc, trailing.to);
  if (trailing && !unit && !ownsNext) {
    unit = trailing.hit;
    to = trailing.to;
    if (trailing.hit.exponent) value = mul(value, pow10(trailing.hit.exponent));
    const lateScale = trailing.hit.sign && n.scaleExponent === 0 && joined(doc, to) ? scaleWordAt(doc, to, language) : null;
    if (lateScale !== null) {
      value = mul(value, pow10(lateScale));
      to++;
    }
  } else if (!unit && joined(doc, to) && subunitAt(doc, to, language)) {
    // "50 cents": a sub-unit of a currency we cannot name.
    return null;
  }
  // "3.7m people" is millions; "5m" alone is five metres.
  if (n.needsCurrency && unit?.kind !== 'currency' && !countedNounAfter(doc, to, language)) return null;
  if (!unit && measurementUnitAfter(doc, to, language)) return null;
  if (unit?.kind === 'currency' && isInteger(value) && n.scaleExponent === 0 && !n.fraction && !n.lowerBound) {
    const cents = readCents(doc, to, language);
    if (cents) {
      value = add(value, cents.value);
      to = cents.to;
    }
  }
  return { numeral: n, value, unit, to };
}

function countedNounAfter(doc: TokenizedText, at: number, language: Language): boolean {
  for (let k = at; k < Math.min(doc.tokens.length, at + 2); k++) {
    if (!joined(doc, k) || doc.tokens[k].kind !== 'word') return false;
    if (countsSomething(doc.tokens[k].text, language)) return true;
  }
  return false;
}

/** "5 km", "155-mm-Granaten", "20 Tonnen". */
function measurementUnitAfter(doc: TokenizedText, at: number, language: Language): boolean {
  const toks = doc.tokens;
  let q = at;
  if ((toks[q]?.text === '-' || toks[q]?.text === '‐') && touches(doc, q) && touches(doc, q + 1)) q++;
  else if (!joined(doc, q)) return false;
  return !!toks[q] && toks[q].kind === 'word' && MEASUREMENT_UNITS[language].test(toks[q].text);
}

const SENTENCE_END = /^[.,;:!?)]$/;

function readCents(doc: TokenizedText, at: number, language: Language): { value: Rational; to: number } | null {
  const toks = doc.tokens;
  let q = at;
  if (toks[q]?.lower === (language === 'de' ? 'und' : 'and') && joined(doc, q)) q++;
  if (!toks[q] || !joined(doc, q)) return null;
  const n = readNumeral(doc, q, language);
  if (!n || isSkip(n) || n.lowerBound || n.fraction || n.scaleExponent !== 0 || !isInteger(n.value)) return null;
  if (compare(n.value, integer(1)) < 0 || compare(n.value, integer(99)) > 0) return null;
  const cents = div(n.value, integer(100));
  const sub = joined(doc, n.to) ? subunitAt(doc, n.to, language) : null;
  if (sub) return { value: cents, to: sub.to };
  const next = toks[n.to];
  if (!next || (SENTENCE_END.test(next.text) && !(toks[n.to + 1]?.kind === 'digits' && touches(doc, n.to + 1)))) {
    return { value: cents, to: n.to };
  }
  return null;
}

function sameUnit(a: UnitHit | null, b: UnitHit | null): boolean {
  return !a || !b || (a.unit === b.unit && a.kind === b.kind);
}

function changeWordBefore(doc: TokenizedText, from: number, language: Language): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const t = doc.tokens[k];
    if (t.kind === 'symbol' && t.text !== '$' && t.text !== '€' && t.text !== '£') return false;
    if (CHANGE_WORDS[language].test(t.lower)) return true;
  }
  return false;
}

interface RangeEnd {
  side: Side;
  low: Rational;
  years: boolean;
}

/** "X bis Y", "between X and Y", "$5bn-$7bn": the upper side, or null when there is no range. */
function readRangeEnd(doc: TokenizedText, x: Side, lead: Leading, language: Language, blocked: boolean[]): RangeEnd | null {
  const toks = doc.tokens;
  const q = x.to;
  const conn = toks[q];
  if (!conn || !joined(doc, q)) return null;
  const allowed = lead.opener ? RANGE_OPENERS[language][lead.opener.word] : RANGE_CONNECTORS[language];
  if (!allowed.includes(conn.lower)) return null;
  // "rose 5 % to 7 %" is a change; "rose 3 to 4 percent" a range of the change.
  if (conn.lower === 'to' && !lead.opener && x.unit && changeWordBefore(doc, lead.from, language)) return null;
  if (lead.opener && changeWordBefore(doc, lead.opener.from, language)) return null;
  let q2 = q + 1;
  if (!toks[q2] || !joined(doc, q2) || blocked[q2]) return null;
  let sign: UnitHit | null = null;
  const s2 = currencySignAt(doc, q2, language);
  if (s2 && toks[s2.to] && joined(doc, s2.to)) {
    sign = s2.payload;
    q2 = s2.to;
  }
  const y = readNumeral(doc, q2, language);
  if (!y || isSkip(y) || y.lowerBound || y.bareHalf) return null;
  if (isNonQuantity({ doc, numeral: y, language })) return null;
  const ySide = readSide(doc, y, sign, language);
  if (!ySide) return null;
  if (!sameUnit(x.unit, ySide.unit)) return null;
  let low = x.value;
  const xn = x.numeral;
  if (xn.scaleExponent === 0 && y.scaleExponent > 0 && !xn.fraction && compare(xn.value, y.unscaled) <= 0) {
    // "7 bis 10 Milliarden": the scale of the upper end applies to the lower one.
    low = mul(low, pow10(y.scaleExponent));
  }
  if (compare(low, ySide.value) > 0) return null;
  const years = xn.yearLike && y.yearLike && !x.unit && !ySide.unit;
  return { side: ySide, low, years };
}

function postfixAt(doc: TokenizedText, at: number, language: Language): { kind: PostfixKind; to: number } | null {
  const toks = doc.tokens;
  if (!toks[at]) return null;
  const m = CUES_AFTER[language].matchAt(doc, at);
  if (!m) return null;
  const first = toks[at];
  if (first.kind === 'symbol' ? !touches(doc, at) : !joined(doc, at)) return null;
  const last = toks[m.to - 1].lower;
  if (last === 'than' || last === 'to' || m.payload === 'or_equal') {
    // "or less than 6000" opens the next quantity instead.
    const next = toks[m.to];
    if (next && joined(doc, m.to)) {
      const r = readNumeral(doc, m.to, language);
      if (r && !isSkip(r)) return null;
      if (currencySignAt(doc, m.to, language)) return null;
    }
  }
  return { kind: m.payload, to: m.to };
}

function unitOf(side: Side): { unit: string; kind: QuantityMatch['unitKind'] } {
  if (side.unit) return { unit: side.unit.unit, kind: side.unit.kind };
  if (side.numeral.fraction) return { unit: RATIO_UNIT, kind: 'ratio' };
  return { unit: COUNT_UNIT, kind: 'count' };
}

function boundsFor(qualifier: Qualifier, value: number): Pick<Quantity, 'min' | 'max' | 'minInclusive' | 'maxInclusive'> {
  switch (qualifier) {
    case 'more_than':
      return { min: value, max: null, minInclusive: false, maxInclusive: false };
    case 'at_least':
      return { min: value, max: null, minInclusive: true, maxInclusive: false };
    case 'less_than':
      return { min: null, max: value, minInclusive: false, maxInclusive: false };
    case 'at_most':
      return { min: null, max: value, minInclusive: false, maxInclusive: true };
    default:
      return { min: value, max: value, minInclusive: true, maxInclusive: true };
  }
}

function isYear(doc: TokenizedText, n: Numeral, lead: Leading, side: Side, language: Language): boolean {
  if (!n.yearLike || lead.cue || side.unit) return false;
  const before = doc.tokens[n.from - 1];
  if (before && YEAR_CONTEXT[language].test(before.text)) return true;
  // "killed 2000", "verloren 1500": a measure word right before makes it a count.
  if (before && before.kind === 'word' && measureOfWord(before.text, language)) return false;
  // "2000 Soldaten", "1500 tanks": a counted noun right after it makes it a count.
  for (let k = n.to; k < Math.min(doc.tokens.length, n.to + 3); k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') break;
    if (countsSomething(t.text, language)) return false;
  }
  return true;
}

function assemble(doc: TokenizedText, n: Numeral, language: Language, minToken: number, blocked: boolean[]): QuantityMatch | 'drop' | 'measurement' {
  const lead = readLeading(doc, n, language, minToken);
  const x = readSide(doc, n, lead.prefixUnit, language);
  if (!x) return !lead.prefixUnit && measurementUnitAfter(doc, n.to, language) ? 'measurement' : 'drop';
  if (n.bareHalf && !lead.cue) return 'drop';

  const range = n.lowerBound || n.bareHalf ? null : readRangeEnd(doc, x, lead, language, blocked);
  if (range?.years) return 'drop';
  if (!range && isYear(doc, n, lead, x, language)) return 'drop';

  let to = range ? range.side.to : x.to;
  const upper = range ? range.side : x;
  const { unit, kind: unitKind } = unitOf(range && !x.unit ? range.side : x);
  const low = toNumber(range ? range.low : x.value);
  const high = toNumber(upper.value);

  let from = lead.from;
  let qualifier: Qualifier;
  let approxCueEnd: number | null = null;
  const valueTo = to;
  const approxCueTo = lead.cue ? lead.cue.to : from;
  let equalityCue = false;
  let postfix = false;
  let bounds: Pick<Quantity, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>;

  if (range) {
    qualifier = 'range';
    bounds = { min: low, max: high, minInclusive: true, maxInclusive: true };
    if (lead.opener) from = lead.opener.from;
    else if (lead.cue && lead.cue.kind !== 'approx') from = lead.valueFrom;
    if (lead.cue?.kind === 'approx') approxCueEnd = doc.tokens[lead.cue.to - 1].end;
  } else {
    const cueKind = lead.cue?.kind ?? null;
    qualifier = n.lowerBound
      ? cueKind === 'more_than' ? 'more_than' : 'at_least'
      : cueKind === null ? 'exact' : cueKind;
    if (cueKind === 'exact') equalityCue = true;
    if (cueKind === 'approx') approxCueEnd = doc.tokens[lead.cue!.to - 1].end;
    const post = n.lowerBound ? null : postfixAt(doc, to, language);
    if (post) {
      const upgraded = applyPostfix(qualifier, post.kind);
      if (upgraded) {
        if (upgraded !== qualifier || post.kind === 'approx') postfix = true;
        qualifier = upgraded;
        to = post.to;
      }
    }
    bounds = boundsFor(qualifier, low);
  }

  const toks = doc.tokens;
  const start = toks[from].start;
  const end = toks[to - 1].end;
  const numerals: NumeralSpan[] = [{ start: n.start, end: n.end, value: toNumber(n.value) }];
  if (range) numerals.push({ start: range.side.numeral.start, end: range.side.numeral.end, value: toNumber(range.side.numeral.value) });
  return {
    quantity: {
      text: doc.text.slice(start, end), start, end, ...bounds, qualifier, unit, measure: null, subject: null,
    },
    from,
    to,
    numerals,
    valueStart: toks[lead.valueFrom].start,
    valueEnd: toks[valueTo - 1].end,
    startWithoutApprox: approxCueEnd !== null ? toks[approxCueTo].start : start,
    postfix,
    equalityCue,
    unitKind,
    scaleExponent: upper.numeral.scaleExponent,
    yearLike: !range && n.yearLike,
  };
}

function applyPostfix(q: Qualifier, post: PostfixKind): Qualifier | null {
  switch (post) {
    case 'at_least':
    case 'at_most':
      return q === 'exact' || q === 'approx' ? post : null;
    case 'approx':
      return q === 'exact' ? 'approx' : null;
    case 'or_equal':
      return q === 'more_than' ? 'at_least' : q === 'less_than' ? 'at_most' : null;
  }
}

const LOWER_SIDE = new Set<Qualifier>(['more_than', 'at_least']);
const UPPER_SIDE = new Set<Qualifier>(['less_than', 'at_most']);

/** "more than 10 and less than 20", "at most 100 and at least 20": one interval. */
function mergeBoundPairs(doc: TokenizedText, matches: QuantityMatch[], language: Language): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const joiners = BOUND_JOINERS[language];
  for (let i = 0; i < matches.length; i++) {
    const a = matches[i];
    const b = matches[i + 1];
    if (b && canMerge(doc, a, b, joiners)) {
      const [lo, hi] = LOWER_SIDE.has(a.quantity.qualifier) ? [a.quantity, b.quantity] : [b.quantity, a.quantity];
      if (lo.min !== null && hi.max !== null && lo.min < hi.max) {
        const start = a.quantity.start;
        const end = b.quantity.end;
        out.push({
          ...a,
          quantity: {
            ...a.quantity, text: doc.text.slice(start, end), start, end, qualifier: 'range',
            min: lo.min, minInclusive: lo.minInclusive, max: hi.max, maxInclusive: hi.maxInclusive,
          },
          to: b.to,
          numerals: [...a.numerals, ...b.numerals],
          postfix: false,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function canMerge(doc: TokenizedText, a: QuantityMatch, b: QuantityMatch, joiners: string[]): boolean {
  const qa = a.quantity.qualifier;
  const qb = b.quantity.qualifier;
  const pair = (LOWER_SIDE.has(qa) && UPPER_SIDE.has(qb)) || (UPPER_SIDE.has(qa) && LOWER_SIDE.has(qb));
  if (!pair || a.quantity.unit !== b.quantity.unit) return false;
  const between = doc.tokens.slice(a.to, b.from);
  return between.length === 1 && joiners.includes(between[0].lower);
}

/**
 * All quantities of the text with the positions of their parts, sorted by start and not
 * overlapping; measure and subject are left null (see classify.ts).
 */
export function matchQuantities(text: string, language: Language): { doc: TokenizedText; matches: QuantityMatch[]; measurements: MeasurementSpan[] } {
  const doc = tokenize(text);
  const blocked = blockedTokens(doc);
  const matches: QuantityMatch[] = [];
  const measurements: MeasurementSpan[] = [];
  let minToken = 0;
  let i = 0;
  while (i < doc.tokens.length) {
    if (blocked[i]) {
      i++;
      continue;
    }
    const r = readNumeral(doc, i, language);
    if (!r) {
      i++;
      continue;
    }
    if (isSkip(r)) {
      i = Math.max(r.skip, i + 1);
      continue;
    }
    if (blocked.slice(r.from, r.to).some(Boolean) || isNonQuantity({ doc, numeral: r, language })) {
      i = r.to;
      continue;
    }
    const m = assemble(doc, r, language, minToken, blocked);
    if (m === 'drop' || m === 'measurement') {
      if (m === 'measurement') measurements.push({ from: r.from, to: r.to + 1 });
      i = r.to;
      continue;
    }
    matches.push(m);
    minToken = m.to;
    i = m.to;
  }
  return { doc, matches: mergeBoundPairs(doc, matches, language), measurements };
}

