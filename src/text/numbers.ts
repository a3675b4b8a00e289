import type { Language } from './language.js';

const SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  de: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** Powers of ten of scale words. German "Billion" is 10^12, English "billion" 10^9. */
const SCALE_WORDS: Record<Language, ReadonlyMap<string, number>> = {
  de: new Map([
    ['tausend', 3], ['tsd', 3], ['million', 6], ['millionen', 6], ['mio', 6],
    ['milliarde', 9], ['milliarden', 9], ['mrd', 9], ['billion', 12], ['billionen', 12],
  ]),
  en: new Map([
    ['thousand', 3], ['million', 6], ['millions', 6], ['mn', 6], ['mln', 6],
    ['billion', 9], ['billions', 9], ['bn', 9], ['bln', 9], ['trillion', 12],
  ]),
};

/** Power of ten of a scale word ("Milliarden" → 9), or null. */
export function scaleOf(word: string, lang: Language): number | null {
  return SCALE_WORDS[lang].get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * Canonical decimal string of a number as written in `lang`, scaled by 10^exponent:
 * ("5.000", "de") → "5000"; ("9,2", "de", 9) → "9200000000"; ("1.5", "en") → "1.5".
 * Digits are shifted as a string, never multiplied as floats, so the result is exact.
 */
export function canonicalNumber(written: string, lang: Language, exponent = 0): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const parts = written.split(/[.,]/);
  const seps = written.replace(/\d/g, '');
  let intPart = written;
  let frac = '';
  if (seps.length > 0) {
    const groupsOfThree = parts.slice(1).every((p) => p.length === 3);
    const lastSep = seps[seps.length - 1];
    if (seps.length > 1 && new Set(seps).size === 1 && groupsOfThree) {
      intPart = parts.join(''); // "1.234.567" or "1,234,567" in either language
    } else if (seps.length === 1 && lastSep === thousands && groupsOfThree) {
      intPart = parts.join('');
    } else if (lastSep === decimal || seps.length === 1) {
      const cut = written.lastIndexOf(lastSep);
      intPart = written.slice(0, cut).replace(/[.,]/g, '');
      frac = written.slice(cut + 1);
    } else {
      intPart = parts.join('');
    }
  }
  let digits = intPart + frac;
  let point = intPart.length + exponent;
  while (digits.length < point) digits += '0';
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
