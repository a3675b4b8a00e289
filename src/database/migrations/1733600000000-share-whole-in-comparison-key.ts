import type { MigrationInterface, QueryRunner } from 'typeorm';
import { comparisonKey } from '../../consistency/rules.js';
import type { Quantity } from '../../quantities/quantity.js';

/**
 * A share's comparison key names the whole it divides (`comparisonKey`), so shares of different
 * wholes are no longer compared. The shares held are keyed again from their claim's text; one
 * whose text names no whole gets no key and compares with nothing, like a new one. Flags raised
 * before stay as they are: a fact-checker sees and resolves them.
 */
export class ShareWholeInComparisonKey1733600000000 implements MigrationInterface {
  name = 'ShareWholeInComparisonKey1733600000000';

  async up(q: QueryRunner): Promise<void> {
    const shares: Array<{ claim_id: string; idx: number; start: number; end: number; text: string; subject: string | null; unit: string; claim_text: string; language: string }> =
      await q.query(`SELECT cq.claim_id, cq.idx, cq.start, cq."end", cq.text, cq.subject, cq.unit, c.text AS claim_text, c.language
        FROM claim_quantities cq JOIN claims c ON c.id = cq.claim_id WHERE cq.measure = 'share'`);
    for (const share of shares) {
      const quantity = { text: share.text, start: share.start, end: share.end, measure: 'share', subject: share.subject, unit: share.unit } as Quantity;
      const key = comparisonKey(share.claim_text, quantity, share.language === 'de' ? 'de' : 'en');
      await q.query('UPDATE claim_quantities SET measure_key = ? WHERE claim_id = ? AND idx = ?', [key, share.claim_id, share.idx]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE claim_quantities SET measure_key = measure || '|' || subject || '|' || unit
      WHERE measure = 'share' AND subject IS NOT NULL`);
  }
}
