import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLAIM_JSON_TRIGGERS, claimJsonBackfill } from '../../claims/claim-json-store.js';

/**
 * claims.claim_json: the claim's API representation (see claim-json-store.ts). This migration first
 * also installed triggers that rebuilt it on every row written; 1733500000000 replaces them, and a
 * database migrates through both at once, so the column and its first fill are all that is left here.
 */
export class StoredClaimJson1733200000000 implements MigrationInterface {
  name = 'StoredClaimJson1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE claims ADD COLUMN claim_json TEXT');
    await q.query(claimJsonBackfill());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of CLAIM_JSON_TRIGGERS) await q.query(`DROP TRIGGER IF EXISTS ${name}`);
    await q.query('ALTER TABLE claims DROP COLUMN claim_json');
  }
}
