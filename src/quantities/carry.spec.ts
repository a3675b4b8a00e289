import { carryUnits } from './carry.js';
import { extractQuantities } from './index.js';
import { matchQuantities } from './parse.js';
import type { Language } from './quantity.js';

/** [text, unit] of every quantity found, in order. */
function units(language: Language, text: string): Array<[string, string]> {
  return extractQuantities(text, { language }).map((q) => [q.text, q.unit]);
}

type Row = [Language, string, Array<[string, string]>];

function check(rows: Row[]): void {
  it.each(rows)('%s: %s', (language, text, expected) => {
    expect(units(language, text)).toEqual(expected);
  });
}

describe('a currency named once carries to the parts that follow', () => {
  describe('"davon", "darunter", "of which", "including"', () => {
    check([
      ['de', 'Zugesagt sind 4,2 Mrd. Dollar, davon 3 Mrd. für Waffen.', [['4,2 Mrd. Dollar', 'USD'], ['3 Mrd.', 'USD']]],
      ['de', 'Es geht um rund 9,2 Milliarden Dollar, davon 7,1 Milliarden für Waffen.', [['rund 9,2 Milliarden Dollar', 'USD'], ['7,1 Milliarden', 'USD']]],
      ['de', 'Die EU stellt 6 Mrd. Euro bereit, darunter 2 Mrd. als Kredit.', [['6 Mrd. Euro', 'EUR'], ['2 Mrd.', 'EUR']]],
      ['de', 'Berlin sagte 5 Millionen Euro zu, davon gehen rund 2 Millionen an Schulen.', [['5 Millionen Euro', 'EUR'], ['rund 2 Millionen', 'EUR']]],
      ['en', 'The package is worth $4.2 billion, of which 3 billion is for weapons.', [['$4.2 billion', 'USD'], ['3 billion', 'USD']]],
      ['en', 'Brussels pledged 6 billion euros, including 2 billion in loans.', [['6 billion euros', 'EUR'], ['2 billion', 'EUR']]],
      ['en', 'They raised £5 million in grants, of which about 2 million went to schools.', [['£5 million', 'GBP'], ['about 2 million', 'GBP']]],
      ['en', 'The fund holds €900 million incl. 300 million in bonds.', [['€900 million', 'EUR'], ['300 million', 'EUR']]],
    ]);
  });

  describe('lists', () => {
    check([
      ['de', 'Die Tranchen betrugen 3 Mrd. Dollar, 2 Mrd. und 1 Mrd.', [['3 Mrd. Dollar', 'USD'], ['2 Mrd.', 'USD'], ['1 Mrd.', 'USD']]],
      ['de', 'Geplant sind 3 Mrd. Euro für Panzer, 2 Mrd. für Munition und 1 Mrd. für Treibstoff.', [['3 Mrd. Euro', 'EUR'], ['2 Mrd.', 'EUR'], ['1 Mrd.', 'EUR']]],
      ['de', 'Die USA gaben 3 Mrd. Dollar und Deutschland 2 Mrd.', [['3 Mrd. Dollar', 'USD'], ['2 Mrd.', 'USD']]],
      ['de', 'Gemeint sind 3 Mrd. Euro bzw. 2 Mrd. nach Abzug der Kredite.', [['3 Mrd. Euro', 'EUR'], ['2 Mrd.', 'EUR']]],
      ['en', 'The tranches were $3 billion, 2 billion and 1 billion.', [['$3 billion', 'USD'], ['2 billion', 'USD'], ['1 billion', 'USD']]],
      ['en', 'The plan sets aside $3 billion for tanks, 2 billion for shells and 1 billion for fuel.', [['$3 billion', 'USD'], ['2 billion', 'USD'], ['1 billion', 'USD']]],
      ['en', 'Washington gave $3 billion, Germany 2 billion.', [['$3 billion', 'USD'], ['2 billion', 'USD']]],
    ]);
  });

  describe('ranges and changes whose first end names the unit', () => {
    check([
      ['de', 'Es waren 5 Milliarden Euro bis 7 Milliarden.', [['5 Milliarden Euro bis 7 Milliarden', 'EUR']]],
      ['de', 'Die Hilfe stieg von 5 Mrd. Euro auf 7 Mrd.', [['5 Mrd. Euro', 'EUR'], ['7 Mrd.', 'EUR']]],
      ['en', 'It will cost between $5 billion and 7 billion.', [['between $5 billion and 7 billion', 'USD']]],
      ['en', 'Spending rose from $5 billion to 7 billion.', [['$5 billion', 'USD'], ['7 billion', 'USD']]],
    ]);
  });

  describe('a part of a percentage is a percentage', () => {
    check([
      ['de', 'Die Quote lag bei 12 Prozent, davon 4 bei den Jüngeren.', [['12 Prozent', 'percent'], ['4', 'percent']]],
      ['en', 'Turnout was 12 percent, of which 4 among the young.', [['12 percent', 'percent'], ['4', 'percent']]],
    ]);
  });
});

