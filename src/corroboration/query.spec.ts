import Database from 'better-sqlite3';
import fc from 'fast-check';
import { DEFAULT_QUERY_OPTIONS, FTS5_TOKENIZE, buildMatchQuery, indexTokens, matchQueryFromTerms, salientTerms } from './query.js';

type Lang = 'de' | 'en';

function passageIndex(tokenize: string = FTS5_TOKENIZE) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE passages USING fts5(terms, id UNINDEXED, tokenize = "${tokenize.replace(/"/g, '""')}")`);
  const insert = db.prepare('INSERT INTO passages (terms, id) VALUES (?, ?)');
  const search = db.prepare('SELECT id, bm25(passages) AS rank FROM passages WHERE passages MATCH ? ORDER BY rank');
  return {
    db,
    add: (id: string, text: string, lang: Lang) => insert.run(indexTokens(text, lang), id),
    find: (query: string) => search.all(query) as { id: string; rank: number }[],
  };
}

const CORPUS: [string, string, Lang][] = [
  ['en-request', 'Officials in Washington say Moscow asked Beijing for armed drones and 5,000 tonnes of supplies.', 'en'],
  ['de-denial', 'Peking weist die Berichte über Waffenlieferungen an den Kreml als Desinformation zurück.', 'de'],
  ['en-weather', 'Heavy rain is expected across the north of England over the weekend.', 'en'],
  ['de-sport', 'Der Fußballverein gewann das Pokalspiel am Samstag deutlich.', 'de'],
];

describe('indexTokens', () => {
  it('writes German text as entity ids, canonical numbers and stems', () => {
    expect(indexTokens('Der Kreml bat Peking um 5.000 Drohnen und 0,5 Milliarden.', 'de')).toBe(
      'ent_ru bat ent_cn 5000 drohn 500000000',
    );
  });

  it('writes English text so that it meets the German on entities and numbers', () => {
    const en = indexTokens('Moscow asked Beijing for 5,000 drones.', 'en').split(' ');
    const de = indexTokens('Moskau bat Peking um 5.000 Drohnen.', 'de').split(' ');
    expect(en).toEqual(['ent_ru', 'ask', 'ent_cn', '5000', 'drone']);
    expect(en.filter((t) => de.includes(t))).toEqual(['ent_ru', 'ent_cn', '5000']);
  });

  it('keeps decimals as one token of letters, digits and underscores', () => {
    expect(indexTokens('a share of 0.5 percent', 'en')).toBe('share 0_5 percent');
    expect(indexTokens('ein Anteil von 12,5 Prozent', 'de')).toBe('anteil 12_5 prozent');
  });

  it('yields an empty string for text without content', () => {
    expect(indexTokens('und der die das', 'de')).toBe('');
    expect(indexTokens('— the of and —', 'en')).toBe('');
  });
});

describe('salientTerms and buildMatchQuery', () => {
  it('puts entities and numbers first, then the longest stems (German)', () => {
    expect(salientTerms('Russland hat China um militärische Hilfe und 5.000 Drohnen gebeten', 'de')).toEqual([
      'ent_ru',
      'ent_cn',
      '5000',
      'militar',
      'drohn',
      'gebet',
      'hilf',
    ]);
  });

  it('quotes and OR-s the salient terms (English)', () => {
    expect(buildMatchQuery('The Kremlin denied asking Beijing for weapons', 'en')).toBe(
      '"ent_ru" OR "ent_cn" OR "weapon" OR "deni" OR "ask"',
    );
  });

  it('caps the number of terms', () => {
    const long = 'Raketen Panzer Drohnen Munition Hubschrauber Flugzeuge Granaten Minen Gewehre Helme Zelte Funkgeräte Stiefel Decken';
    expect(salientTerms(long, 'de')).toHaveLength(DEFAULT_QUERY_OPTIONS.maxTerms);
    expect(buildMatchQuery(long, 'de', { ...DEFAULT_QUERY_OPTIONS, maxTerms: 3 })?.split(' OR ')).toHaveLength(3);
  });

  it('drops repeated terms', () => {
    expect(buildMatchQuery('Moskau, Moskau und der Kreml', 'de')).toBe('"ent_ru"');
  });

  it.each([
    ['', 'de'],
    ['und der die das, sagte er am Montag', 'de'],
    ['', 'en'],
    ['he said that it was so on Monday', 'en'],
    ['"*" OR AND NOT ( ) : ^ -', 'en'],
  ] as const)('returns null when nothing is salient: %j (%s)', (text, lang) => {
    expect(buildMatchQuery(text, lang)).toBeNull();
  });

  it('turns FTS5 operators written in a claim into quoted words', () => {
    expect(buildMatchQuery('NEAR the border', 'en')).toBe('"border" OR "near"');
  });

  it('escapes quotes in hand-made term lists', () => {
    expect(matchQueryFromTerms(['say "no"', ''])).toBe('"say ""no"""');
    expect(matchQueryFromTerms([])).toBeNull();
  });
});

