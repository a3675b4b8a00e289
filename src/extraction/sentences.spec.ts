import { splitSentences, type Sentence } from './sentences.js';

const body = (text: string): string[] => splitSentences(text).filter((s) => s.kind === 'body').map((s) => s.text);
const kinds = (text: string): Array<[string, Sentence['kind']]> => splitSentences(text).map((s) => [s.text, s.kind]);

describe('splitSentences: sentence boundaries', () => {
  it.each([
    // German: thousands separators, decimals, abbreviations, ordinals
    ['Die Armee verlor 5.000 Soldaten. Das sagte der Minister.', ['Die Armee verlor 5.000 Soldaten.', 'Das sagte der Minister.']],
    ['Es fehlen 9,2 Mrd. Euro im Haushalt. Der Rest folgt.', ['Es fehlen 9,2 Mrd. Euro im Haushalt.', 'Der Rest folgt.']],
    ['Dr. Anna Weber warnte z. B. vor Engpässen. Sie blieb vage.', ['Dr. Anna Weber warnte z. B. vor Engpässen.', 'Sie blieb vage.']],
    ['Das Treffen fand am 18. Februar statt. Danach herrschte Funkstille.', ['Das Treffen fand am 18. Februar statt.', 'Danach herrschte Funkstille.']],
    ['Es kamen ca. 300 Menschen. Laut Nr. 4 der Liste waren es mehr.', ['Es kamen ca. 300 Menschen.', 'Laut Nr. 4 der Liste waren es mehr.']],
    ['Im Jahr 2022. Danach nicht mehr.', ['Im Jahr 2022.', 'Danach nicht mehr.']],
    // English: decimals, thousands, U.S., initials, titles
    ['The U.S. Army lost 1,200 vehicles. Officials said so.', ['The U.S. Army lost 1,200 vehicles.', 'Officials said so.']],
    ['Aid reached 9.2 billion dollars. The U.S. paid most of it.', ['Aid reached 9.2 billion dollars.', 'The U.S. paid most of it.']],
    ['Sanctions hit the U.S. The talks stalled.', ['Sanctions hit the U.S.', 'The talks stalled.']],
    ['Mr. Smith met John F. Kennedy Jr. in 1962. Nobody knew.', ['Mr. Smith met John F. Kennedy Jr. in 1962.', 'Nobody knew.']],
    ['Is this true? Nobody knows! Maybe.', ['Is this true?', 'Nobody knows!', 'Maybe.']],
  ])('%s', (text, expected) => expect(body(text)).toEqual(expected));
});

describe('splitSentences: quotations', () => {
  it.each([
    ['„Wir liefern nichts. Das ist klar“, sagte sie. Danach ging sie.', ['„Wir liefern nichts. Das ist klar“, sagte sie.', 'Danach ging sie.']],
    ['»Das stimmt nicht. Punkt.« Mehr sagte er nicht.', ['»Das stimmt nicht. Punkt.«', 'Mehr sagte er nicht.']],
    ['„Nein.“ Mehr war nicht zu hören.', ['„Nein.“', 'Mehr war nicht zu hören.']],
    ['"We sent nothing. Nothing at all," he said. Then he left.', ['"We sent nothing. Nothing at all," he said.', 'Then he left.']],
    ['“This is false. Completely,” she said. The end.', ['“This is false. Completely,” she said.', 'The end.']],
    ['He said: "No." The room went quiet.', ['He said: "No."', 'The room went quiet.']],
  ])('%s', (text, expected) => expect(body(text)).toEqual(expected));

  it('an unbalanced quotation stops shielding full stops after the limit', () => {
    const text = `„${'Wort '.repeat(150)}Ende. Neuer Satz beginnt hier.`;
    expect(body(text).length).toBe(2);
  });
});

describe('splitSentences: offsets', () => {
  it('slices of the original text equal the sentence text', () => {
    const text = 'Titel ohne Punkt\n\n  Erster Satz hier.  Zweiter „Satz. Mit Zitat“, sagte er.\nDritter Satz.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.start)).toEqual([0, 20, 39, 76]);
  });

  it('joins a hard-wrapped paragraph', () => {
    expect(body('Die Regierung teilte am Montag\nmit, dass alles gut sei.')).toEqual(['Die Regierung teilte am Montag\nmit, dass alles gut sei.']);
  });
});

