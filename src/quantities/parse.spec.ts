import fc from 'fast-check';
import { extractQuantities } from './index.js';
import type { Language, Quantity } from './quantity.js';

type Expected = Partial<Pick<Quantity, 'text' | 'min' | 'max' | 'minInclusive' | 'maxInclusive' | 'qualifier' | 'unit'>>;
type Row = [Language, string, Expected[]];

function extract(language: Language, text: string): Quantity[] {
  return extractQuantities(text, { language });
}

function check(rows: Row[]): void {
  it.each(rows)('%s: %s', (language, text, expected) => {
    const found = extract(language, text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, k) => expect(found[k]).toMatchObject(e));
  });
}

const point = (text: string, value: number, unit = 'count', qualifier: 'exact' | 'approx' = 'exact'): Expected => ({
  text, min: value, max: value, minInclusive: true, maxInclusive: true, qualifier, unit,
});

describe('number formats in running text', () => {
  check([
    ['de', 'Die Armee meldete 5.000 zerstörte Fahrzeuge.', [point('5.000', 5000)]],
    ['de', 'Der Wert lag bei 9,2 und später bei 1.500.000.', [point('9,2', 9.2), point('1.500.000', 1500000)]],
    ['de', 'Es geht um 9,2 Milliarden Euro.', [point('9,2 Milliarden Euro', 9_200_000_000, 'EUR')]],
    ['de', 'Zugesagt wurden 2,5 Mio. Euro und 7 Mrd. Euro.', [point('2,5 Mio. Euro', 2_500_000, 'EUR'), point('7 Mrd. Euro', 7_000_000_000, 'EUR')]],
    ['de', 'Es kamen zwei Berater und dreißig Helfer.', [point('zwei', 2), point('dreißig', 30)]],
    ['de', 'Das Budget wuchs um 3 Tausend Euro.', [point('3 Tausend Euro', 3000, 'EUR')]],
    ['en', 'The convoy had 5,000 vehicles.', [point('5,000', 5000)]],
    ['en', 'Inflation was 9.2 last spring.', [point('9.2', 9.2)]],
    ['en', 'They pledged 4.5 billion dollars and $600m more.', [point('4.5 billion dollars', 4_500_000_000, 'USD'), point('$600m', 600_000_000, 'USD')]],
    ['en', 'Analysts counted 10k posts and 2 million views.', [point('10k', 10_000), point('2 million', 2_000_000)]],
    ['en', 'The fund holds £3bn, up from £1.2 bn.', [point('£3bn', 3_000_000_000, 'GBP'), point('£1.2 bn', 1_200_000_000, 'GBP')]],
    ['en', 'Two envoys met a dozen officials.', [point('Two', 2), point('a dozen', 12)]],
    ['en', 'Some 3.7m people remain displaced.', [point('Some 3.7m', 3_700_000, 'count', 'approx')]],
  ]);
});

describe('ranges: the upper scale and unit apply to the lower end', () => {
  const range = (text: string, min: number, max: number, unit = 'count'): Expected => ({
    text, min, max, minInclusive: true, maxInclusive: true, qualifier: 'range', unit,
  });
  check([
    ['de', 'Man schätzt zwischen 5.000 und 9.000 Opfer.', [range('zwischen 5.000 und 9.000', 5000, 9000)]],
    ['de', 'Es waren 7 bis 10 Milliarden Euro.', [range('7 bis 10 Milliarden Euro', 7e9, 10e9, 'EUR')]],
    ['de', 'Die Kosten stiegen von 3 bis 4 Millionen.', [range('von 3 bis 4 Millionen', 3e6, 4e6)]],
    ['de', 'Im Lager lebten 1.200-1.500 Menschen.', [range('1.200-1.500', 1200, 1500)]],
    ['de', 'Die Quote lag bei 5 bis 7 Prozent.', [range('5 bis 7 Prozent', 5, 7, 'percent')]],
    ['de', 'Von 500 Millionen bis 1,2 Milliarden Euro ist die Rede.', [range('Von 500 Millionen bis 1,2 Milliarden Euro', 5e8, 1.2e9, 'EUR')]],
    ['en', 'Officials estimated between 5,000 and 9,000 victims.', [range('between 5,000 and 9,000', 5000, 9000)]],
    ['en', 'The plan costs 7 to 10 billion euros.', [range('7 to 10 billion euros', 7e9, 10e9, 'EUR')]],
    ['en', 'Estimates run from 3 to 4 million.', [range('from 3 to 4 million', 3e6, 4e6)]],
    ['en', 'A camp held 1,200-1,500 people.', [range('1,200-1,500', 1200, 1500)]],
    ['en', 'The bill was $5bn-$7bn.', [range('$5bn-$7bn', 5e9, 7e9, 'USD')]],
    ['en', 'Turnout fell by 3 to 4 percent.', [range('3 to 4 percent', 3, 4, 'percent')]],
    ['en', 'Between 1.5 and 2 million people left.', [range('Between 1.5 and 2 million', 1.5e6, 2e6)]],
  ]);

  describe('what is not a range', () => {
    check([
      ['de', 'Die Quote stieg von 5 auf 7 Prozent.', [point('5', 5), point('7 Prozent', 7, 'percent')]],
      ['de', 'Die Zahl sank von 20 bis 10.', [point('20', 20), point('10', 10)]],
      ['de', 'Die Jahre 2014 bis 2022 waren hart.', []],
      ['en', 'Unemployment rose from 5% to 7%.', [point('5%', 5, 'percent'), point('7%', 7, 'percent')]],
      ['en', 'Sales rose 6% to $1.45 billion.', [point('6%', 6, 'percent'), point('$1.45 billion', 1_450_000_000, 'USD')]],
      ['en', 'The war of 2014-2022 is over.', []],
    ]);
  });
});

