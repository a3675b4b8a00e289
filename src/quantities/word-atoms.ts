/**
 * Token-level vocabulary of the numeral reader: articles, connectors, scale words, dozens,
 * fraction denominators and number words, plus the small readers for what follows "and",
 * "point" and tens words. The tables themselves live in units.ts and number-words.ts.
 */
import {
  englishCardinal,
  englishDenominator,
  englishOrdinalUnit,
  germanDenominator,
  germanWordValue,
  isEnglishTens,
} from './number-words.js';
import { PhraseIndex } from './phrases.js';
import type { Language } from './quantity.js';
import { add, compare, div, integer, isInteger, ONE, type Rational } from './rational.js';
import { joined, spaced, type Token, type TokenizedText } from './tokens.js';
import { DOZEN_WORDS, LOWER_BOUND_WORDS, SCALE_WORDS, type ScaleWord } from './units.js';

export const ARTICLES: Record<Language, Set<string>> = {
  en: new Set(['a', 'an']),
  de: new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']),
};
export const MINUS_WORDS: Record<Language, Set<string>> = { en: new Set(['minus', 'negative']), de: new Set(['minus']) };
export const AND_WORD: Record<Language, string> = { en: 'and', de: 'und' };
export const POINT_WORD: Record<Language, string> = { en: 'point', de: 'komma' };
export const HUNDRED_WORDS: Record<Language, Set<string>> = { en: new Set(['hundred', 'hundreds']), de: new Set(['hundert']) };

export interface ScaleTables {
  exact: Map<string, ScaleWord>;
  caseless: Map<string, ScaleWord>;
}

export function scaleTables(language: Language): ScaleTables {
  const exact = new Map<string, ScaleWord>();
  const caseless = new Map<string, ScaleWord>();
  for (const s of SCALE_WORDS[language]) {
    if (s.caseSensitive) exact.set(s.form, s);
    else caseless.set(s.form, s);
  }
  return { exact, caseless };
}

export const SCALES: Record<Language, ScaleTables> = { de: scaleTables('de'), en: scaleTables('en') };

export function scaleOf(t: Token, language: Language): ScaleWord | null {
  if (t.kind !== 'word') return null;
  return SCALES[language].exact.get(t.text) ?? SCALES[language].caseless.get(t.lower) ?? null;
}

export const LOWER_BOUNDS: Record<Language, PhraseIndex<{ exponent: number; dozen?: boolean }>> = {
  de: lowerBoundIndex('de'),
  en: lowerBoundIndex('en'),
};

export function lowerBoundIndex(language: Language) {
  const index = new PhraseIndex<{ exponent: number; dozen?: boolean }>();
  for (const w of LOWER_BOUND_WORDS[language]) index.add(w.phrase, { exponent: w.exponent, dozen: w.dozen });
  return index;
}

export function isDozen(t: Token | undefined, language: Language): boolean {
  return !!t && t.kind === 'word' && DOZEN_WORDS[language].includes(t.lower);
}

export function denominatorOf(t: Token | undefined, language: Language): number | null {
  if (!t || t.kind !== 'word') return null;
  if (language === 'de') return germanDenominator(t.lower);
  return englishDenominator(t.lower)?.den ?? null;
}

/** A number word's value and whether it is a tens word that a unit may follow ("twenty"-"one"). */
export function wordValue(t: Token, language: Language): { value: Rational; tens: boolean; fraction: boolean } | null {
  if (t.kind !== 'word') return null;
  if (language === 'en') {
    const n = englishCardinal(t.lower);
    return n === null ? null : { value: integer(n), tens: isEnglishTens(n), fraction: false };
  }
  const w = germanWordValue(t.lower);
  return w ? { value: w.value, tens: false, fraction: w.fraction } : null;
}

/** A small fraction after "and"/"und": "a half", "three quarters", "fifty-four hundredths", "drei Viertel". */
export function readAndFraction(doc: TokenizedText, q: number, language: Language): { value: Rational; to: number } | null {
  const toks = doc.tokens;
  const t = toks[q];
  if (!t || !joined(doc, q)) return null;
  let numerator: Rational | null = null;
  let p = q;
  if (ARTICLES[language].has(t.lower)) {
    numerator = ONE;
    p = q + 1;
  } else if (t.kind === 'digits' && /^\d+$/.test(t.text)) {
    numerator = integer(Number(t.text));
    p = q + 1;
  } else {
    const w = wordValue(t, language);
    if (!w || w.fraction) return null;
    numerator = w.value;
    p = q + 1;
    if (w.tens && toks[p]?.text === '-' && joined(doc, p) && toks[p + 1]) {
      const unit = wordValue(toks[p + 1], language);
      if (unit && compare(unit.value, integer(10)) < 0 && joined(doc, p + 1)) {
        numerator = add(numerator, unit.value);
        p += 2;
      }
    }
  }
  const den = denominatorOf(toks[p], language);
  if (den === null || !joined(doc, p)) return null;
  const value = div(numerator, integer(den));
  // Only a proper fraction is added: "one hundred and three quarters" is 100.75, but in
  // "one hundred and thirty fifths" the thirty joins the whole number (130/5).
  return compare(value, ONE) < 0 ? { value, to: p + 1 } : null;
}

/** "4 thousand 3 hundred": digits after a scale word only when a hundred or scale word follows them. */
export function numberWordFollows(doc: TokenizedText, q: number, language: Language): boolean {
  const t = doc.tokens[q];
  if (!t || !spaced(doc, q)) return false;
  const sc = scaleOf(t, language);
  return HUNDRED_WORDS[language].has(t.lower) || (!!sc && !sc.afterDigits);
}

/** Digits of the decimal part after "point"/"Komma": "zero three" → "03", "seventy-one" → "71". */
export function readDecimalWords(doc: TokenizedText, q: number, language: Language): { digits: string; to: number } | null {
  const toks = doc.tokens;
  let digits = '';
  let p = q;
  while (p < toks.length && joined(doc, p)) {
    const t = toks[p];
    if (t.kind === 'digits' && /^\d+$/.test(t.text) && digits === '') {
      digits = t.text;
      p++;
      break;
    }
    const w = wordValue(t, language);
    if (!w || w.fraction || !isInteger(w.value)) break;
    const n = Number(w.value.num);
    if (n >= 100) break;
    let part = String(n);
    p++;
    if (language === 'en' && w.tens && toks[p] && joined(doc, p)) {
      let r = p;
      if (toks[r].text === '-' && toks[r + 1] && joined(doc, r + 1)) r++;
      const unit = wordValue(toks[r], language);
      if (unit && Number(unit.value.num) > 0 && Number(unit.value.num) < 10) {
        part = String(n + Number(unit.value.num));
        p = r + 1;
      }
    }
    digits += part;
  }
  return digits === '' ? null : { digits, to: p };
}

/** "twenty-fifth(s)", "twenty first": a tens word followed by an ordinal unit. */
export function compoundOrdinal(doc: TokenizedText, p: number): { unit: number; to: number; plural: boolean } | null {
  const toks = doc.tokens;
  let q = p + 1;
  if (toks[q]?.text === '-' && joined(doc, q)) q++;
  const t = toks[q];
  if (!t || !joined(doc, q) || t.kind !== 'word') return null;
  const unit = englishOrdinalUnit(t.lower);
  return unit === null ? null : { unit, to: q + 1, plural: t.lower.endsWith('s') };
}

export function englishCardinalWord(lower: string): boolean {
  return englishCardinal(lower) !== null;
}
