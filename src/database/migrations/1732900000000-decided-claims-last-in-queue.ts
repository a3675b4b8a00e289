import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The priority queue puts decided claims (approved, dismissed) after every open one: an approved
 * claim that was contested stays contested, and urgency alone would keep it at the head of the
 * queue where nobody has anything left to do. SQLite cannot add a STORED generated column to an
 * existing table, and rebuilding `claims` would mean rebuilding its full-text index and triggers;
 * a VIRTUAL column is computed on read but its value is kept in the indexes below, so the queue's
 * keyset walk still reads the index alone. Open claims keep their old rank, so a cursor handed out
 * before this migration still points at the same place.
 */
export class DecidedClaimsLastInQueue1732900000000 implements MigrationInterface {
  name = 'DecidedClaimsLastInQueue1732900000000';

  async up(q: QueryRunner): Promise<void> {
    // queue_rank stays below 4000 (urgency 0..3, priority 0..100), so 10000 sets decided claims apart
    await q.query(`ALTER TABLE claims ADD COLUMN queue_order INTEGER GENERATED ALWAYS AS (
      (CASE WHEN status IN ('approved', 'dismissed') THEN 10000 ELSE 0 END) + queue_rank) VIRTUAL`);
    await q.query('DROP INDEX claims_queue');
    await q.query('DROP INDEX claims_status_queue');
    await q.query('CREATE INDEX claims_queue ON claims(queue_order, created_at, seq)');
    await q.query('CREATE INDEX claims_status_queue ON claims(status, queue_order, created_at, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX claims_queue');
    await q.query('DROP INDEX claims_status_queue');
    await q.query('ALTER TABLE claims DROP COLUMN queue_order');
    await q.query('CREATE INDEX claims_queue ON claims(queue_rank, created_at, seq)');
    await q.query('CREATE INDEX claims_status_queue ON claims(status, queue_rank, created_at, seq)');
  }
}