describe('bounds', () => {
  const bound = (text: string, qualifier: Quantity['qualifier'], value: number, unit = 'count'): Expected => {
    const lower = qualifier === 'more_than' || qualifier === 'at_least';
    return {
      text, qualifier, unit,
      min: lower ? value : null,
      max: lower ? null : value,
      minInclusive: qualifier === 'at_least',
      maxInclusive: qualifier === 'at_most',
    };
  };
  check([
    ['de', 'Es flohen mehr als 150.000 Menschen.', [bound('mehr als 150.000', 'more_than', 150000)]],
    ['de', 'Es flohen über 150.000 Menschen.', [bound('über 150.000', 'more_than', 150000)]],
    ['de', 'Es flohen mindestens 150.000 Menschen.', [bound('mindestens 150.000', 'at_least', 150000)]],
    ['de', 'Es blieben weniger als 200 Bewohner.', [bound('weniger als 200', 'less_than', 200)]],
    ['de', 'Es blieben unter 200 Bewohner.', [bound('unter 200', 'less_than', 200)]],
    ['de', 'Es gibt bis zu 3 Milliarden Euro.', [bound('bis zu 3 Milliarden Euro', 'at_most', 3e9, 'EUR')]],
    ['de', 'Es gibt höchstens 40 Prozent.', [bound('höchstens 40 Prozent', 'at_most', 40, 'percent')]],
    ['de', 'Es kamen 500 oder mehr Gäste.', [bound('500 oder mehr', 'at_least', 500)]],
    ['en', 'The army lost more than 150,000 men.', [bound('more than 150,000', 'more_than', 150000)]],
    ['en', 'The army lost over 150,000 men.', [bound('over 150,000', 'more_than', 150000)]],
    ['en', 'The army lost at least 150,000 men.', [bound('at least 150,000', 'at_least', 150000)]],
    ['en', 'The army lost no fewer than 150,000 men.', [bound('no fewer than 150,000', 'at_least', 150000)]],
    ['en', 'Fewer than 200 residents stayed.', [bound('Fewer than 200', 'less_than', 200)]],
    ['en', 'Less than 5% agreed.', [bound('Less than 5%', 'less_than', 5, 'percent')]],
    ['en', 'It offered up to $3 billion.', [bound('up to $3 billion', 'at_most', 3e9, 'USD')]],
    ['en', 'It offered at most 40 percent.', [bound('at most 40 percent', 'at_most', 40, 'percent')]],
    ['en', 'We expect 500 or more guests.', [bound('500 or more', 'at_least', 500)]],
  ]);

  it('joins a lower and an upper bound into one interval (de, en)', () => {
    expect(extract('de', 'Es waren mehr als 10 und weniger als 20 Fahrzeuge.')).toMatchObject([
      { text: 'mehr als 10 und weniger als 20', qualifier: 'range', min: 10, max: 20, minInclusive: false, maxInclusive: false },
    ]);
    expect(extract('en', 'There were at most 100 and at least 20 boats.')).toMatchObject([
      { text: 'at most 100 and at least 20', qualifier: 'range', min: 20, max: 100, minInclusive: true, maxInclusive: true },
    ]);
    // An empty interval is two separate statements, left for the consistency rules.
    expect(extract('en', 'More than 40 and less than 10 were counted.')).toHaveLength(2);
  });
});