describe('what a named currency does not carry to', () => {
  describe('the next sentence', () => {
    check([
      ['de', 'Zugesagt sind 4 Mrd. Dollar. Davon 3 Mrd. kamen an.', [['4 Mrd. Dollar', 'USD'], ['3 Mrd.', 'count']]],
      ['de', 'Die Tranche betrug 3 Mrd. Dollar; 2 Mrd. folgen.', [['3 Mrd. Dollar', 'USD'], ['2 Mrd.', 'count']]],
      ['en', 'They pledged $4 billion. Of which 3 billion arrived.', [['$4 billion', 'USD'], ['3 billion', 'count']]],
      ['en', 'The first tranche was $3 billion! 2 billion more followed.', [['$3 billion', 'USD'], ['2 billion', 'count']]],
    ]);
  });

  describe('a number with its own unit, a percentage', () => {
    check([
      ['de', 'Es sind 4 Mrd. Dollar, davon 3 Mrd. Euro aus Europa.', [['4 Mrd. Dollar', 'USD'], ['3 Mrd. Euro', 'EUR']]],
      ['de', 'Es sind 4 Mrd. Dollar, davon 30 Prozent für Munition.', [['4 Mrd. Dollar', 'USD'], ['30 Prozent', 'percent']]],
      ['en', 'It is $4 billion, of which 3 billion euros from Europe.', [['$4 billion', 'USD'], ['3 billion euros', 'EUR']]],
      ['en', 'It is $4 billion, of which 30 percent for ammunition.', [['$4 billion', 'USD'], ['30 percent', 'percent']]],
    ]);
  });

  describe('a count of people or things', () => {
    check([
      ['de', 'Es fließen 5 Milliarden Dollar für 3 Millionen Menschen.', [['5 Milliarden Dollar', 'USD'], ['3 Millionen', 'count']]],
      ['de', 'Die Hilfe von 5 Mrd. Dollar, darunter 300 Panzer, kam an.', [['5 Mrd. Dollar', 'USD'], ['300', 'count']]],
      ['de', 'Sie gaben 5 Mrd. Euro, davon profitieren 2 Millionen Impfdosen.', [['5 Mrd. Euro', 'EUR'], ['2 Millionen', 'count']]],
      ['en', 'It sends $5 billion for 3 million people.', [['$5 billion', 'USD'], ['3 million', 'count']]],
      ['en', 'The $5 billion package, including 300 tanks, arrived.', [['$5 billion', 'USD'], ['300', 'count']]],
      ['en', 'They gave $5 billion, including 2 million doses.', [['$5 billion', 'USD'], ['2 million', 'count']]],
    ]);
  });

  describe('a year', () => {
    check([
      ['de', 'Es flossen 3 Mrd. Euro, davon 2023 allein 1 Mrd.', [['3 Mrd. Euro', 'EUR'], ['1 Mrd.', 'count']]],
      ['en', 'They spent $3 billion, including 1 billion in 2023.', [['$3 billion', 'USD'], ['1 billion', 'USD']]],
    ]);
  });

  describe('a new clause that names a different measure', () => {
    check([
      ['de', 'Die Hilfe betrug 4 Mrd. Dollar, und 3 Millionen Menschen flohen.', [['4 Mrd. Dollar', 'USD'], ['3 Millionen', 'count']]],
      ['de', 'Berlin gab 4 Mrd. Euro und 2 Mio. wurden als Soldaten eingezogen.', [['4 Mrd. Euro', 'EUR'], ['2 Mio.', 'count']]],
      ['en', 'Aid reached $4 billion, and 3 million were killed or wounded.', [['$4 billion', 'USD'], ['3 million', 'count']]],
      ['en', 'Aid reached $4 billion, and 2 million of those were soldiers.', [['$4 billion', 'USD'], ['2 million', 'count']]],
    ]);
  });

  describe('a figure whose scale was left out too', () => {
    check([
      ['de', 'Es sind 4 Mrd. Dollar, davon 3 für Waffen.', [['4 Mrd. Dollar', 'USD'], ['3', 'count']]],
      ['en', 'It is $4 billion, of which 3 for weapons.', [['$4 billion', 'USD'], ['3', 'count']]],
    ]);
  });

  describe('figures without an explicit link', () => {
    check([
      ['de', 'Der Etat von 4 Mrd. Dollar wurde 2 Mal erhöht.', [['4 Mrd. Dollar', 'USD'], ['2', 'count']]],
      ['en', 'The $4 billion budget grew after 2 votes.', [['$4 billion', 'USD'], ['2', 'count']]],
    ]);
  });
});

