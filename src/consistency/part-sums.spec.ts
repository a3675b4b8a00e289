import type { Language, Quantity } from '../quantities/quantity.js';
import { DEFAULT_CONSISTENCY_OPTIONS, type FlagCandidate, type Severity } from './rules.js';
import { partSumMismatch } from './part-sums.js';

// ---- fixtures: our own sentences; quantities built by hand, spans found in order

type Shape = Pick<Quantity, 'min' | 'max' | 'minInclusive' | 'maxInclusive' | 'qualifier'>;
const exact = (v: number): Shape => ({ min: v, max: v, minInclusive: true, maxInclusive: true, qualifier: 'exact' });
const approx = (v: number): Shape => ({ ...exact(v), qualifier: 'approx' });
const atLeast = (v: number): Shape => ({ ...exact(v), max: null, qualifier: 'at_least' });
const moreThan = (v: number): Shape => ({ ...exact(v), max: null, minInclusive: false, qualifier: 'more_than' });

type Labels = Partial<Pick<Quantity, 'unit' | 'measure' | 'subject'>>;
const AID_US: Labels = { unit: 'USD', measure: 'aid', subject: 'US' };
const AID_EU: Labels = { unit: 'EUR', measure: 'aid', subject: 'EU' };
const TROOPS_RU: Labels = { unit: 'count', measure: 'troops', subject: 'RU' };
const KILLED: Labels = { unit: 'count', measure: 'killed' };
const BARE: Labels = {}; // a bare number: unit "count", no measure, no subject
const EQUIPMENT: Labels = { unit: 'count', measure: 'equipment' };

type Span = [written: string, shape: Shape, labels?: Labels];

/** Quantities for `spans`, each searched after the previous one so repeated figures get their own offsets. */
function quantitiesIn(text: string, spans: Span[]): Quantity[] {
  let from = 0;
  return spans.map(([written, shape, labels]) => {
    const start = text.indexOf(written, from);
    if (start < 0) throw new Error(`fixture span "${written}" is not in "${text}" after ${from}`);
    from = start + written.length;
    return { text: written, start, end: from, unit: 'count', measure: null, subject: null, ...shape, ...labels };
  });
}

function check(language: Language, text: string, spans: Span[]): FlagCandidate[] {
  return partSumMismatch(text, language, quantitiesIn(text, spans), 'claim-1');
}

