/**
 * Reads a run of digits with "." and "," separators as German or English writes it.
 * Hand-written: Intl can format numbers but not parse them, and the rules for ambiguous
 * separators ("4.800" is 4800 in German, 4.8 in English) are domain decisions.
 */
import type { Language } from './quantity.js';
import { fromDecimalDigits, type Rational } from './rational.js';

export interface DigitValue {
  value: Rational;
  /** Digits after the decimal separator, "" for integers. */
  fraction: string;
  /** Integer digits without separators. */
  integer: string;
}

const DEFAULT_SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  de: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function groupedThousands(groups: string[]): boolean {
  return groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/**
 * - one separator kind, repeated, groups of three: thousands ("1.500.000", "1,500,000");
 * - one separator followed by exactly three digits: the language decides ("5.000" de, "5,000" en),
 *   unless the integer part cannot be a thousands group ("0,500", "1234.567");
 * - one separator followed by another number of digits: a decimal point of either kind
 *   ("9,2" and "9.2" in both languages), as writers mix conventions;
 * - two kinds: the last one is the decimal separator ("2.000,352", "1,111.11").
 * Anything else (lists "22,24,26", addresses "192.168.1.2") is not one number: null.
 */
export function readDigits(raw: string, language: Language): DigitValue | null {
  const seps = raw.replace(/\d/g, '');
  if (seps.length === 0) return { value: fromDecimalDigits(raw), fraction: '', integer: raw };
  const groups = raw.split(/[.,]/);
  const kinds = new Set(seps);
  const { thousands } = DEFAULT_SEPARATORS[language];
  if (kinds.size === 1) {
    if (seps.length > 1) return groupedThousands(groups) ? integerOf(groups.join('')) : null;
    const [head, tail] = groups;
    const canBeThousands = tail.length === 3 && head.length <= 3 && head !== '0';
    if (canBeThousands && seps === thousands) return integerOf(head + tail);
    return decimalOf(head, tail);
  }
  const last = seps[seps.length - 1];
  const inner = seps.slice(0, -1);
  if (inner.includes(last) || !groupedThousands(groups.slice(0, -1))) return null;
  return decimalOf(groups.slice(0, -1).join(''), groups[groups.length - 1]);
}

function integerOf(digits: string): DigitValue {
  return { value: fromDecimalDigits(digits), fraction: '', integer: digits };
}

function decimalOf(integer: string, fraction: string): DigitValue {
  return { value: fromDecimalDigits(integer, fraction), fraction, integer };
}
