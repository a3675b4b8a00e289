import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions and their delivery attempts. Delivery state lives here, not in Redis:
 * a flushed Redis or a killed worker loses nothing, the sweep re-enqueues what is due.
 */
export class Webhooks1732700000000 implements MigrationInterface {
  name = 'Webhooks1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhook_subscriptions (
      id TEXT PRIMARY KEY,
      url TEXT NOT NULL,
      events TEXT NOT NULL,
      description TEXT,
      enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
      secret_enc TEXT NOT NULL,
      previous_secret_enc TEXT,
      previous_valid_until TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_success_at TEXT,
      failing_since TEXT,
      disabled_reason TEXT
    )`);
    await q.query(`CREATE INDEX webhook_subscriptions_created ON webhook_subscriptions(created_at, id)`);
    // One row per attempt. seq orders the listing (newest first); lease_until marks an attempt a
    // worker has taken, so a second worker does not send it at the same time, and a crashed
    // worker's attempt becomes due again once the lease has run out.
    await q.query(`CREATE TABLE webhook_deliveries (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      attempt INTEGER NOT NULL CHECK (attempt >= 1),
      status TEXT NOT NULL CHECK (status IN ('pending','delivered','failed')),
      response_status INTEGER,
      error TEXT,
      duration_ms INTEGER,
      attempted_at TEXT,
      next_attempt_at TEXT,
      lease_until TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (subscription_id, event_id, attempt)
    )`);
    await q.query(`CREATE INDEX webhook_deliveries_sweep ON webhook_deliveries(status, next_attempt_at)`);
    await q.query(`CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries(subscription_id, seq)`);
    await q.query(`CREATE INDEX webhook_deliveries_subscription_status ON webhook_deliveries(subscription_id, status, seq)`);
    await q.query(`CREATE INDEX webhook_deliveries_event ON webhook_deliveries(event_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
  }
}
