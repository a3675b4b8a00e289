import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CLAIM_JSON_STALE_TABLE, CLAIM_JSON_TRIGGERS, claimJsonBackfill, claimJsonTriggerStatements,
} from '../../claims/claim-json-store.js';

/**
 * The stored claim JSON is rebuilt once per claim and transaction instead of once per row written:
 * the triggers now only note the claim in claim_json_stale (see claim-json-store.ts).
 */
export class ClaimJsonOncePerTransaction1733500000000 implements MigrationInterface {
  name = 'ClaimJsonOncePerTransaction1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(CLAIM_JSON_STALE_TABLE);
    for (const statement of claimJsonTriggerStatements()) await q.query(statement);
    await q.query(claimJsonBackfill());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of CLAIM_JSON_TRIGGERS) await q.query(`DROP TRIGGER IF EXISTS ${name}`);
    await q.query('DROP TABLE claim_json_stale');
  }
}
