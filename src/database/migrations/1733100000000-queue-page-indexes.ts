import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two queue pages a desk opens all day read their order from an index instead of sorting every
 * matching claim: unassigned claims by priority (`assignee=none&sort=priority`) and one status by
 * creation (`status=pending&sort=createdAt`). The assignee index gains the queue's order; nothing
 * else used it alone.
 */
export class QueuePageIndexes1733100000000 implements MigrationInterface {
  name = 'QueuePageIndexes1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX claims_assignee');
    await q.query('CREATE INDEX claims_assignee_queue ON claims(assignee_id, queue_order, created_at, seq)');
    await q.query('CREATE INDEX claims_status_created ON claims(status, created_at, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX claims_status_created');
    await q.query('DROP INDEX claims_assignee_queue');
    await q.query('CREATE INDEX claims_assignee ON claims(assignee_id)');
  }
}
