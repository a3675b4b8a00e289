import fc from 'fast-check';
import { parseNumber, parseNumberExact } from './numbers.js';
import type { Language } from './quantity.js';
import { toNumber } from './rational.js';

type Row = [string, number | null];

describe('parseNumber — German digits', () => {
  const rows: Row[] = [
    ['5.000', 5000],
    ['9,2', 9.2],
    ['1.500.000', 1500000],
    ['2.000,352', 2000.352],
    ['4.800', 4800],
    ['4,800', 4.8],
    ['0,5', 0.5],
    ['12 500', 12500],
    ['1\u202f234\u202f567,89', 1234567.89],
    ['-3,5', -3.5],
    ['½', 0.5],
    ['2½', 2.5],
  ];
  it.each(rows)('%s → %s', (text, expected) => expect(parseNumber(text, 'de')).toBe(expected));
});

describe('parseNumber — English digits', () => {
  const rows: Row[] = [
    ['5,000', 5000],
    ['9.2', 9.2],
    ['1,500,000', 1500000],
    ['1,111.11', 1111.11],
    ['4.800', 4.8],
    ['4,800', 4800],
    ['.25', 0.25],
    ['1,3', 1.3],
    ['40 000', 40000],
    ['-9.25', -9.25],
    ['3/4', 0.75],
    ['2 1/4', 2.25],
    ['1.3e6', 1300000],
    ['6.2x10^-4', 0.00062],
  ];
  it.each(rows)('%s → %s', (text, expected) => expect(parseNumber(text, 'en')).toBe(expected));
});

describe('parseNumber — scale words and abbreviations', () => {
  const rows: Array<[string, Language, number]> = [
    ['9,2 Milliarden', 'de', 9_200_000_000],
    ['7 Mrd.', 'de', 7_000_000_000],
    ['2,5 Mio', 'de', 2_500_000],
    ['3 Tausend', 'de', 3000],
    ['1,2 Billionen', 'de', 1_200_000_000_000],
    ['eine Million', 'de', 1_000_000],
    ['zwei Millionen eintausendeinhundertfünfzig', 'de', 2_001_150],
    ['61 billion', 'en', 61_000_000_000],
    ['$61bn'.slice(1), 'en', 61_000_000_000],
    ['4.5 million', 'en', 4_500_000],
    ['10k', 'en', 10_000],
    ['2.33 k', 'en', 2330],
    ['10M', 'en', 10_000_000],
    ['1.2b', 'en', 1_200_000_000],
    ['three trillion', 'en', 3_000_000_000_000],
    ['a thousand', 'en', 1000],
  ];
  it.each(rows)('%s (%s) → %d', (text, language, expected) => expect(parseNumber(text, language)).toBe(expected));

  it('scales by exact decimal arithmetic: 9,2 Milliarden is exactly 9200000000', () => {
    expect(1.005 * 1e9).not.toBe(1_005_000_000); // the float product this module must never compute
    expect(parseNumber('1,005 Milliarden', 'de')).toBe(1_005_000_000);
    expect(parseNumber('1.005 billion', 'en')).toBe(1_005_000_000);
    expect(parseNumber('9,2 Milliarden', 'de')).toBe(9_200_000_000);
    expect(parseNumber('0,1 Milliarden', 'de')).toBe(100_000_000);
    expect(parseNumber('4.35 billion', 'en')).toBe(4_350_000_000);
    expect(parseNumberExact('1,7 Mio.', 'de')).toEqual({ num: 1_700_000n, den: 1n });
  });
});

describe('parseNumber — number words', () => {
  const rows: Array<[string, Language, number]> = [
    ['zwei', 'de', 2],
    ['dreißig', 'de', 30],
    ['dreissig', 'de', 30],
    ['einundzwanzig', 'de', 21],
    ['einhundertdrei', 'de', 103],
    ['zweihundertsechsundfuenfzig', 'de', 256],
    ['fünfzehntausend', 'de', 15000],
    ['dreihundertneunundneunzigtausendfünfhundertneun', 'de', 399509],
    ['eins', 'de', 1],
    ['null', 'de', 0],
    ['ein Dutzend', 'de', 12],
    ['ein halbes Dutzend', 'de', 6],
    ['anderthalb', 'de', 1.5],
    ['zweieinhalb Millionen', 'de', 2_500_000],
    ['eine halbe Million', 'de', 500_000],
    ['fünf und drei Viertel Milliarden', 'de', 5_750_000_000],
    ['zwei Komma fünf', 'de', 2.5],
    ['two', 'en', 2],
    ['twenty-one', 'en', 21],
    ['fifty two', 'en', 52],
    ['three hundred and forty', 'en', 340],
    ['two hundred and two thousand', 'en', 202000],
    ['four thousand and twelve', 'en', 4012],
    ['a dozen', 'en', 12],
    ['half a dozen', 'en', 6],
    ['three dozen', 'en', 36],
    ['one and a half', 'en', 1.5],
    ['five and a half million', 'en', 5_500_000],
    ['one million and a half', 'en', 1_500_000],
    ['half a million', 'en', 500_000],
    ['a quarter million', 'en', 250_000],
    ['two point five', 'en', 2.5],
    ['minus seven', 'en', -7],
  ];
  it.each(rows)('%s (%s) → %d', (text, language, expected) => expect(parseNumber(text, language)).toBe(expected));
});

