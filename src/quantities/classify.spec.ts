import { extractQuantities } from './index.js';
import type { Language } from './quantity.js';

function only(language: Language, text: string, claimantCountry: string | null = null) {
  const qs = extractQuantities(text, { language, claimantCountry });
  expect(qs).toHaveLength(1);
  return qs[0];
}

describe('measure from the words around the number', () => {
  const rows: Array<[Language, string, string | null]> = [
    ['de', 'Dabei wurden 300 Menschen getötet.', 'killed'],
    ['de', 'Am Ende gab es 40 Tote.', 'killed'],
    ['de', 'Nach Angaben des Stabs sind 12 Soldaten gefallen.', 'killed'],
    ['de', 'Die Zahl der Anträge ist auf 300 gefallen.', null],
    ['de', 'Mehr als 200 Menschen wurden verletzt.', 'wounded'],
    ['de', 'Die Brigade meldete 5.000 Verwundete.', 'wounded'],
    ['de', 'Insgesamt wurden 500 Menschen getötet oder verletzt.', 'casualties'],
    ['de', 'Die Behörden zählten 900 Opfer.', 'casualties'],
    ['de', 'Die Verluste beliefen sich auf 1.200 Mann.', 'casualties'],
    ['de', 'Die Armee hat 15.000 Soldaten verloren.', 'casualties'],
    ['de', 'Die Mannschaft hat 15 Spiele verloren.', null],
    ['de', 'An der Grenze stehen 20.000 Soldaten.', 'troops'],
    ['de', 'Die Regierung rief 300.000 Reservisten ein.', 'troops'],
    ['de', 'Zugesagt sind 61 Milliarden Dollar Militärhilfe.', 'aid'],
    ['de', 'Das Hilfspaket umfasst 5 Mrd. Euro.', 'aid'],
    ['de', 'Die Firma verlor 5 Mrd. Euro.', null],
    ['de', 'Etwa 30 Prozent der Bevölkerung sind betroffen.', 'share'],
    ['de', 'Die Teuerung lag bei 30 Prozent.', null],
    ['de', 'Geliefert wurden 300 Kampfpanzer.', 'equipment'],
    ['de', 'Die Einheit verlor 200 Drohnen.', 'equipment'],
    ['de', 'Das Gebäude hat 12 Stockwerke.', null],
    ['en', 'In the blast 300 people were killed.', 'killed'],
    ['en', 'The shelling left 40 dead.', 'killed'],
    ['en', 'Roughly 12 fallen soldiers were buried.', 'killed'],
    ['en', 'The index has fallen to 300.', null],
    ['en', 'More than 200 people were injured.', 'wounded'],
    ['en', 'The brigade reported 5,000 wounded.', 'wounded'],
    ['en', 'In total 500 people were killed or wounded.', 'casualties'],
    ['en', 'Officials counted 900 casualties.', 'casualties'],
    ['en', 'The army has lost 15,000 soldiers.', 'casualties'],
    ['en', 'The team has lost 15 games.', null],
    ['en', 'There are 20,000 troops at the border.', 'troops'],
    ['en', 'The government called up 300,000 reservists.', 'troops'],
    ['en', 'Congress approved $61 billion in military aid.', 'aid'],
    ['en', 'The package is worth €5bn.', 'aid'],
    ['en', 'The company lost €5bn.', null],
    ['en', 'About 30 percent of the population is affected.', 'share'],
    ['en', 'Inflation reached 30 percent.', null],
    ['en', 'They delivered 300 tanks.', 'equipment'],
    ['en', 'The unit lost 200 drones.', 'equipment'],
    ['en', 'The building has 12 floors.', null],
  ];
  it.each(rows)('%s: %s → %s', (language, text, measure) => expect(only(language, text).measure).toBe(measure));
});

