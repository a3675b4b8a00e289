import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Verdicts, the claim's current verdict and when its status last changed (the approval queue's order). */
export class ReviewWorkflow1732300000000 implements MigrationInterface {
  name = 'ReviewWorkflow1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE verdicts (
      id TEXT PRIMARY KEY,
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      rating TEXT NOT NULL CHECK (rating IN ('true','mostly_true','half_true','mostly_false','false','misleading','unverifiable')),
      summary TEXT NOT NULL,
      evidence TEXT NOT NULL DEFAULT '[]',
      author_id TEXT NOT NULL REFERENCES users(id),
      status TEXT NOT NULL CHECK (status IN ('proposed','approved','rejected','superseded')),
      decided_by TEXT REFERENCES users(id),
      decided_at TEXT,
      note TEXT,
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX verdicts_claim ON verdicts(claim_id, created_at)`);
    await q.query(`ALTER TABLE claims ADD COLUMN current_verdict_id TEXT REFERENCES verdicts(id)`);
    await q.query(`ALTER TABLE claims ADD COLUMN status_changed_at TEXT`);
    await q.query(`UPDATE claims SET status_changed_at = created_at`);
    await q.query(`CREATE INDEX claims_status_changed ON claims(status, status_changed_at, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_status_changed`);
    await q.query(`ALTER TABLE claims DROP COLUMN status_changed_at`);
    await q.query(`ALTER TABLE claims DROP COLUMN current_verdict_id`);
    await q.query(`DROP TABLE verdicts`);
  }
}
