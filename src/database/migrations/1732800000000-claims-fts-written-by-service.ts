import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New claims are added to claims_fts by the service (ClaimsService.insertClaim), not by a trigger.
 * A trigger makes the claims INSERT a multi-statement write, for which SQLite opens a statement
 * savepoint, and FTS5 writes its pending terms out as a new segment at every savepoint: with many
 * claims per transaction (group commit) each claim became a segment of its own, to be merged later.
 * Measured: a third of the cost of storing a claim. Edits and deletes keep their triggers (rare).
 */
export class ClaimsFtsWrittenByService1732800000000 implements MigrationInterface {
  name = 'ClaimsFtsWrittenByService1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER IF EXISTS claims_fts_ai');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts(rowid, text, claimant_name) VALUES (new.seq, new.text, new.claimant_name); END`);
  }
}