describe('parseNumber — fractions', () => {
  const rows: Array<[string, Language, number]> = [
    ['drei Viertel', 'de', 0.75],
    ['zwei Drittel', 'de', 2 / 3],
    ['drei halbe', 'de', 1.5],
    ['dreiviertel', 'de', 0.75],
    ['two thirds', 'en', 2 / 3],
    ['three quarters', 'en', 0.75],
    ['a fifth', 'en', 0.2],
    ['one in five', 'en', 0.2],
    ['two out of five hundred', 'en', 0.004],
  ];
  it.each(rows)('%s (%s) → %d', (text, language, expected) => expect(parseNumber(text, language)).toBeCloseTo(expected, 12));
});

describe('parseNumber — texts that are not one number', () => {
  const rows: Array<[string, Language]> = [
    ['', 'de'],
    ['ein', 'de'],
    ['eine', 'de'],
    ['Soldaten', 'de'],
    ['dritte', 'de'],
    ['Dreieck', 'de'],
    ['5 Soldaten', 'de'],
    ['a', 'en'],
    ['an', 'en'],
    ['third', 'en'],
    ['the first', 'en'],
    ['5 soldiers', 'en'],
    ['2nd', 'en'],
    ['29km', 'en'],
    ['1m', 'en'],
    ['192.168.1.2', 'en'],
    ['22,24,26', 'en'],
    ['1.1^23', 'en'],
  ];
  it.each(rows)('%j (%s) → null', (text, language) => expect(parseNumber(text, language)).toBeNull());
});

/** German words for 0 ≤ n < 1,000,000, written independently of the parser's tables. */
function germanWords(n: number): string {
  const units = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const teens = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const tens = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const below100 = (x: number, last: boolean): string => {
    if (x === 0) return '';
    if (x === 1) return last ? 'eins' : 'ein';
    if (x < 10) return units[x];
    if (x < 20) return teens[x - 10];
    return (x % 10 ? `${units[x % 10]}und` : '') + tens[Math.floor(x / 10)];
  };
  const below1000 = (x: number, last: boolean): string =>
    (x >= 100 ? `${units[Math.floor(x / 100)]}hundert` : '') + below100(x % 100, last);
  if (n === 0) return 'null';
  const th = Math.floor(n / 1000);
  return (th ? `${below1000(th, false)}tausend` : '') + below1000(n % 1000, true);
}

/** English words for 0 ≤ n < 1,000,000, independently of the parser's tables. */
function englishWords(n: number): string {
  const small = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const below100 = (x: number) => (x < 20 ? small[x] : tens[Math.floor(x / 10)] + (x % 10 ? `-${small[x % 10]}` : ''));
  const below1000 = (x: number) => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    return `${small[h]} hundred` + (r ? ` and ${below100(r)}` : '');
  };
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!th) return below1000(rest);
  return `${below1000(th)} thousand` + (rest ? (rest < 100 ? ` and ${below100(rest)}` : ` ${below1000(rest)}`) : '');
}

describe('property: formatting a number and parsing it back gives the same value', () => {
  const digits = fc.record({
    integer: fc.bigInt({ min: 0n, max: 999_999_999_999n }),
    fraction: fc.stringMatching(/^\d{0,3}$/),
  });

  it('German and English digit notation (Intl formatting, grouped)', () => {
    fc.assert(
      fc.property(digits, fc.constantFrom<Language>('de', 'en'), ({ integer, fraction }, language) => {
        const exact = Number(`${integer}.${fraction || '0'}`);
        const text = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-US', {
          minimumFractionDigits: fraction.length,
          maximumFractionDigits: fraction.length,
        }).format(exact);
        expect(parseNumber(text, language)).toBe(exact);
      }),
    );
  });

  it('digits with a scale word are scaled exactly', () => {
    const scales: Array<[Language, string, number]> = [
      ['de', 'Tausend', 3], ['de', 'Millionen', 6], ['de', 'Milliarden', 9], ['de', 'Mrd.', 9], ['de', 'Mio.', 6],
      ['en', 'thousand', 3], ['en', 'million', 6], ['en', 'billion', 9], ['en', 'bn', 9], ['en', 'trillion', 12],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^\d{0,2}$/), fc.constantFrom(...scales), (whole, decimals, [language, word, exponent]) => {
        const written = decimals ? `${whole}${language === 'de' ? ',' : '.'}${decimals}` : String(whole);
        const expected = toNumber(parseNumberExact(`${whole}${decimals}`, 'en')!) * 1; // integer digits, exact
        const value = parseNumber(`${written} ${word}`, language);
        expect(value).toBe(Number(`${expected}e${exponent - decimals.length}`));
      }),
    );
  });

  it('German number words', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => expect(parseNumber(germanWords(n), 'de')).toBe(n)));
  });

  it('English number words', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => expect(parseNumber(englishWords(n), 'en')).toBe(n)));
  });
});