describe('partSumMismatch: parts that do not add up', () => {
  it.each<[string, Language, string, Span[], Severity, number[]]>([
    [
      'en: 9.2 billion, of which 7.1 and 3.4 billion (scale of the total carried to the bare 7.1)',
      'en',
      'Officials valued the package at 9.2 billion dollars, of which 7.1 and 3.4 billion went to arms and training.',
      [['9.2 billion dollars', exact(9.2e9), AID_US], ['7.1', exact(7.1), BARE], ['3.4 billion', exact(3.4e9), BARE]],
      'low', // sum ≥ 10.4 bn against a total ≤ 9.25 bn
      [0, 1, 2],
    ],
    [
      'de: 9,2 Milliarden, davon 7,1 und 3,4 Milliarden',
      'de',
      'Die Zusagen belaufen sich auf 9,2 Milliarden Euro, davon 7,1 und 3,4 Milliarden Euro als Zuschüsse.',
      [['9,2 Milliarden Euro', exact(9.2e9), AID_EU], ['7,1', exact(7.1), BARE], ['3,4 Milliarden Euro', exact(3.4e9), AID_EU]],
      'low',
      [0, 1, 2],
    ],
    [
      'en: of which names every part, and they fall short',
      'en',
      'The package totals 9.2 billion dollars, of which 5.1 billion goes to arms and 2.1 billion to training.',
      [['9.2 billion dollars', exact(9.2e9), AID_US], ['5.1 billion', exact(5.1e9), BARE], ['2.1 billion', exact(2.1e9), BARE]],
      'medium', // (9.15 − 7.3) / 9.15
      [0, 1, 2],
    ],
    [
      'de: davon names every part, and they fall short',
      'de',
      'Das Paket umfasst 9,2 Milliarden Dollar, davon 5,1 Milliarden für Waffen und 2,1 Milliarden für Ausbildung.',
      [['9,2 Milliarden Dollar', exact(9.2e9), AID_US], ['5,1 Milliarden', exact(5.1e9), BARE], ['2,1 Milliarden', exact(2.1e9), BARE]],
      'medium',
      [0, 1, 2],
    ],
    [
      'en: including, parts exceed the total',
      'en',
      'The convoy had 2,000 vehicles, including 1,500 tanks and 900 trucks.',
      [['2,000', exact(2000), EQUIPMENT], ['1,500', exact(1500), EQUIPMENT], ['900', exact(900), EQUIPMENT]],
      'low', // 2,000 is read as 1,800–2,200; parts at least 2,300
      [0, 1, 2],
    ],
    [
      'de: darunter, parts exceed the total',
      'de',
      'Der Konvoi umfasste 2.000 Fahrzeuge, darunter 1.500 Panzer und 900 Lastwagen.',
      [['2.000', exact(2000), EQUIPMENT], ['1.500', exact(1500), EQUIPMENT], ['900', exact(900), EQUIPMENT]],
      'low',
      [0, 1, 2],
    ],
    [
      'de: three parts, commas then und',
      'de',
      'Die Armee meldet 12.000 Soldaten, davon 6.500 Infanteristen, 4.200 Artilleristen und 3.100 Versorgungskräfte.',
      [['12.000', exact(12000), TROOPS_RU], ['6.500', exact(6500), TROOPS_RU], ['4.200', exact(4200), TROOPS_RU], ['3.100', exact(3100), TROOPS_RU]],
      'low',
      [0, 1, 2, 3],
    ],
    [
      'en: three parts, commas then and',
      'en',
      'The army reports 12,000 soldiers, of which 6,500 infantry, 4,200 gunners and 3,100 support staff.',
      [['12,000', exact(12000), TROOPS_RU], ['6,500', exact(6500), TROOPS_RU], ['4,200', exact(4200), TROOPS_RU], ['3,100', exact(3100), TROOPS_RU]],
      'low',
      [0, 1, 2, 3],
    ],
    [
      'de: sowie closes the list',
      'de',
      'Zugesagt sind 9,2 Milliarden Euro, davon 7,1 Milliarden Euro für Munition sowie 3,4 Milliarden Euro für Luftabwehr.',
      [['9,2 Milliarden Euro', exact(9.2e9), AID_EU], ['7,1 Milliarden Euro', exact(7.1e9), AID_EU], ['3,4 Milliarden Euro', exact(3.4e9), AID_EU]],
      'low',
      [0, 1, 2],
    ],
    [
      'en: as well as closes the list, unit elided after the total',
      'en',
      'Washington pledged $9.2 billion, of which 7.1 billion for arms as well as 3.4 billion for air defence.',
      [['$9.2 billion', exact(9.2e9), AID_US], ['7.1 billion', exact(7.1e9), BARE], ['3.4 billion', exact(3.4e9), BARE]],
      'low',
      [0, 1, 2],
    ],
    [
      'de: a single part above the total',
      'de',
      'Bei den Kämpfen starben 5.000 Menschen, davon 6.200 Zivilisten.',
      [['5.000', exact(5000), KILLED], ['6.200', exact(6200), KILLED]],
      'low',
      [0, 1],
    ],
    [
      'en: parts in brackets',
      'en',
      'In all 9.2 billion dollars were paid (of which 7.1 billion dollars and 3.4 billion dollars in grants).',
      [['9.2 billion dollars', exact(9.2e9), AID_US], ['7.1 billion dollars', exact(7.1e9), AID_US], ['3.4 billion dollars', exact(3.4e9), AID_US]],
      'low',
      [0, 1, 2],
    ],
  ])('%s', (_label, language, text, spans, severity, indexes) => {
    const flags = check(language, text, spans);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      type: 'part_sum_mismatch',
      severity,
      claimIds: ['claim-1'],
      quantities: indexes.map((index) => ({ claimId: 'claim-1', index })),
    });
  });
});