describe('approximations keep the stated value and say so in the qualifier', () => {
  const approx = (text: string, value: number, unit = 'count') => [point(text, value, unit, 'approx')];
  check([
    ['de', 'Es kamen rund 7.500 Helfer.', approx('rund 7.500', 7500)],
    ['de', 'Es kamen etwa 7.500 Helfer.', approx('etwa 7.500', 7500)],
    ['de', 'Es kamen circa 7.500 Helfer.', approx('circa 7.500', 7500)],
    ['de', 'Es kamen ca. 7.500 Helfer.', approx('ca. 7.500', 7500)],
    ['de', 'Es kamen knapp 7.500 Helfer.', approx('knapp 7.500', 7500)],
    ['de', 'Es flossen rund 9,2 Milliarden Euro.', approx('rund 9,2 Milliarden Euro', 9.2e9, 'EUR')],
    ['en', 'About 7,500 volunteers came.', approx('About 7,500', 7500)],
    ['en', 'Around 7,500 volunteers came.', approx('Around 7,500', 7500)],
    ['en', 'Roughly 7,500 volunteers came.', approx('Roughly 7,500', 7500)],
    ['en', 'Some 7,500 volunteers came.', approx('Some 7,500', 7500)],
    ['en', 'An estimated 7,500 volunteers came.', approx('An estimated 7,500', 7500)],
    ['en', 'Roughly €9.2 billion was spent.', approx('Roughly €9.2 billion', 9.2e9, 'EUR')],
  ]);
});

describe('lone plurals are lower bounds', () => {
  const atLeast = (text: string, min: number): Expected => ({ text, min, max: null, minInclusive: true, qualifier: 'at_least', unit: 'count' });
  check([
    ['de', 'Tausende Menschen demonstrierten.', [atLeast('Tausende', 1000)]],
    ['de', 'Hunderte Fahrzeuge standen im Stau.', [atLeast('Hunderte', 100)]],
    ['de', 'Zehntausende flohen.', [atLeast('Zehntausende', 10000)]],
    ['de', 'Dutzende Häuser brannten.', [atLeast('Dutzende', 12)]],
    ['en', 'Thousands of people marched.', [atLeast('Thousands', 1000)]],
    ['en', 'Hundreds of cars were stuck.', [atLeast('Hundreds', 100)]],
    ['en', 'Tens of thousands fled.', [atLeast('Tens of thousands', 10000)]],
    ['en', 'Hundreds of thousands fled.', [atLeast('Hundreds of thousands', 100000)]],
  ]);
});

describe('percentages and currencies', () => {
  check([
    ['de', 'Die Zustimmung lag bei 42 %.', [point('42 %', 42, 'percent')]],
    ['de', 'Die Zustimmung lag bei 42,5 Prozent.', [point('42,5 Prozent', 42.5, 'percent')]],
    ['de', 'Die Zustimmung stieg um 3 Prozentpunkte.', [point('3 Prozentpunkte', 3, 'percentage_point')]],
    ['en', 'Approval stood at 42%.', [point('42%', 42, 'percent')]],
    ['en', 'Approval stood at 42 percent, or 42 per cent.', [point('42 percent', 42, 'percent'), point('42 per cent', 42, 'percent')]],
    ['de', 'Das kostet 300 US-Dollar.', [point('300 US-Dollar', 300, 'USD')]],
    ['de', 'Das kostet 300 Dollar oder 280 €.', [point('300 Dollar', 300, 'USD'), point('280 €', 280, 'EUR')]],
    ['de', 'Das kostet 300 EUR, nicht 300 USD.', [point('300 EUR', 300, 'EUR'), point('300 USD', 300, 'USD')]],
    ['de', 'Das kostet 15 Euro und 50 Cent.', [point('15 Euro und 50 Cent', 15.5, 'EUR')]],
    ['en', 'It costs $300, €280 or £250.', [point('$300', 300, 'USD'), point('€280', 280, 'EUR'), point('£250', 250, 'GBP')]],
    ['en', 'It costs 300 euros or 300 dollars.', [point('300 euros', 300, 'EUR'), point('300 dollars', 300, 'USD')]],
    ['en', 'It costs USD 300 or EUR 280.', [point('USD 300', 300, 'USD'), point('EUR 280', 280, 'EUR')]],
    ['en', 'It costs 12 dollars and 50 cents.', [point('12 dollars and 50 cents', 12.5, 'USD')]],
    ['en', 'A ticket was 50 cents.', []],
  ]);
});

