/**
 * Digit-level pieces of the numeral reader: digit groups across spaces ("1 234 567"),
 * vulgar fractions ("½"), slash fractions ("3/4") and powers of ten ("x10^6").
 */
import { readDigits } from './digits.js';
import type { Language } from './quantity.js';
import { fromDecimalDigits, ratio, type Rational } from './rational.js';
import { touches, type TokenizedText } from './tokens.js';

export const VULGAR_FRACTIONS: Record<string, [number, number]> = {
  '½': [1, 2], '⅓': [1, 3], '⅔': [2, 3], '¼': [1, 4], '¾': [3, 4], '⅕': [1, 5], '⅖': [2, 5],
  '⅗': [3, 5], '⅘': [4, 5], '⅙': [1, 6], '⅚': [5, 6], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8],
  '⅞': [7, 8], '⅐': [1, 7], '⅑': [1, 9], '⅒': [1, 10],
};

/** The slash fractions people write in running text; "9/11" and "24/7" are not among them. */
export const SLASH_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10]);
export const MAX_INTEGER_DIGITS = 21;
/** Spaces allowed inside a digit group: "1 234 567", "40 000" (narrow no-break space too). */
export const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/;

export interface DigitAtom {
  value: Rational;
  /** Token index after the atom. */
  to: number;
  plain: boolean;
}

/**
 * Digits at token i, joined with following groups of three across single spaces ("1 234 567,89")
 * and with a leading decimal point (".25"). Returns null when the separators make no single number.
 */
export function readDigitAtom(doc: TokenizedText, i: number, language: Language): DigitAtom | null {
  const toks = doc.tokens;
  const first = toks[i];
  let raw = first.text;
  let to = i + 1;
  const head = raw.split(/[.,]/)[0];
  if (!/[.,]/.test(raw) && head.length <= 3) {
    // Space-grouped thousands: every following group has exactly three digits.
    while (to < toks.length && toks[to].kind === 'digits' && GROUP_SPACE.test(doc.text.slice(toks[to - 1].end, toks[to].start))) {
      const next = toks[to].text;
      const m = /^(\d{3})(?:[.,](\d+))?$/.exec(next);
      if (!m) break;
      raw = raw + m[1] + (m[2] !== undefined ? '\u0000' + m[2] : '');
      to++;
      if (m[2] !== undefined) break;
    }
    if (raw.includes('\u0000')) {
      const [int, frac] = raw.split('\u0000');
      return { value: fromDecimalDigits(int, frac), to, plain: false };
    }
    if (to > i + 1) return { value: fromDecimalDigits(raw), to, plain: false };
  }
  const d = readDigits(raw, language);
  // Beyond this many integer digits a run is a code or noise, not an amount.
  if (!d || d.integer.replace(/^0+/, '').length > MAX_INTEGER_DIGITS) return null;
  return { value: d.value, to, plain: !/[.,]/.test(raw) };
}

/** "10^6", "10^-4" at token q (after "x"/"×"). */
export function powerOfTen(doc: TokenizedText, q: number): { exponent: number; to: number } | null {
  const toks = doc.tokens;
  if (toks[q]?.text !== '10' || !touches(doc, q) || toks[q + 1]?.text !== '^' || !touches(doc, q + 1)) return null;
  let r = q + 2;
  let sign = 1;
  if ((toks[r]?.text === '-' || toks[r]?.text === '+') && touches(doc, r)) {
    sign = toks[r].text === '-' ? -1 : 1;
    r++;
  }
  if (toks[r]?.kind !== 'digits' || !touches(doc, r) || !/^\d{1,2}$/.test(toks[r].text)) return null;
  return { exponent: sign * Number(toks[r].text), to: r + 1 };
}

/** "3/4" with the numerator at token p: only proper fractions with a common denominator. */
export function slashFraction(doc: TokenizedText, p: number): { value: Rational; to: number } | null {
  const toks = doc.tokens;
  const a = toks[p];
  const slash = toks[p + 1];
  const b = toks[p + 2];
  if (!a || !slash || !b || slash.text !== '/' || !touches(doc, p + 1) || !touches(doc, p + 2)) return null;
  if (!/^\d+$/.test(a.text) || !/^\d+$/.test(b.text)) return null;
  const num = Number(a.text);
  const den = Number(b.text);
  if (!SLASH_DENOMINATORS.has(den) || num <= 0 || num >= den) return null;
  if (toks[p + 3] && touches(doc, p + 3) && (toks[p + 3].text === '/' || toks[p + 3].kind !== 'symbol')) return null;
  return { value: ratio(num, den), to: p + 3 };
}
