/**
 * Recognises the unit written next to a number: a currency sign or name, a percent word,
 * a sub-unit (cent), built once from the tables in units.ts.
 */
import { PhraseIndex, type PhraseMatch } from './phrases.js';
import type { Language } from './quantity.js';
import type { TokenizedText } from './tokens.js';
import {
  CURRENCIES,
  PERCENT_PHRASES,
  PERCENT_UNIT,
  PERCENTAGE_POINT_PHRASES,
  PERCENTAGE_POINT_UNIT,
  SUBUNIT_WORDS,
} from './units.js';

export interface UnitHit {
  unit: string;
  /** Power of ten carried by the unit itself: "MUSD" is a million US dollars. */
  exponent: number;
  kind: 'currency' | 'percent';
  /** A currency sign or code ("$", "EUR"), which may stand before the number. */
  sign: boolean;
  /** Only a currency after a scale word ("million pounds"). */
  afterScaleOnly?: boolean;
}

function build(language: Language) {
  const signs = new PhraseIndex<UnitHit>();
  const after = new PhraseIndex<UnitHit>();
  for (const c of CURRENCIES) {
    const hit: UnitHit = { unit: c.code, exponent: 0, kind: 'currency', sign: true };
    for (const s of c.signs ?? []) {
      signs.add(s, hit);
      after.add(s, hit);
      if (/^[a-z]{3}$/.test(s)) {
        const mega: UnitHit = { ...hit, exponent: 6 };
        signs.add(`m${s}`, mega);
        after.add(`m${s}`, mega);
      }
    }
    for (const s of c.caseSensitiveSigns ?? []) {
      signs.add(s, hit, true);
      after.add(s, hit, true);
    }
    for (const n of c.names?.[language] ?? []) after.add(n, { ...hit, sign: false });
    for (const n of c.namesAfterScale?.[language] ?? []) after.add(n, { ...hit, sign: false, afterScaleOnly: true });
  }
  for (const p of PERCENT_PHRASES[language]) after.add(p, { unit: PERCENT_UNIT, exponent: 0, kind: 'percent', sign: false });
  for (const p of PERCENTAGE_POINT_PHRASES[language]) {
    after.add(p, { unit: PERCENTAGE_POINT_UNIT, exponent: 0, kind: 'percent', sign: false });
  }
  const subunits = new PhraseIndex<true>();
  for (const w of SUBUNIT_WORDS[language]) subunits.add(w, true);
  return { signs, after, subunits };
}

const INDICES: Record<Language, ReturnType<typeof build>> = { de: build('de'), en: build('en') };

/** A currency sign or code starting at token i ("$", "US-$", "EUR", "MUSD"). */
export function currencySignAt(doc: TokenizedText, i: number, language: Language): PhraseMatch<UnitHit> | null {
  return INDICES[language].signs.matchAt(doc, i);
}

/** A currency sign or code ending just before token `end`. */
export function currencySignBefore(doc: TokenizedText, end: number, language: Language): PhraseMatch<UnitHit> | null {
  return INDICES[language].signs.matchBefore(doc, end);
}

/** Any unit written after a number, starting at token i. */
export function unitAt(doc: TokenizedText, i: number, language: Language): PhraseMatch<UnitHit> | null {
  return INDICES[language].after.matchAt(doc, i);
}

export function subunitAt(doc: TokenizedText, i: number, language: Language): PhraseMatch<true> | null {
  return INDICES[language].subunits.matchAt(doc, i);
}
