import type { Db } from '../database/db.js';
import { loadSettings } from '../config/settings.js';
import { FTS5_TOKENIZE } from './index.js';
import { SourceIndex } from './source-index.js';
import { migratedMemoryDb } from '../../test/support/migrated-memory-db.js';

const STORY_EN = `Officials in Kyiv said on Monday that 18 bridges along the river had been repaired since the floods in May. The repairs were paid for by a regional fund and took six weeks longer than planned. Engineers warned that two further crossings in the north remain closed to heavy lorries. Local traders said deliveries of grain and timber had resumed on most routes.`;
const STORY_DE = `Die Stadtverwaltung von Kiew teilte am Montag mit, dass seit dem Hochwasser im Mai 18 Brücken am Fluss instand gesetzt worden seien. Bezahlt wurden die Arbeiten aus einem regionalen Fonds, sie dauerten sechs Wochen länger als geplant. Ingenieure warnten, dass zwei weitere Übergänge im Norden für schwere Lastwagen gesperrt bleiben. Händler berichteten, Lieferungen von Getreide und Holz liefen auf den meisten Strecken wieder.`;

let seq = 0;
function ingest(db: Db, index: SourceIndex, text: string, language: 'de' | 'en'): { id: string; originId: string } {
  const id = `source-${++seq}`;
  const prepared = index.prepare(text, language);
  return db.write(() => {
    const originId = index.originFor(prepared)?.originId ?? id;
    db.run(
      `INSERT INTO sources (id, publisher, language, text, content_hash, origin_id, created_at) VALUES (?, 'p', ?, ?, ?, ?, '2024-01-01T00:00:00Z')`,
      id, language, text, `hash-${id}`, originId,
    );
    index.store(id, prepared);
    return { id, originId };
  });
}

describe('SourceIndex over the migrated schema', () => {
  const settings = loadSettings({ NODE_ENV: 'test' });
  let db: Db;
  let index: SourceIndex;

  beforeEach(async () => {
    db = await migratedMemoryDb();
    index = new SourceIndex(db, settings);
  });

  it('creates the FTS5 tables with the tokenizer the query side assumes', () => {
    for (const table of ['passages_fts', 'claims_terms_fts']) {
      const sql = db.get<{ sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?', table)!.sql;
      expect(sql).toContain(`tokenize="${FTS5_TOKENIZE}"`);
    }
  });

  it.each([
    ['en', STORY_EN, (s: string) => s.replace('took six weeks longer than planned', 'ran six weeks over schedule')],
    ['de', STORY_DE, (s: string) => s.replace('sie dauerten sechs Wochen länger als geplant', 'sie zogen sich sechs Wochen länger hin')],
  ] as const)('%s: a copy with a changed sentence or a new header joins the origin; an independent text does not', (language, story, rewrite) => {
    const first = ingest(db, index, story, language);
    expect(first.originId).toBe(first.id);
    expect(ingest(db, index, rewrite(story), language).originId).toBe(first.id);
    expect(ingest(db, index, `${language === 'de' ? 'Aus dem Archiv' : 'From the archive'}: ${story}`, language).originId).toBe(first.id);
    const other = language === 'de'
      ? 'In Kiew sind 18 Brücken nach der Flut im Mai wieder befahrbar, sagte ein Sprecher der Behörden. Zwei Übergänge im Norden bleiben zu.'
      : 'Eighteen river bridges around Kyiv are open again after the May floods, a city spokesman confirmed. Two northern crossings stay shut.';
    const independent = ingest(db, index, other, language);
    expect(independent.originId).toBe(independent.id);
  });

  it('stores passages with exact offsets and finds them through the FTS5 index', () => {
    const { id } = ingest(db, index, STORY_DE, 'de');
    const passages = db.all<{ start: number; end: number; text: string }>('SELECT start, "end", text FROM passages WHERE source_id = ? ORDER BY idx', id);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) expect(STORY_DE.slice(p.start, p.end)).toBe(p.text);
    // "Kyiv" in an English query meets "Kiew" in the German passage through the entity id
    const hits = db.all<{ text: string }>(
      `SELECT p.text FROM passages_fts f JOIN passages p ON p.id = f.rowid WHERE passages_fts MATCH '"ent_ua" AND "18"'`,
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toContain('18 Brücken');
  });

  it('backfills sources held from before the index existed, in ingest order', () => {
    db.write(() => {
      db.run(`INSERT INTO sources (id, publisher, language, text, content_hash, origin_id, created_at) VALUES ('old-1', 'p', 'en', ?, 'h1', 'old-1', 'x')`, STORY_EN);
      db.run(`INSERT INTO sources (id, publisher, language, text, content_hash, origin_id, created_at) VALUES ('old-2', 'p', 'en', ?, 'h2', 'old-2', 'x')`, `Reprint. ${STORY_EN}`);
    });
    expect(index.backfill(10)).toBe(2);
    expect(db.get<{ origin_id: string }>("SELECT origin_id FROM sources WHERE id = 'old-2'")!.origin_id).toBe('old-1');
    expect(index.backfill(10)).toBe(0);
  });
});