describe('partSumMismatch: totals and parts that are fine or not comparable', () => {
  it.each<[string, Language, string, Span[]]>([
    [
      'en: about 9.2 billion, of which 7.1 and 2.1 billion',
      'en',
      'The aid comes to about 9.2 billion dollars, of which 7.1 billion pays for arms and 2.1 billion for training.',
      [['about 9.2 billion dollars', approx(9.2e9), AID_US], ['7.1 billion', exact(7.1e9), BARE], ['2.1 billion', exact(2.1e9), BARE]],
    ],
    [
      'de: rund 9,2 Milliarden, davon 7,1 und 2,1 Milliarden',
      'de',
      'Das Paket umfasst rund 9,2 Milliarden Dollar, davon 7,1 Milliarden für Waffen und 2,1 Milliarden für Ausbildung.',
      [['rund 9,2 Milliarden Dollar', approx(9.2e9), AID_US], ['7,1 Milliarden', exact(7.1e9), BARE], ['2,1 Milliarden', exact(2.1e9), BARE]],
    ],
    [
      'de: exact 9,2 Milliarden also allows 7,1 + 2,1 after rounding',
      'de',
      'Insgesamt flossen 9,2 Milliarden Dollar (davon 7,1 Milliarden Dollar für Waffen und 2,1 Milliarden Dollar für Ausbildung).',
      [['9,2 Milliarden Dollar', exact(9.2e9), AID_US], ['7,1 Milliarden Dollar', exact(7.1e9), AID_US], ['2,1 Milliarden Dollar', exact(2.1e9), AID_US]],
    ],
    [
      'en: three parts that add up',
      'en',
      'The army reports 12,000 soldiers, of which 6,500 infantry, 3,400 gunners and 2,100 support staff.',
      [['12,000', exact(12000), TROOPS_RU], ['6,500', exact(6500), TROOPS_RU], ['3,400', exact(3400), TROOPS_RU], ['2,100', exact(2100), TROOPS_RU]],
    ],
    [
      'en: including names only some parts',
      'en',
      'Some 1,200 people were detained, including 300 journalists and 150 students.',
      [['Some 1,200', approx(1200)], ['300', exact(300)], ['150', exact(150)]],
    ],
    [
      'de: darunter names only some parts',
      'de',
      'Rund 1.200 Menschen wurden festgenommen, darunter 300 Journalisten und 150 Studierende.',
      [['Rund 1.200', approx(1200)], ['300', exact(300)], ['150', exact(150)]],
    ],
    [
      'de: a single part after davon is a subset',
      'de',
      'Bei den Kämpfen starben 5.000 Menschen, davon 1.200 Zivilisten.',
      [['5.000', exact(5000), KILLED], ['1.200', exact(1200), KILLED]],
    ],
    [
      'en: a single part after of whom is a subset',
      'en',
      'Some 5,000 people died, of whom 1,200 were civilians.',
      [['Some 5,000', approx(5000), KILLED], ['1,200', exact(1200), KILLED]],
    ],
    [
      'de: unter anderem says the list is incomplete',
      'de',
      '3.000 Menschen wurden evakuiert, davon unter anderem 800 Kinder und 500 Senioren.',
      [['3.000', exact(3000)], ['800', exact(800)], ['500', exact(500)]],
    ],
    [
      'en: among others says the list is incomplete',
      'en',
      '3,000 people were evacuated, of which 800 children and 500 pensioners, among others.',
      [['3,000', exact(3000)], ['800', exact(800)], ['500', exact(500)]],
    ],
    [
      'en: a lower-bound total leaves room for the parts',
      'en',
      'At least 40 people died, of whom 25 were soldiers and 20 civilians.',
      [['At least 40', atLeast(40), KILLED], ['25', exact(25), KILLED], ['20', exact(20), KILLED]],
    ],
    [
      'de: mehr als 9 Milliarden, davon 7,1 und 3,4 Milliarden',
      'de',
      'Mehr als 9 Milliarden Euro sind zugesagt, davon 7,1 Milliarden und 3,4 Milliarden für Waffen.',
      [['Mehr als 9 Milliarden Euro', moreThan(9e9), AID_EU], ['7,1 Milliarden', exact(7.1e9), BARE], ['3,4 Milliarden', exact(3.4e9), BARE]],
    ],
    [
      'en: parts in another currency',
      'en',
      'Brussels approved $9.2 billion, of which €7.1 billion and €3.4 billion are grants.',
      [['$9.2 billion', exact(9.2e9), AID_US], ['€7.1 billion', exact(7.1e9), AID_EU], ['€3.4 billion', exact(3.4e9), AID_EU]],
    ],
    [
      'de: parts counting things, not money',
      'de',
      'Geliefert wurde Gerät für 9,2 Milliarden Dollar, davon 70 Panzer und 30 Drohnen.',
      [['9,2 Milliarden Dollar', exact(9.2e9), AID_US], ['70', exact(70), EQUIPMENT], ['30', exact(30), EQUIPMENT]],
    ],
    [
      'en: full numbers after a scaled total keep their own value',
      'en',
      'The war displaced 1.5 million people, including 300,000 children and 200,000 pensioners.',
      [['1.5 million', exact(1.5e6)], ['300,000', exact(300000)], ['200,000', exact(200000)]],
    ],
    [
      'de: full numbers after a scaled total keep their own value',
      'de',
      'Der Krieg vertrieb 1,5 Millionen Menschen, darunter 300.000 Kinder und 200.000 Rentner.',
      [['1,5 Millionen', exact(1.5e6)], ['300.000', exact(300000)], ['200.000', exact(200000)]],
    ],
    [
      'en: no marker, just a list of figures',
      'en',
      'Figures of 9.2 billion and 7.1 billion and 3.4 billion have been quoted.',
      [['9.2 billion', exact(9.2e9)], ['7.1 billion', exact(7.1e9)], ['3.4 billion', exact(3.4e9)]],
    ],
    [
      'en: the marker opens a new sentence',
      'en',
      'The fund holds 9.2 billion. Of which 7.1 billion and 3.4 billion are spent, nobody knows.',
      [['9.2 billion', exact(9.2e9)], ['7.1 billion', exact(7.1e9)], ['3.4 billion', exact(3.4e9)]],
    ],
    [
      'de: semicolon between total and davon',
      'de',
      'Der Fonds umfasst 9,2 Milliarden; davon 7,1 Milliarden und 3,4 Milliarden sind verplant.',
      [['9,2 Milliarden', exact(9.2e9)], ['7,1 Milliarden', exact(7.1e9)], ['3,4 Milliarden', exact(3.4e9)]],
    ],
    [
      'de: davon as an ordinary adverb, not after a comma',
      'de',
      'Von 9,2 Milliarden Euro weiß er nichts davon, dass 7,1 Milliarden und 3,4 Milliarden fehlen.',
      [['9,2 Milliarden Euro', exact(9.2e9), AID_EU], ['7,1 Milliarden', exact(7.1e9), BARE], ['3,4 Milliarden', exact(3.4e9), BARE]],
    ],
    ['en: no quantities', 'en', 'Nothing here adds up, of which nobody complains.', []],
  ])('%s', (_label, language, text, spans) => {
    expect(check(language, text, spans)).toEqual([]);
  });

  it('reads only the markers of the claim language', () => {
    const spans: Span[] = [['12.000', exact(12000), TROOPS_RU], ['6.500', exact(6500), TROOPS_RU], ['6.400', exact(6400), TROOPS_RU]];
    const withGermanMarker = 'Die Armee meldet 12.000 Soldaten, davon 6.500 Infanteristen und 6.400 Artilleristen.';
    const withEnglishMarker = 'Die Armee meldet 12.000 Soldaten, of which 6.500 Infanteristen und 6.400 Artilleristen.';
    expect(check('de', withGermanMarker, spans)).toHaveLength(1);
    expect(check('de', withEnglishMarker, spans)).toEqual([]);
    expect(check('en', withGermanMarker, spans)).toEqual([]);
  });
});

