import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTNER_COLUMNS = `measure_key, reference_date, claim_id, idx, text, start, "end",
  min, max, min_inclusive, max_inclusive, qualifier, unit, measure, subject, claimant, claimant_country`;

/**
 * A stored quantity keeps its claimant's country beside the claimant's name, so a range conflict
 * can tell estimates from opposing sides (which differ as a matter of course) from figures that
 * cannot both be true. The partner index covers the new column, so the partner lookup stays an
 * index-only read.
 */
export class QuantityClaimantCountry1733610000000 implements MigrationInterface {
  name = 'QuantityClaimantCountry1733610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE claim_quantities ADD COLUMN claimant_country TEXT');
    await q.query('UPDATE claim_quantities SET claimant_country = (SELECT claimant_country FROM claims WHERE claims.id = claim_quantities.claim_id)');
    await q.query('DROP INDEX claim_quantities_partners');
    await q.query(`CREATE INDEX claim_quantities_partners ON claim_quantities(${PARTNER_COLUMNS}) WHERE measure_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX claim_quantities_partners');
    await q.query(`CREATE INDEX claim_quantities_partners ON claim_quantities(${PARTNER_COLUMNS.replace(', claimant_country', '')}) WHERE measure_key IS NOT NULL`);
    await q.query('ALTER TABLE claim_quantities DROP COLUMN claimant_country');
  }
}