describe('numbers that are no quantities yield nothing', () => {
  const nothing: Row[] = [
    ['de', 'Im Jahr 2022 änderte sich viel.', []],
    ['de', 'Seit 2014 herrscht Krieg.', []],
    ['de', 'Am 18. Februar und am 20. Januar gab es Gespräche.', []],
    ['de', 'Vom 18. bis 20. März tagte der Rat.', []],
    ['de', 'Das Treffen begann um 14 Uhr und endete um 16:30.', []],
    ['de', 'Am 24.02.2022 begann der Angriff.', []],
    ['de', 'Der 3. Tag war der schwerste.', []],
    ['de', 'Gemäß § 5 und Artikel 3 sowie Art. 12 ist das erlaubt.', []],
    ['de', 'Die Pandemie Covid-19, die Drohne TB2 und der Jet F-16.', []],
    ['de', 'Rufen Sie +49 30 1234567 oder 030/1234567 an.', []],
    ['de', 'Einer ging, eine blieb.', []],
    ['en', 'In 2022 much changed.', []],
    ['en', 'Talks were held on March 3 and on 20 January.', []],
    ['en', 'Talks ended on May 4th at 14:30, or 2:30 pm.', []],
    ['en', 'The 1st and 2nd battalions and the 3rd brigade.', []],
    ['en', 'Under Article 5 and Section 3 the rule applies.', []],
    ['en', 'The Covid-19 crisis, the F-16 jet and the TB2 drone.', []],
    ['en', 'Call +1-222-2222-2222 or visit https://example.org/report/2022/5.', []],
    ['en', 'Meet me on 5/17/2018 at the gate.', []],
    ['en', 'The one you mentioned is the one I want.', []],
    ['en', 'The road is 29km long and the bottle holds 180ml.', []],
    ['de', 'Die 155-mm-Granaten fliegen 20 Kilometer weit.', []],
    ['en', 'The 155-mm shells fly 20 kilometres.', []],
    ['de', 'Geliefert wurden Leopard 2 und ein Airbus 320.', []],
    ['en', 'They sent Challenger 2 tanks and a Boeing 737.', []],
    ['en', 'The wall is 5m high.', []],
  ];
  check(nothing);
});

describe('years are counts when something is counted', () => {
  check([
    ['de', 'Es wurden 2000 Soldaten verlegt.', [point('2000', 2000)]],
    ['de', 'Es kamen mehr als 2000 hinzu.', [{ text: 'mehr als 2000', qualifier: 'more_than', min: 2000 }]],
    ['en', 'They moved 2000 troops.', [point('2000', 2000)]],
    ['en', 'The raid killed 2000, officials said.', [point('2000', 2000)]],
    ['de', 'Die Brigade verlor 1800, sagte der Stab.', [point('1800', 1800)]],
    ['en', 'They spent $2022 on it.', [point('$2022', 2022, 'USD')]],
  ]);
});

describe('spans', () => {
  it('are sorted, do not overlap, and are the text as written', () => {
    const text = 'Rund 9,2 Milliarden Euro, davon 7 Mrd. für 5.000 bis 9.000 Helfer und über 40 % der Kosten.';
    const qs = extract('de', text);
    expect(qs.map((q) => q.text)).toEqual(['Rund 9,2 Milliarden Euro', '7 Mrd.', '5.000 bis 9.000', 'über 40 %']);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('property: the parser never throws and its spans are consistent', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789.,-–/:%$€£ ½'.split(''),
    ' mehr als ', ' zwischen ', ' und ', ' bis ', ' Milliarden ', ' Mio. ', ' Euro ', ' Prozent ', ' rund ',
    ' more than ', ' between ', ' and ', ' to ', ' billion ', ' bn ', ' dollars ', ' percent ', ' about ',
    ' zwei ', ' dreißig ', ' two ', ' a dozen ', ' hundreds of ', ' Tausende ', ' Februar ', ' March ', '\n',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')),
  );

  it('for arbitrary strings in both languages', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom<Language>('de', 'en'), (text, language) => {
        const qs = extractQuantities(text, { language, claimantCountry: 'UA' });
        let last = 0;
        for (const q of qs) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.min !== null && q.max !== null) expect(q.min).toBeLessThanOrEqual(q.max);
          last = q.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
