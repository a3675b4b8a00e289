import type { Db } from '../database/db.js';
import { loadSettings } from '../config/settings.js';
import { bm25Document, bm25Idf, bm25Rank, fts5Totals, readSqliteVarint } from './bm25.js';
import { foldIndexTerm, indexTokens, matchQueryFromTerms, salientTerms } from './query.js';
import { SourceIndex } from './source-index.js';
import { migratedMemoryDb } from '../../test/support/migrated-memory-db.js';

describe('BM25 as FTS5 ranks', () => {
  const stats = (rows: number, tokens: number, docs: Record<string, number>) => ({ rows, tokens, docs: (t: string) => docs[t] ?? 0 });

  it('ranks a row holding a rarer term, or holding it more often, better (lower), and a row without any term not at all', () => {
    const s = stats(100, 1000, { ent_ru: 60, brucke: 3, soldaten: 10 });
    const rare = bm25Document('brucke repariert', (t) => t);
    const common = bm25Document('ent_ru repariert', (t) => t);
    expect(bm25Rank(['brucke', 'ent_ru'], rare, s)!).toBeLessThan(bm25Rank(['brucke', 'ent_ru'], common, s)!);
    const twice = bm25Document('soldaten verletzt soldaten', (t) => t);
    const once = bm25Document('soldaten verletzt gestern', (t) => t);
    expect(bm25Rank(['soldaten'], twice, s)!).toBeLessThan(bm25Rank(['soldaten'], once, s)!);
    expect(bm25Rank(['tanks'], once, s)).toBeNull();
  });

  it('gives a term held by most rows a tiny positive weight, as FTS5 does, never a negative one', () => {
    expect(bm25Idf(10, 9)).toBe(1e-6);
    expect(bm25Idf(10, 1)).toBeCloseTo(Math.log(9.5 / 1.5), 12);
  });

  it("reads a row's terms folded and counts its length in tokens", () => {
    const doc = bm25Document('Brücke ent_ua Brucke 18', foldIndexTerm);
    expect(doc.length).toBe(4);
    expect(doc.counts.get('brucke')).toBe(2);
  });

  it('decodes SQLite varints of one to nine bytes', () => {
    expect(readSqliteVarint(Uint8Array.from([0x05]), 0)).toEqual({ value: 5, next: 1 });
    expect(readSqliteVarint(Uint8Array.from([0x81, 0x00]), 0)).toEqual({ value: 128, next: 2 });
    expect(readSqliteVarint(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 0).next).toBe(9);
    expect(() => readSqliteVarint(Uint8Array.from([0x81]), 0)).toThrow(/truncated/);
  });

  describe('on a real index (the same scores FTS5 gives)', () => {
    const settings = loadSettings({ NODE_ENV: 'test' });
    let db: Db;
    let index: SourceIndex;
    let n = 0;

    const ingest = (text: string, language: 'de' | 'en') => {
      const id = `s-${++n}`;
      const prepared = index.prepare(text, language);
      db.write(() => {
        db.run(
          `INSERT INTO sources (id, publisher, language, text, content_hash, origin_id, created_at) VALUES (?, 'p', ?, ?, ?, ?, '2024-01-01T00:00:00Z')`,
          id, language, text, `hash-${id}`, id,
        );
        index.store(id, prepared);
      });
    };

    beforeAll(async () => {
      db = await migratedMemoryDb();
      index = new SourceIndex(db, settings);
      ingest('Das Verteidigungsministerium in Kiew meldete am Dienstag, 14 Brücken im Süden seien zerstört worden. Russland bestreitet Angriffe auf zivile Ziele. Die Reparatur der Brücken soll Monate dauern.', 'de');
      ingest('Officials in Kyiv said on Tuesday that 14 bridges in the south had been destroyed. Moscow denied striking civilian targets. Repairing the bridges will take months, engineers said.', 'en');
      ingest('Der Kreml erklärte, man habe keine militärische Hilfe aus Peking erbeten. Peking sprach von Neutralität. Beobachter zweifeln an beiden Darstellungen.', 'de');
      ingest('The Kremlin said it had not asked Beijing for military aid. China described its position as neutral. Analysts doubted both accounts of the talks.', 'en');
      ingest('Grain exports through the Black Sea ports rose to 3 million tonnes in May, the ministry said. Shipping insurers raised premiums after two vessels were hit.', 'en');
      ingest('Über die Häfen am Schwarzen Meer wurden im Mai 3 Millionen Tonnen Getreide ausgeführt. Versicherer erhöhten die Prämien, nachdem zwei Schiffe getroffen worden waren.', 'de');
    });

    const claims: Array<[string, 'de' | 'en']> = [
      ['Russland hat China um militärische Hilfe gebeten.', 'de'],
      ['Russia asked China for military help.', 'en'],
      ['14 Brücken im Süden der Ukraine wurden zerstört.', 'de'],
      ['Three million tonnes of grain left the Black Sea ports in May.', 'en'],
    ];

    it.each(claims)('%s', (text, language) => {
      const record = db.get<{ block: Buffer }>('SELECT block FROM passages_fts_data WHERE id = 1')!.block;
      const totals = fts5Totals(record);
      const docs = (term: string) => db.get<{ doc: number }>('SELECT doc FROM passages_vocab WHERE term = ?', term)?.doc ?? 0;
      const terms = salientTerms(text, language);
      const match = matchQueryFromTerms(terms)!;
      const ranked = db.all<{ rowid: number; rank: number }>('SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank', match);
      expect(ranked.length).toBeGreaterThan(1);
      const texts = new Map(db.all<{ id: number; text: string; language: string }>('SELECT p.id, p.text, s.language FROM passages p JOIN sources s ON s.id = p.source_id').map((p) => [p.id, p]));
      // not de-duplicated: two query terms that fold alike are two phrases to FTS5, and count twice
      const folded = terms.map(foldIndexTerm);
      const all = db.all<{ id: number }>('SELECT id FROM passages');
      for (const { id } of all) {
        const passage = texts.get(id)!;
        const doc = bm25Document(indexTokens(passage.text, passage.language as 'de' | 'en'), foldIndexTerm);
        const mine = bm25Rank(folded, doc, { ...totals, docs });
        const theirs = ranked.find((r) => r.rowid === id);
        if (theirs) expect(mine).toBeCloseTo(theirs.rank, 9);
        else expect(mine).toBeNull();
      }
    });
  });
});
