import Database from 'better-sqlite3';
import { CountedFiguresInComparisonKey1733800000000 } from './1733800000000-counted-figures-in-comparison-key.js';
import { migratedMemoryDb, queryRunnerFor } from '../../../test/support/migrated-memory-db.js';

describe('migration: counted figures in the comparison key', () => {
  it('keys the counted figures held before it from their claim text, narrows equipment to its kind, and leaves the others as they were', async () => {
    const sqlite = new Database(':memory:');
    const db = await migratedMemoryDb({ before: 'CountedFiguresInComparisonKey1733800000000', sqlite });
    const at = '2026-05-10T00:00:00.000Z';
    const claims: Array<[string, string, 'de' | 'en']> = [
      ['de1', 'In Passau wurden 1.200 Menschen evakuiert.', 'de'],
      ['en1', 'In Passau, 3,000 people were evacuated.', 'en'],
      ['en2', 'Officials counted 40 boats.', 'en'],
      ['en3', 'Kyiv says 14,000 Russian soldiers have been killed.', 'en'],
      ['en4', 'Russia launched 40 drones at Odesa overnight.', 'en'],
    ];
    const figures: Array<[string, string, string | null, string | null, string | null]> = [
      // claim, span, measure, subject, key held
      ['de1', '1.200', null, null, null],
      ['en1', '3,000', null, null, null],
      ['en2', '40', null, null, null],
      ['en3', '14,000', 'killed', 'RU', 'killed|RU|count'],
      ['en4', '40', 'equipment', 'RU', 'equipment|RU|count'],
    ];
    db.write(() => {
      for (const [id, text, language] of claims) {
        db.run(`INSERT INTO claims (id, text, language, claimant_name, claimed_at, origin, created_at, updated_at)
          VALUES (?, ?, ?, 'someone', ?, 'manual', ?, ?)`, id, text, language, at, at, at);
      }
      for (const [claimId, span, measure, subject, key] of figures) {
        const text = claims.find(([id]) => id === claimId)![1];
        const start = text.indexOf(span);
        const value = Number(span.replace(/[.,]/g, ''));
        db.run(`INSERT INTO claim_quantities (claim_id, idx, text, start, "end", min, max, min_inclusive, max_inclusive, qualifier, unit,
            measure, subject, measure_key, reference_date, claimant)
          VALUES (?, 0, ?, ?, ?, ?, ?, 1, 1, 'exact', 'count', ?, ?, ?, ?, 'someone')`,
          claimId, span, start, start + span.length, value, value, measure, subject, key, at);
      }
    });
    await new CountedFiguresInComparisonKey1733800000000().up(queryRunnerFor(sqlite));
    const keys = () => Object.fromEntries(db.all<{ claim_id: string; measure_key: string | null }>(
      'SELECT claim_id, measure_key FROM claim_quantities ORDER BY claim_id').map((r) => [r.claim_id, r.measure_key]));
    expect(keys()).toEqual({
      de1: 'counted|c:people|e:evacuated|place:passau|count|',
      en1: 'counted|c:people|e:evacuated|place:passau|count|',
      en2: null,
      en3: 'killed|RU|count',
      en4: 'equipment|RU|count|drone|e:launched',
    });
    await new CountedFiguresInComparisonKey1733800000000().down(queryRunnerFor(sqlite));
    expect(keys()).toEqual({ de1: null, en1: null, en2: null, en3: 'killed|RU|count', en4: 'equipment|RU|count' });
  });
});
