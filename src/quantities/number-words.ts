/**
 * Number words of German and English as data, plus the reader for German compounds
 * ("dreihundertneunundneunzigtausendfünfhundertneunundvierzig"). Only cardinals and the
 * fraction words that follow them; ordinals ("dritte", "third") are never numbers on their own.
 */
import type { Language } from './quantity.js';
import { add, integer, ratio, type Rational } from './rational.js';

const EN_CARDINALS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Denominators: "two thirds", "a quarter". "second" is left out: "a second" is time. */
const EN_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000,
};

/** Ordinal units that end a compound denominator: "twenty-first", "thirty fifths". */
const EN_ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};

const DE_UNITS: Record<string, number> = {
  ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const DE_TEENS: Record<string, number> = {
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
  siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const DE_DENOMINATORS: Record<string, number> = {
  halb: 2, halbe: 2, halben: 2, halber: 2, halbes: 2, halbem: 2,
  drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10,
  zwanzigstel: 20, hundertstel: 100, tausendstel: 1000,
};

/** Denominators that form fractions inside one word ("dreiviertel"); halves are handled apart. */
const DE_PARTS = Object.entries(DE_DENOMINATORS).filter(([, den]) => den > 2);

/** Every German number word starts like this; a cheap test before the full analysis of each word. */
const GERMAN_NUMBER_START = /^(?:null|ein|zw|drei|vier|f(?:ü|ue)nf|sech|sieb|acht|neun|zehn|elf|hundert|tausend|anderthalb)/;

const TRANSCRIBED = /ae|oe|ue|ss/;

/** German words are also written with ae/oe/ue/ss ("fuenf", "dreissig"). */
function germanSpelling(lower: string): string {
  // most words have none of these pairs: one test instead of four replacements (runs for every word)
  if (!TRANSCRIBED.test(lower)) return lower;
  return lower.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/ss/g, 'ß');
}

/** The tables as Maps, built once: lookups run for every word of every claim. */
const AS_MAP = new WeakMap<object, Map<string, unknown>>();

function own<T>(table: Record<string, T>, key: string): T | undefined {
  let map = AS_MAP.get(table);
  if (!map) AS_MAP.set(table, (map = new Map(Object.entries(table))));
  return map.get(key) as T | undefined;
}

function deBelow100(s: string, final: boolean): number | null {
  // "eins" ends a number ("hunderteins"), "ein" stands before "tausend" ("zweihunderteintausend").
  if (s === 'eins') return final ? 1 : null;
  if (s === 'ein') return final ? null : 1;
  const direct = own(DE_UNITS, s) ?? own(DE_TEENS, s) ?? own(DE_TENS, s);
  if (direct !== undefined) return direct;
  const und = s.indexOf('und');
  if (und <= 0) return null;
  const unit = own(DE_UNITS, s.slice(0, und));
  const tens = own(DE_TENS, s.slice(und + 3));
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

function deBelow1000(s: string, final = true): number | null {
  const at = s.indexOf('hundert');
  if (at < 0) return deBelow100(s, final);
  const head = s.slice(0, at);
  const tail = s.slice(at + 7);
  const hundreds = head === '' ? 1 : own(DE_UNITS, head);
  if (hundreds === undefined) return null;
  if (tail === '') return hundreds * 100;
  const rest = deBelow100(tail, final);
  return rest === null ? null : hundreds * 100 + rest;
}

function deBelowMillion(s: string): number | null {
  const at = s.indexOf('tausend');
  if (at < 0) return deBelow1000(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 7);
  const thousands = head === '' || head === 'ein' ? 1 : deBelow1000(head, false);
  if (thousands === null || thousands === 0) return null;
  if (tail === '') return thousands * 1000;
  const rest = deBelow1000(tail);
  return rest === null ? null : thousands * 1000 + rest;
}

export interface WordValue {
  value: Rational;
  /** Ends in a fraction ("dreiviertel"), so the value is a ratio rather than a count. */
  fraction: boolean;
}

/**
 * One German word as a number: "null", "eins", "zwölf", "einhundertdrei", "zweieinhalb",
 * "anderthalb", "dreiviertel". Not "ein"/"eine" (articles) nor ordinals ("dritte").
 */
export function germanWordValue(lower: string): WordValue | null {
  if (!GERMAN_NUMBER_START.test(lower)) return null;
  const s = germanSpelling(lower);
  if (s === 'null') return { value: integer(0), fraction: false };
  if (s === 'anderthalb' || s === 'einundhalb') return { value: ratio(3, 2), fraction: false };
  if (s.endsWith('einhalb') && s.length > 7) {
    const whole = s === 'eineinhalb' ? 1 : deBelowMillion(s.slice(0, -7));
    return whole === null ? null : { value: add(integer(whole), ratio(1, 2)), fraction: false };
  }
  for (const [word, den] of DE_PARTS) {
    if (s.endsWith(word) && s.length > word.length) {
      const numerator = own(DE_UNITS, s.slice(0, -word.length));
      return numerator === undefined ? null : { value: ratio(numerator, den), fraction: true };
    }
  }
  if (!/^[a-zäöüß]+$/.test(s)) return null;
  const n = deBelowMillion(s);
  return n === null ? null : { value: integer(n), fraction: false };
}

export function germanDenominator(lower: string): number | null {
  return own(DE_DENOMINATORS, germanSpelling(lower)) ?? null;
}

export function englishCardinal(lower: string): number | null {
  return own(EN_CARDINALS, lower) ?? null;
}

/** "thirds" → {3, plural}; "quarter" → {4, singular}. */
export function englishDenominator(lower: string): { den: number; plural: boolean } | null {
  const single = own(EN_DENOMINATORS, lower);
  if (single !== undefined) return { den: single, plural: lower === 'halves' };
  if (lower.endsWith('s')) {
    const base = own(EN_DENOMINATORS, lower.slice(0, -1));
    if (base !== undefined) return { den: base, plural: true };
  }
  return null;
}

export function englishOrdinalUnit(lower: string): number | null {
  const base = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return own(EN_ORDINAL_UNITS, base) ?? null;
}

export function isEnglishTens(n: number): boolean {
  return n >= 20 && n <= 90 && n % 10 === 0;
}

/** A whole German or English number word (cardinal), for callers that only need "is this a number". */
export function cardinalWordValue(lower: string, language: Language): Rational | null {
  if (language === 'en') {
    const n = englishCardinal(lower);
    return n === null ? null : integer(n);
  }
  const w = germanWordValue(lower);
  return w && !w.fraction ? w.value : null;
}