describe('splitSentences: headlines and furniture', () => {
  it.each([
    // German page furniture
    ['Siehe auch  Die EU streitet über Hilfen', 'furniture'],
    ['Lesen Sie auch: Was der Gipfel brachte', 'furniture'],
    ['Foto: Max Muster/dpa', 'furniture'],
    ['Außenministerin Berg in Genf.Foto: AFP via Getty Images', 'furniture'],
    ['02:21', 'furniture'],
    ['30', 'furniture'],
    ['>>>>', 'furniture'],
    ['Im Vollbildmodus öffnen', 'furniture'],
    ['Finden Sie alle Nachrichten aus Ihrer Region an einem Ort', 'furniture'],
    ['Bitte akzeptieren Sie die Cookies, um den Inhalt zu sehen.', 'furniture'],
    ['Startseite Politik Ausland Ein langer Titel über den Gipfel...', 'furniture'],
    ['Von Jana Kraus und Tim Roth', 'furniture'],
    ['Petra Lang und Ole Kern haben zu diesem Bericht beigetragen.', 'furniture'],
    ['12. März 2024', 'furniture'],
    ['Tagesblatt12. März 2024', 'furniture'],
    ['(dpa/afp)', 'furniture'],
    // English page furniture
    ['See also: Leaders meet in Brussels', 'furniture'],
    ['Read more', 'furniture'],
    ['Photo: Jane Roe/Reuters', 'furniture'],
    ['Open in full screen', 'furniture'],
    ['By Jane Roe and Sam Poe', 'furniture'],
    ['Sam Poe contributed reporting to this article.', 'furniture'],
    ['April 20, 2024', 'furniture'],
    ['Please enter your comment!', 'furniture'],
    ['Home News Leaders agree on a plan to expand...', 'furniture'],
    ['PREV Storm hits the coast', 'furniture'],
    // headlines
    ['Russland bittet China um Hilfe', 'headline'],
    ['Kremlin denies asking Beijing for drones', 'headline'],
    // body text that only looks a bit like furniture
    ['Von den 300 Soldaten kehrten 120 zurück.', 'body'],
    ['By Monday, the army had lost 40 tanks.', 'body'],
    ['Quellen zufolge wurden 12 Drohnen geliefert.', 'body'],
    ['Sources said 12 drones were delivered.', 'body'],
  ])('%s → %s', (line, kind) => {
    expect(splitSentences(line).map((s) => s.kind)).toEqual([kind]);
  });

  it('everything after a comment heading is furniture', () => {
    const text = 'Der Minister sagte, es gebe keine Pläne.\n\nKommentare\n\nLiebe Leser, danke für Ihre Beiträge.\nEin Leser schrieb, das sei falsch.';
    expect(kinds(text).map(([, k]) => k)).toEqual(['body', 'furniture', 'furniture', 'furniture']);
    const en = 'The minister said there were no plans.\n\nLEAVE A REPLY\n\nOne reader said it was all false.';
    expect(kinds(en).map(([, k]) => k)).toEqual(['body', 'furniture', 'furniture']);
  });

  it('a headline printed twice is furniture the second time', () => {
    const text = 'Kreml bestreitet Bericht\n\nKreml bestreitet Bericht\n\nDer Kreml bestritt den Bericht.';
    expect(splitSentences(text).map((s) => [s.kind, s.reason ?? null])).toEqual([
      ['headline', null],
      ['furniture', 'duplicate'],
      ['body', null],
    ]);
  });

  it('yields nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n\n   \n')).toEqual([]);
  });
});

describe('splitSentences: a wire dateline is no part of the first sentence', () => {
  it.each([
    ['TALLINN, 5. März 2026 (Ostsee-Kurier) – Drei Datenkabel sind beschädigt worden. Die Marine ermittelt.', ['Drei Datenkabel sind beschädigt worden.', 'Die Marine ermittelt.']],
    ['MINSK/WARSCHAU, 10. September 2026 – Belarus weist die Vorwürfe zurück.', ['Belarus weist die Vorwürfe zurück.']],
    ['SANAA, April 23, 2026 – Die Huthi sagen, sie hätten drei Raketen abgefeuert.', ['Die Huthi sagen, sie hätten drei Raketen abgefeuert.']],
    ['WASHINGTON, April 20, 2024 (Harbor Ledger) — The tanker was hit by a missile. All crew are safe.', ['The tanker was hit by a missile.', 'All crew are safe.']],
    ['Vienna, August 6, 2026 - Floods caused damage of about 450 million euros.', ['Floods caused damage of about 450 million euros.']],
  ])('%s', (text, expected) => expect(body(text)).toEqual(expected));

  it.each([
    ['Berlin, die Hauptstadt, meldete im März 2026 – wie erwartet – mehr Gäste.'],
    ['Paris, in spring 2026 - a record year - saw more visitors than ever.'],
  ])('a place and a date in running text stay: %s', (text) => expect(body(text)).toEqual([text]));
});