describe('subject from nationality adjectives and country names', () => {
  const rows: Array<[Language, string, string | null]> = [
    ['de', 'Getötet wurden zwischen 5.000 und 9.000 russische Soldaten.', 'RU'],
    ['de', 'Es kämpfen 5.000 ukrainische Soldaten.', 'UA'],
    ['de', 'Nordkorea schickte 11.000 Soldaten.', 'KP'],
    ['de', 'Es sind 11.000 nordkoreanische Soldaten.', 'KP'],
    ['de', 'Die USA sagten 61 Milliarden Dollar zu.', 'US'],
    ['de', 'Es wurden 200 chinesische Drohnen gesichtet.', 'CN'],
    ['de', 'Russlands Verluste liegen bei 100.000.', 'RU'],
    ['de', 'Kiew meldet, Russland habe 1.000 Soldaten verloren.', 'RU'],
    ['de', 'Die Ukraine tötete 1.000 Soldaten.', null],
    ['de', 'Hilfe für die Ukraine: 5 Mrd. Euro.', null],
    ['de', 'Es fielen 5.000 russische und ukrainische Soldaten.', null],
    ['de', 'Russland und die Ukraine verloren je 5.000 Soldaten.', null],
    ['de', 'Es sind 5.000 Soldaten aus Nordkorea.', 'KP'],
    ['de', 'Bei dem Unglück starben 300 Menschen.', null],
    ['en', 'Kyiv says more than 13,500 Russian troops died.', 'RU'],
    ['en', 'Officials said 2,000 Ukrainian soldiers were wounded.', 'UA'],
    ['en', 'North Korea sent 11,000 troops.', 'KP'],
    ['en', 'There are 11,000 North Korean soldiers.', 'KP'],
    ['en', 'The US approved $61 billion.', 'US'],
    ["en", "Russia's losses reached 100,000.", 'RU'],
    ['en', 'Kyiv says Russia lost 1,000 soldiers.', 'RU'],
    ['en', 'Ukraine killed 1,000 soldiers.', null],
    ['en', 'Aid to Ukraine reached $5bn.', null],
    ['en', 'Some 5,000 Russian and Ukrainian soldiers fell.', null],
    ['en', 'There are 5,000 soldiers from North Korea.', 'KP'],
    ['en', 'In the accident 300 people died.', null],
  ];
  it.each(rows)('%s: %s → %s', (language, text, subject) => expect(only(language, text).subject).toBe(subject));

  it('"its own soldiers" / "eigene Soldaten" is the claimant country, and unknown without one', () => {
    expect(only('en', 'The army admitted losing 3,000 of its own soldiers.', 'RU').subject).toBe('RU');
    expect(only('en', 'The army admitted losing 3,000 of its own soldiers.').subject).toBeNull();
    expect(only('de', 'Die Armee räumte ein, 3.000 eigene Soldaten verloren zu haben.', 'UA').subject).toBe('UA');
    expect(only('de', 'Die Armee räumte ein, 3.000 eigene Soldaten verloren zu haben.').subject).toBeNull();
  });

  it('takes the counted noun right after the number first (de, en)', () => {
    const de = extractQuantities('In den letzten 24 Stunden wurden 300 Soldaten getötet.', { language: 'de' });
    expect(de.map((q) => [q.text, q.measure])).toEqual([['24', null], ['300', 'killed']]);
    const en = extractQuantities('In the past 24 hours 300 soldiers were killed.', { language: 'en' });
    expect(en.map((q) => [q.text, q.measure])).toEqual([['24', null], ['300', 'killed']]);
    const list = extractQuantities('Es gab 12 Tote, 34 Verletzte und 5 Vermisste.', { language: 'de' });
    expect(list.map((q) => q.measure)).toEqual(['killed', 'wounded', null]);
  });

  it('labels every quantity of a sentence on its own', () => {
    const qs = extractQuantities('Russland verlor 5.000 Soldaten und 200 Panzer, die Ukraine 300 Drohnen.', { language: 'de' });
    expect(qs.map((q) => [q.text, q.measure])).toEqual([
      ['5.000', 'casualties'],
      ['200', 'equipment'],
      ['300', 'equipment'],
    ]);
  });
});
