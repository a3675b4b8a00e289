import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new source is merged into the reports of the claims it speaks to instead of re-checking them.
 * The merge must know where the full check drew its line: `candidate_floor` is the bm25 of the last
 * passage it took when it took as many as it may (null: every matching passage was taken), so a
 * new passage ranked below that line stays out, as it would in a full check. The vocabulary of the
 * claims' terms lets the reverse lookup put the rarest terms first, as a check does for passages.
 */
export class CorroborationMerge1733012000000 implements MigrationInterface {
  name = 'CorroborationMerge1733012000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE corroboration_reports ADD COLUMN candidate_floor REAL');
    await q.query(`CREATE VIRTUAL TABLE claims_terms_vocab USING fts5vocab(claims_terms_fts, 'row')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS claims_terms_vocab');
    await q.query('ALTER TABLE corroboration_reports DROP COLUMN candidate_floor');
  }
}
