import type { MigrationInterface, QueryRunner } from 'typeorm';
import { comparisonKey } from '../../consistency/rules.js';
import type { Qualifier, Quantity } from '../../quantities/quantity.js';

interface HeldFigure {
  claim_id: string; idx: number; text: string; start: number; end: number; min: number | null; max: number | null;
  min_inclusive: number; max_inclusive: number; qualifier: Qualifier; unit: string; measure: string | null; subject: string | null;
  claim_text: string; language: string;
}

/**
 * Figures whose measure or subject the quantity rules do not know get a comparison key of what
 * they count (consistency/counted-key.ts: the thing, what was done with it, the place or country
 * the claim names), so the consistency check compares "1.200 Menschen evakuiert" with "3,000
 * people evacuated" in the same town; equipment figures are narrowed to their kind and what was
 * done with it, so drones launched no longer meet drones shot down. The key is computed when a
 * claim's quantities are stored; the figures held before are keyed here from their claim's text
 * and their stored fields (corrections included), the same way. A figure that reads to no key
 * keeps none. Flags raised before stay as they are (a fact-checker resolves them); the next check
 * of a claim finds its clashes by the new keys.
 */
export class CountedFiguresInComparisonKey1733800000000 implements MigrationInterface {
  name = 'CountedFiguresInComparisonKey1733800000000';

  async up(q: QueryRunner): Promise<void> {
    const rows: HeldFigure[] = await q.query(
      `SELECT cq.claim_id, cq.idx, cq.text, cq.start, cq."end", cq.min, cq.max, cq.min_inclusive, cq.max_inclusive, cq.qualifier,
         cq.unit, cq.measure, cq.subject, c.text AS claim_text, c.language
       FROM claim_quantities cq JOIN claims c ON c.id = cq.claim_id WHERE cq.measure_key IS NULL OR cq.measure = 'equipment'`,
    );
    for (const row of rows) {
      const quantity: Quantity = {
        text: row.text, start: row.start, end: row.end, min: row.min, max: row.max, minInclusive: row.min_inclusive === 1,
        maxInclusive: row.max_inclusive === 1, qualifier: row.qualifier, unit: row.unit, measure: row.measure, subject: row.subject,
      };
      const key = comparisonKey(row.claim_text, quantity, row.language === 'de' ? 'de' : 'en');
      if (key !== null || row.measure === 'equipment') await q.query('UPDATE claim_quantities SET measure_key = ? WHERE claim_id = ? AND idx = ?', [key, row.claim_id, row.idx]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE claim_quantities SET measure_key = NULL WHERE measure_key LIKE 'counted|%'`);
    await q.query(`UPDATE claim_quantities SET measure_key = measure || '|' || subject || '|' || unit
      WHERE measure = 'equipment' AND subject IS NOT NULL`);
  }
}
