import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source keeps how its publication date was found: `given` in the request, read from a
 * `dateline` in its text, or the day it was `ingested` when neither was there. Sources held from
 * before had their date given or none; those without one take the day they were ingested, as new
 * sources without a dateline do (their text is not read again here).
 */
export class SourceDateFoundBy1733400000000 implements MigrationInterface {
  name = 'SourceDateFoundBy1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sources ADD COLUMN published_at_source TEXT NOT NULL DEFAULT 'given'
      CHECK (published_at_source IN ('given', 'dateline', 'ingested'))`);
    await q.query(`UPDATE sources SET published_at = created_at, published_at_source = 'ingested' WHERE published_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE sources SET published_at = NULL WHERE published_at_source = 'ingested'`);
    await q.query('ALTER TABLE sources DROP COLUMN published_at_source');
  }
}
