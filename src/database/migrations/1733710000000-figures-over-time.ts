import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One figure key as the summary tables spell it: an unknown subject is '' there (a key column cannot be null). */
const key = (row: 'NEW' | 'OLD') => `${row}.measure, coalesce(${row}.subject, ''), ${row}.unit`;
const matches = (row: 'NEW' | 'OLD') =>
  `measure = ${row}.measure AND subject = coalesce(${row}.subject, '') AND unit = ${row}.unit`;

const added = (row: 'NEW' | 'OLD') => `
  INSERT INTO figure_measures (measure, subject, unit, claims)
    SELECT ${key(row)}, 1
    WHERE NOT EXISTS (SELECT 1 FROM figure_claims WHERE ${matches(row)} AND claim_id = ${row}.claim_id)
    ON CONFLICT (measure, subject, unit) DO UPDATE SET claims = claims + 1;
  INSERT INTO figure_claims (measure, subject, unit, claim_id, quantities) VALUES (${key(row)}, ${row}.claim_id, 1)
    ON CONFLICT (measure, subject, unit, claim_id) DO UPDATE SET quantities = quantities + 1;`;

const removed = (row: 'NEW' | 'OLD') => `
  UPDATE figure_claims SET quantities = quantities - 1 WHERE ${matches(row)} AND claim_id = ${row}.claim_id;
  DELETE FROM figure_claims WHERE ${matches(row)} AND claim_id = ${row}.claim_id AND quantities <= 0;
  UPDATE figure_measures SET claims = claims - 1
    WHERE ${matches(row)} AND NOT EXISTS (SELECT 1 FROM figure_claims WHERE ${matches(row)} AND claim_id = ${row}.claim_id);
  DELETE FROM figure_measures WHERE ${matches(row)} AND claims <= 0;`;

/**
 * Figures over time (`GET /v1/figures`, `GET /v1/figures/measures`).
 *
 * - `claim_quantities_figures` answers "every figure of this measure, subject and unit between two
 *   dates, by date" with one index range scan, for a known subject and an unknown one alike (the
 *   partners index of the consistency check holds only figures whose whole key is known).
 * - `figure_measures` keeps, per (measure, subject, unit), how many claims hold a figure of it, so the
 *   list of measures reads a table of a few rows in the order it is shown instead of grouping every
 *   quantity on each request. `figure_claims` counts each claim's figures per key, so a claim with
 *   two figures of one measure counts once. Triggers on `claim_quantities` keep both exact inside
 *   the write that changes a quantity; the tables are filled from the rows already held.
 */
export class FiguresOverTime1733710000000 implements MigrationInterface {
  name = 'FiguresOverTime1733710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX claim_quantities_figures ON claim_quantities(measure, subject, unit, reference_date, claim_id, idx)
        WHERE measure IS NOT NULL`,
    );
    await q.query(`CREATE TABLE figure_claims (
      measure TEXT NOT NULL,
      subject TEXT NOT NULL,
      unit TEXT NOT NULL,
      claim_id TEXT NOT NULL,
      quantities INTEGER NOT NULL,
      PRIMARY KEY (measure, subject, unit, claim_id)
    ) WITHOUT ROWID`);
    await q.query(`CREATE TABLE figure_measures (
      measure TEXT NOT NULL,
      subject TEXT NOT NULL,
      unit TEXT NOT NULL,
      claims INTEGER NOT NULL,
      PRIMARY KEY (measure, subject, unit)
    ) WITHOUT ROWID`);
    await q.query('CREATE INDEX figure_measures_most_claims ON figure_measures(claims DESC, measure, subject, unit)');

    await q.query(`INSERT INTO figure_claims (measure, subject, unit, claim_id, quantities)
      SELECT measure, coalesce(subject, ''), unit, claim_id, count(*) FROM claim_quantities
      WHERE measure IS NOT NULL GROUP BY measure, coalesce(subject, ''), unit, claim_id`);
    await q.query(`INSERT INTO figure_measures (measure, subject, unit, claims)
      SELECT measure, subject, unit, count(*) FROM figure_claims GROUP BY measure, subject, unit`);

    await q.query(`CREATE TRIGGER figure_quantity_added AFTER INSERT ON claim_quantities
      WHEN NEW.measure IS NOT NULL BEGIN ${added('NEW')} END`);
    await q.query(`CREATE TRIGGER figure_quantity_removed AFTER DELETE ON claim_quantities
      WHEN OLD.measure IS NOT NULL BEGIN ${removed('OLD')} END`);
    await q.query(`CREATE TRIGGER figure_quantity_rekeyed_from AFTER UPDATE OF claim_id, measure, subject, unit ON claim_quantities
      WHEN OLD.measure IS NOT NULL BEGIN ${removed('OLD')} END`);
    await q.query(`CREATE TRIGGER figure_quantity_rekeyed_to AFTER UPDATE OF claim_id, measure, subject, unit ON claim_quantities
      WHEN NEW.measure IS NOT NULL BEGIN ${added('NEW')} END`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const trigger of ['figure_quantity_rekeyed_to', 'figure_quantity_rekeyed_from', 'figure_quantity_removed', 'figure_quantity_added']) {
      await q.query(`DROP TRIGGER IF EXISTS ${trigger}`);
    }
    await q.query('DROP TABLE IF EXISTS figure_measures');
    await q.query('DROP TABLE IF EXISTS figure_claims');
    await q.query('DROP INDEX IF EXISTS claim_quantities_figures');
  }
}
