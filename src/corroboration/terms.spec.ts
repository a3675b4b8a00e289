import { allTerms, analyseText, sharedNames, termKind } from './terms.js';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('analyseText', () => {
  it('sorts German terms into entities, numbers and stems, with aliases resolved', () => {
    const a = analyseText('Der Kreml bat Peking um 5.000 Drohnen und 9,2 Milliarden Dollar.', 'de');
    expect(sorted(a.entities)).toEqual(['ent_cn', 'ent_ru']);
    expect(sorted(a.numbers)).toEqual(['5000', '9200000000']);
    expect(sorted(a.stems)).toEqual(['bat', 'dollar', 'drohn']);
  });

  it('gives the English text the same entities and numbers', () => {
    const en = analyseText('Moscow asked Beijing for 5,000 drones and 9.2 billion dollars.', 'en');
    const de = analyseText('Der Kreml bat Peking um 5.000 Drohnen und 9,2 Milliarden Dollar.', 'de');
    expect(en.entities).toEqual(de.entities);
    expect(en.numbers).toEqual(de.numbers);
  });

  it.each([
    ['Russland', 'Moskau', 'Kreml', 'russischen'],
    ['Russia', 'Moscow', 'Kremlin', 'Russian'],
  ])('maps every alias of Russia to one id (%s …)', (...names) => {
    for (const name of names) expect([...analyseText(`${name} erklärte`, 'de').entities]).toEqual(['ent_ru']);
  });

  it.each([
    ['Kiew', 'de'],
    ['Kyiv', 'en'],
    ['Ukraine', 'en'],
  ] as const)('maps %s to Ukraine', (name, lang) => {
    expect([...analyseText(name, lang).entities]).toEqual(['ent_ua']);
  });

  it('keeps the English pronoun "us" out of the entities', () => {
    expect(analyseText('They told us about drones', 'en').entities.size).toBe(0);
  });

  it('drops stopwords, newsroom filler and very short stems', () => {
    expect(analyseText('und der die das sagte er am Montag', 'de')).toMatchObject({ stems: new Set(), entities: new Set() });
    expect(allTerms(analyseText('he said that it was so', 'en')).size).toBe(0);
  });
});

describe('termKind', () => {
  it.each([
    ['ent_ru', 'entity'],
    ['5000', 'number'],
    ['0.5', 'number'],
    ['drohn', 'stem'],
    ['drone', 'stem'],
  ])('%s is a %s', (term, kind) => expect(termKind(term)).toBe(kind));
});

describe('analyseText: spelled numbers and capitalised words', () => {
  it('keeps number words apart from the index terms', () => {
    const en = analyseText('The ship damaged two data cables.', 'en');
    expect([...en.spelledNumbers]).toEqual(['2']);
    expect([...en.numbers]).toEqual([]);
    expect([...analyseText('Das Schiff beschädigte zwei Kabel.', 'de').spelledNumbers]).toEqual(['2']);
  });

  it('names shared across languages: capitalised alike, not opening an English sentence', () => {
    const en = analyseText('Hackers stole data of Nordtel customers in Copenhagen.', 'en');
    expect(en.capitalised.has('hackers')).toBe(false);
    expect(en.capitalised.has('nordtel')).toBe(true);
    const de = analyseText('Hacker stahlen Daten von Nordtel-Kunden in Kopenhagen.', 'de');
    expect(sharedNames(en, de)).toEqual(['nordtel']);
    expect(sharedNames(de, en)).toEqual(['nordtel']);
    expect(sharedNames(en, en)).toBeNull();
  });
});