describe('retrieval against a real FTS5 table', () => {
  const index = passageIndex();
  for (const [id, text, lang] of CORPUS) index.add(id, text, lang);

  it('finds English passages for a German claim through entities and numbers', () => {
    const query = buildMatchQuery('Russland hat China um 5.000 Tonnen Nachschub gebeten', 'de');
    const ids = index.find(query!).map((r) => r.id);
    expect(ids[0]).toBe('en-request');
    expect(ids).toContain('de-denial');
    expect(ids).not.toContain('en-weather');
    expect(ids).not.toContain('de-sport');
  });

  it('finds German passages for an English claim', () => {
    const ids = index.find(buildMatchQuery('Beijing called reports of arms deliveries to the Kremlin disinformation', 'en')!).map((r) => r.id);
    expect(ids).toContain('de-denial');
    expect(ids).not.toContain('en-weather');
  });

  it('matches nothing unrelated', () => {
    expect(index.find(buildMatchQuery('Die Zentralbank senkt den Leitzins', 'de')!)).toEqual([]);
    expect(index.find(buildMatchQuery('The central bank cut interest rates', 'en')!)).toEqual([]);
  });

  it('still finds entity ids with the default tokenizer, which splits them at "_"', () => {
    const plain = passageIndex('unicode61');
    for (const [id, text, lang] of CORPUS) plain.add(id, text, lang);
    expect(plain.find(buildMatchQuery('Der Kreml', 'de')!).map((r) => r.id)).toEqual(
      expect.arrayContaining(['en-request', 'de-denial']),
    );
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.array(
      fc.constantFrom('"', "'", '*', '^', ':', '(', ')', '-', '+', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', '{', '}', ',', 'Kreml', 'ent_ru', '5.000', '0,5', 'Moscow', 'über', 'ß', '\u0000', '\u00ad', '🙂', '0x', '_'),
      { maxLength: 30 },
    ).map((parts) => parts.join(' ')),
  );

  it('never produces FTS5 syntax errors, whatever the claim (property)', () => {
    for (const tokenize of [FTS5_TOKENIZE, 'unicode61', 'porter unicode61', 'trigram']) {
      const table = passageIndex(tokenize);
      for (const [id, text, lang] of CORPUS) table.add(id, text, lang);
      fc.assert(
        fc.property(anyText, fc.constantFrom<Lang>('de', 'en'), (claim, lang) => {
          const query = buildMatchQuery(claim, lang);
          if (query === null) return;
          expect(() => table.find(query)).not.toThrow();
        }),
        { numRuns: 300 },
      );
    }
  });

  it('indexes any text without error and finds each passage by its own first salient term (property)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Lang>('de', 'en'), (text, lang) => {
        const table = passageIndex();
        table.add('p', text, lang);
        const query = buildMatchQuery(text, lang);
        if (query === null) return;
        expect(table.find(query).map((r) => r.id)).toEqual(['p']);
      }),
      { numRuns: 200 },
    );
  });
});
