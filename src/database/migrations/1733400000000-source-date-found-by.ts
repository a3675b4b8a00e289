import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source keeps how its publication date was found: `given` in the request or read from a
 * `dateline` in its text; NULL when neither was there (the date stays unknown rather than guessed).
 * Sources held from before had their date given or none.
 */
export class SourceDateFoundBy1733400000000 implements MigrationInterface {
  name = 'SourceDateFoundBy1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sources ADD COLUMN published_at_source TEXT
      CHECK (published_at_source IN ('given', 'dateline'))`);
    await q.query(`UPDATE sources SET published_at_source = 'given' WHERE published_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE sources DROP COLUMN published_at_source');
  }
}