describe('partSumMismatch: references, several patterns, explanation', () => {
  it('refers to quantities by their position in the list it was given', () => {
    const text = 'Nach 30 Tagen meldet die Armee 5.000 Tote, davon 3.800 Soldaten und 2.400 Zivilisten.';
    const [days, total, soldiers, civilians] = quantitiesIn(text, [
      ['30', exact(30), { unit: 'days' }],
      ['5.000', exact(5000), KILLED],
      ['3.800', exact(3800), KILLED],
      ['2.400', exact(2400), KILLED],
    ]);
    const flags = partSumMismatch(text, 'de', [civilians, days, total, soldiers], 'c-9');
    expect(flags.map((f) => f.quantities)).toEqual([
      [
        { claimId: 'c-9', index: 2 },
        { claimId: 'c-9', index: 3 },
        { claimId: 'c-9', index: 0 },
      ],
    ]);
  });

  it('checks each pattern in a text on its own', () => {
    const text =
      'Die Armee meldet 12.000 Soldaten, davon 6.500 Infanteristen und 5.400 Artilleristen. ' +
      'Dazu kommen 800 Fahrzeuge, davon 600 Kampfpanzer und 400 Schützenpanzer.';
    const flags = check('de', text, [
      ['12.000', exact(12000), TROOPS_RU],
      ['6.500', exact(6500), TROOPS_RU],
      ['5.400', exact(5400), TROOPS_RU],
      ['800', exact(800), EQUIPMENT],
      ['600', exact(600), EQUIPMENT],
      ['400', exact(400), EQUIPMENT],
    ]);
    expect(flags.map((f) => f.quantities.map((q) => q.index))).toEqual([[3, 4, 5]]);
  });

  it('names the claimant, date, total and parts when the origin is known (en)', () => {
    const text = 'Washington pledged $9.2 billion, of which 7.1 billion for arms and 3.4 billion for air defence.';
    const quantities = quantitiesIn(text, [
      ['$9.2 billion', exact(9.2e9), AID_US],
      ['7.1 billion', exact(7.1e9), BARE],
      ['3.4 billion', exact(3.4e9), BARE],
    ]);
    const origin = { claimant: 'State Department', referenceDate: new Date('2024-04-22T09:30:00Z') };
    const [flag] = partSumMismatch(text, 'en', quantities, 'c-1', origin);
    expect(flag).toEqual<FlagCandidate>({
      type: 'part_sum_mismatch',
      severity: 'low',
      claimIds: ['c-1'],
      quantities: [0, 1, 2].map((index) => ({ claimId: 'c-1', index })),
      measure: 'aid',
      subject: 'US',
      explanation:
        'State Department said "$9.2 billion" aid (US) on 2024-04-22, but the parts "7.1 billion" and ' +
        '"3.4 billion" add up to more than that total.',
    });
  });

  it('explains a shortfall and lists three parts (de, origin unknown)', () => {
    const text = 'Die Armee meldet 12.000 Soldaten, davon 3.500 Infanteristen, 2.200 Artilleristen und 1.100 Versorgungskräfte.';
    const [flag] = check('de', text, [
      ['12.000', exact(12000), TROOPS_RU],
      ['3.500', exact(3500), TROOPS_RU],
      ['2.200', exact(2200), TROOPS_RU],
      ['1.100', exact(1100), TROOPS_RU],
    ]);
    expect(flag.severity).toBe('medium'); // (11,500 − 6,950) / 11,500
    expect(flag.explanation).toBe(
      'The claim gives "12.000" troops (RU) as a total, but the parts "3.500", "2.200" and "1.100" add up to ' +
        'less than that total, though named as the full breakdown.',
    );
  });

  it('words a single part in the singular', () => {
    const text = 'Bei den Kämpfen starben 5.000 Menschen, davon 6.200 Zivilisten.';
    const [flag] = check('de', text, [['5.000', exact(5000), KILLED], ['6.200', exact(6200), KILLED]]);
    expect(flag.explanation).toBe('The claim gives "5.000" killed as a total, but the part "6.200" is more than that total.');
  });

  it('uses the tolerance from the options', () => {
    const text = 'The aid comes to about 9.2 billion dollars, of which 7.1 billion and 3.4 billion are loans.';
    const spans: Span[] = [['about 9.2 billion dollars', approx(9.2e9), AID_US], ['7.1 billion', exact(7.1e9), BARE], ['3.4 billion', exact(3.4e9), BARE]];
    const quantities = quantitiesIn(text, spans);
    expect(partSumMismatch(text, 'en', quantities, 'c', undefined, DEFAULT_CONSISTENCY_OPTIONS)).toHaveLength(1);
    expect(partSumMismatch(text, 'en', quantities, 'c', undefined, { ...DEFAULT_CONSISTENCY_OPTIONS, approxTolerance: 0.15 })).toEqual([]);
  });
});
