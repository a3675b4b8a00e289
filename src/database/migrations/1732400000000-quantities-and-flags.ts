import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quantities of claims, fact-checkers' corrections of them, and consistency flags.
 *
 * - `claim_quantities` holds every quantity of a claim (re-extracted on edit) with its comparison
 *   key, the claim's reference date and claimant (for explanations). The partial index on
 *   (measure_key, reference_date) makes "figures about the same thing stated within N days" an index
 *   range scan; it covers every column the rules read, so the scan touches no table row and its cost
 *   does not grow with the number of claims.
 * - `claim_quantity_corrections` keeps what a fact-checker set for a quantity, keyed by the span
 *   text, so it is applied again after every re-extraction.
 * - `flags` keeps at most one open flag per pair (or single claim) via a partial unique index;
 *   `flag_claims` answers "flags of this claim".
 */
export class QuantitiesAndFlags1732400000000 implements MigrationInterface {
  name = 'QuantitiesAndFlags1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE claim_quantities (
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      text TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      min REAL,
      max REAL,
      min_inclusive INTEGER NOT NULL,
      max_inclusive INTEGER NOT NULL,
      qualifier TEXT NOT NULL CHECK (qualifier IN ('exact','approx','range','at_least','more_than','at_most','less_than')),
      unit TEXT NOT NULL,
      measure TEXT,
      subject TEXT,
      measure_key TEXT,
      reference_date TEXT NOT NULL,
      claimant TEXT NOT NULL,
      PRIMARY KEY (claim_id, idx)
    )`);
    await q.query(
      `CREATE INDEX claim_quantities_partners ON claim_quantities(measure_key, reference_date, claim_id, idx, text, start, "end",
        min, max, min_inclusive, max_inclusive, qualifier, unit, measure, subject, claimant) WHERE measure_key IS NOT NULL`,
    );

    await q.query(`CREATE TABLE claim_quantity_corrections (
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      span_text TEXT NOT NULL,
      overrides TEXT NOT NULL,
      corrected_by TEXT REFERENCES users(id),
      corrected_at TEXT NOT NULL,
      PRIMARY KEY (claim_id, span_text)
    )`);

    await q.query(`CREATE TABLE flags (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL CHECK (type IN ('range_conflict','part_sum_mismatch','inverted_range','impossible_value')),
      severity TEXT NOT NULL CHECK (severity IN ('low','medium','high')),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','confirmed','dismissed')),
      claim_ids TEXT NOT NULL,
      quantities TEXT NOT NULL,
      measure TEXT,
      subject TEXT,
      explanation TEXT NOT NULL,
      pair_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_by TEXT REFERENCES users(id),
      resolved_at TEXT,
      note TEXT
    )`);
    await q.query(`CREATE UNIQUE INDEX flags_open_pair ON flags(pair_key) WHERE status = 'open'`);
    await q.query(`CREATE INDEX flags_pair ON flags(pair_key, status)`);
    await q.query(`CREATE INDEX flags_status ON flags(status, seq)`);
    await q.query(`CREATE INDEX flags_type ON flags(type, seq)`);

    await q.query(`CREATE TABLE flag_claims (
      flag_id TEXT NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      PRIMARY KEY (flag_id, claim_id)
    ) WITHOUT ROWID`);
    await q.query(`CREATE INDEX flag_claims_claim ON flag_claims(claim_id, flag_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['flag_claims', 'flags', 'claim_quantity_corrections', 'claim_quantities']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
