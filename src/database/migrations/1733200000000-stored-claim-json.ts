import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLAIM_JSON_TRIGGERS, claimJsonBackfill, claimJsonTriggerStatements } from '../../claims/claim-json-store.js';

/** claims.claim_json: the claim's API representation, kept by triggers (see claim-json-store.ts). */
export class StoredClaimJson1733200000000 implements MigrationInterface {
  name = 'StoredClaimJson1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE claims ADD COLUMN claim_json TEXT');
    for (const statement of claimJsonTriggerStatements()) await q.query(statement);
    await q.query(claimJsonBackfill());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of CLAIM_JSON_TRIGGERS) await q.query(`DROP TRIGGER IF EXISTS ${name}`);
    await q.query('ALTER TABLE claims DROP COLUMN claim_json');
  }
}
