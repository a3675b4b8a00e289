import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corroboration: near-duplicate fingerprints of sources and their LSH band index (origins),
 * the passages every check searches (FTS5 over their index terms), the open claims' salient
 * terms for the reverse lookup on ingest, and the latest report per claim.
 *
 * The tokenizer below is the value of FTS5_TOKENIZE (src/corroboration/query.ts) when this
 * migration was written; it is spelled out so that a later change of the constant cannot change
 * what this migration does (a spec checks that the two still agree).
 */
export class Corroboration1732500000000 implements MigrationInterface {
  name = 'Corroboration1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE source_fingerprints (
      source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
      signature BLOB NOT NULL,
      shingle_count INTEGER NOT NULL
    )`);
    // One row per (band, source); the primary key is the band_key index the candidate look-up uses.
    await q.query(`CREATE TABLE source_bands (
      band_key TEXT NOT NULL,
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      PRIMARY KEY (band_key, source_id)
    ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX source_bands_source ON source_bands(source_id)`);

    await q.query(`CREATE TABLE passages (
      id INTEGER PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      text TEXT NOT NULL,
      UNIQUE (source_id, idx)
    )`);
    // Contentless: the index terms are derived from passages.text and never read back.
    await q.query(`CREATE VIRTUAL TABLE passages_fts USING fts5(
      terms, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2 tokenchars '_'")`);

    // Document frequency per term, so a check can put the rarest terms in its query first.
    await q.query(`CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row')`);

    // rowid = claims.seq; the terms are kept (not contentless) so the look-up can compare them.
    await q.query(`CREATE VIRTUAL TABLE claims_terms_fts USING fts5(
      terms, tokenize="unicode61 remove_diacritics 2 tokenchars '_'")`);

    await q.query(`CREATE TABLE corroboration_reports (
      claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('corroborated','single_source','uncorroborated','contested')),
      checked_at TEXT NOT NULL,
      independent_origins INTEGER NOT NULL,
      independent_origin_ids TEXT NOT NULL DEFAULT '[]',
      evidence TEXT NOT NULL DEFAULT '[]',
      claim_version INTEGER NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['corroboration_reports', 'claims_terms_fts', 'passages_vocab', 'passages_fts', 'passages', 'source_bands', 'source_fingerprints']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