describe('carryUnits', () => {
  it('returns the very same matches when nothing carries', () => {
    const { doc, matches } = matchQuantities('Es sind 5.000 Soldaten und 3 Panzer.', 'de');
    expect(carryUnits(doc, matches, 'de')).toBe(matches);
  });

  it('carries the unit and its kind, and leaves value and span as written', () => {
    const { doc, matches } = matchQuantities('$4 billion, of which 3 billion for arms', 'en');
    const [, part] = carryUnits(doc, matches, 'en');
    expect(part).toMatchObject({ unitKind: 'currency', quantity: { text: '3 billion', unit: 'USD', min: 3e9, max: 3e9, start: 21 } });
    expect(matches[1].quantity.unit).toBe('count');
  });
});

describe('a breakdown after a colon, a partitive after a semicolon', () => {
  check([
    ['de', 'Das Land gibt 2,5 Mio. Euro aus: 1,5 Mio. für Schulen und 1 Mio. für Straßen.', [['2,5 Mio. Euro', 'EUR'], ['1,5 Mio.', 'EUR'], ['1 Mio.', 'EUR']]],
    ['de', 'Der Fonds umfasst 40 Mrd. Euro; davon flossen 12 Mrd. in Kredite.', [['40 Mrd. Euro', 'EUR'], ['12 Mrd.', 'EUR']]],
    ['en', 'The state spends $2.5 million: 1.5 million on schools and 1 million on roads.', [['$2.5 million', 'USD'], ['1.5 million', 'USD'], ['1 million', 'USD']]],
    ['en', 'The fund holds 40 billion euros; of which 12 billion went into loans.', [['40 billion euros', 'EUR'], ['12 billion', 'EUR']]],
    // a colon that opens a figure with its own noun, and a semicolon without a partitive, stay as they were
    ['de', 'Kosten: 5 Euro. Geliefert: 3 Kisten.', [['5 Euro', 'EUR'], ['3', 'count']]],
    ['en', 'The fund holds $40 billion; 12 billion people live in the region.', [['$40 billion', 'USD'], ['12 billion', 'count']]],
  ]);
});

describe('the parts of a physical measurement are measurements too, not counts', () => {
  check([
    ['de', 'Geliefert wurden 120 Tonnen, davon 80 per Schiff und 40 per Bahn.', []],
    ['de', 'Die Leitung ist 300 Kilometer lang, davon 120 in Polen. Dort leben 120 Menschen.', [['120', 'count']]],
    ['en', 'The convoy carried 120 tonnes, of which 80 by ship and 40 by rail.', []],
    ['en', 'The pipeline runs 300 kilometres, of which 120 in Poland. Some 120 people live there.', [['Some 120', 'count']]],
  ]);
});
