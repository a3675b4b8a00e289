import Database from 'better-sqlite3';
import type { Db } from '../database/db.js';
import { FiguresOverTime1733710000000 } from '../database/migrations/1733710000000-figures-over-time.js';
import { FIGURE_SQL, FiguresService } from './figures.service.js';
import { migratedMemoryDb, queryRunnerFor } from '../../test/support/migrated-memory-db.js';

function claim(db: Db, id: string, claimant: string, date: string): void {
  db.run(
    `INSERT INTO claims (id, text, language, claimant_name, claimed_at, origin, created_at, updated_at)
     VALUES (?, ?, 'en', ?, ?, 'manual', ?, ?)`,
    id, `figure claim ${id}`, claimant, date, date, date,
  );
}

function figure(db: Db, claimId: string, idx: number, q: { measure: string | null; subject: string | null; unit?: string; min: number; max: number; date: string }): void {
  db.run(
    `INSERT INTO claim_quantities (claim_id, idx, text, start, "end", min, max, min_inclusive, max_inclusive, qualifier, unit,
       measure, subject, measure_key, reference_date, claimant)
     VALUES (?, ?, ?, 0, 1, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, 'someone')`,
    claimId, idx, `${q.min}`, q.min, q.max, q.min === q.max ? 'exact' : 'range', q.unit ?? 'count', q.measure, q.subject,
    q.measure && q.subject ? `${q.measure}|${q.subject}|${q.unit ?? 'count'}` : null, q.date,
  );
}

/** The figures reads over the migrated schema: counts kept by the triggers, windows, and query plans that use indexes. */
describe('FiguresService over the migrated schema', () => {
  let db: Db;
  let figures: FiguresService;

  beforeEach(async () => {
    db = await migratedMemoryDb();
    figures = new FiguresService(db);
    db.write(() => {
      claim(db, 'c1', 'Officials', '2022-03-10T00:00:00.000Z');
      claim(db, 'c2', 'General staff', '2022-03-12T00:00:00.000Z');
      claim(db, 'c3', 'Ministry', '2022-04-20T00:00:00.000Z');
      figure(db, 'c1', 0, { measure: 'killed', subject: 'RU', min: 5000, max: 9000, date: '2022-03-10T00:00:00.000Z' });
      // two figures of one measure in one claim count the claim once
      figure(db, 'c1', 1, { measure: 'killed', subject: 'RU', min: 3000, max: 3000, date: '2022-03-10T00:00:00.000Z' });
      figure(db, 'c2', 0, { measure: 'killed', subject: 'RU', min: 13500, max: 13500, date: '2022-03-12T00:00:00.000Z' });
      figure(db, 'c3', 0, { measure: 'killed', subject: null, min: 300, max: 300, date: '2022-04-20T00:00:00.000Z' });
      figure(db, 'c3', 1, { measure: null, subject: null, min: 24, max: 24, date: '2022-04-20T00:00:00.000Z' });
    });
  });

  it('lists each (measure, subject, unit) with its claims counted once, most claims first; an unknown subject is null', () => {
    expect(figures.measures().items).toEqual([
      { measure: 'killed', subject: 'RU', unit: 'count', claims: 2, openFlags: 0 },
      { measure: 'killed', subject: null, unit: 'count', claims: 1, openFlags: 0 },
    ]);
  });

  it('counts the figures held before the migration, as the triggers would have', async () => {
    const sqlite = new Database(':memory:');
    const older = await migratedMemoryDb({ before: 'FiguresOverTime1733710000000', sqlite });
    older.write(() => {
      claim(older, 'c1', 'Officials', '2022-03-10T00:00:00.000Z');
      claim(older, 'c2', 'General staff', '2022-03-12T00:00:00.000Z');
      figure(older, 'c1', 0, { measure: 'killed', subject: 'RU', min: 5000, max: 9000, date: '2022-03-10T00:00:00.000Z' });
      figure(older, 'c1', 1, { measure: 'killed', subject: 'RU', min: 3000, max: 3000, date: '2022-03-10T00:00:00.000Z' });
      figure(older, 'c2', 0, { measure: 'killed', subject: null, min: 13500, max: 13500, date: '2022-03-12T00:00:00.000Z' });
      figure(older, 'c2', 1, { measure: null, subject: null, min: 24, max: 24, date: '2022-03-12T00:00:00.000Z' });
    });
    await new FiguresOverTime1733710000000().up(queryRunnerFor(sqlite));
    expect(new FiguresService(older).measures().items).toEqual([
      { measure: 'killed', subject: null, unit: 'count', claims: 1, openFlags: 0 },
      { measure: 'killed', subject: 'RU', unit: 'count', claims: 1, openFlags: 0 },
    ]);
    // and the triggers carry on from there
    older.write(() => older.run('DELETE FROM claim_quantities WHERE claim_id = ?', 'c1'));
    expect(new FiguresService(older).measures().items).toEqual([{ measure: 'killed', subject: null, unit: 'count', claims: 1, openFlags: 0 }]);
  });

  it('keeps the counts exact when figures are re-extracted, re-keyed and removed', () => {
    db.write(() => {
      db.run('DELETE FROM claim_quantities WHERE claim_id = ? AND idx = 1', 'c1');
    });
    expect(figures.measures().items[0]).toMatchObject({ subject: 'RU', claims: 2 });
    db.write(() => {
      db.run('DELETE FROM claim_quantities WHERE claim_id = ?', 'c1');
    });
    // ties go by measure, subject (unknown first), unit
    expect(figures.measures().items).toEqual([
      { measure: 'killed', subject: null, unit: 'count', claims: 1, openFlags: 0 },
      { measure: 'killed', subject: 'RU', unit: 'count', claims: 1, openFlags: 0 },
    ]);
    db.write(() => {
      db.run("UPDATE claim_quantities SET subject = 'RU' WHERE claim_id = 'c3' AND idx = 0");
    });
    expect(figures.measures().items).toEqual([{ measure: 'killed', subject: 'RU', unit: 'count', claims: 2, openFlags: 0 }]);
    db.write(() => {
      db.run('DELETE FROM claim_quantities');
    });
    expect(figures.measures().items).toEqual([]);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM figure_claims')!.n).toBe(0);
  });

  it('counts an open flag for the key of the figures it names, and drops it once resolved', () => {
    db.write(() => {
      db.run(
        `INSERT INTO flags (id, type, severity, claim_ids, quantities, measure, subject, explanation, pair_key, created_at)
         VALUES ('f1', 'range_conflict', 'high', '["c1","c2"]', ?, 'killed', 'RU', 'x', 'p1', '2022-03-12T00:00:00.000Z')`,
        JSON.stringify([{ claimId: 'c1', index: 0 }, { claimId: 'c2', index: 0 }]),
      );
      db.run("INSERT INTO flag_claims (flag_id, claim_id) VALUES ('f1', 'c1'), ('f1', 'c2')");
    });
    expect(figures.measures().items[0]).toMatchObject({ subject: 'RU', openFlags: 1 });
    const held = figures.figures({ measure: 'killed', subject: 'RU' }).items;
    expect(held.map((f) => [f.claimId, f.quantityIndex, f.flagIds])).toEqual([
      ['c1', 0, ['f1']], ['c1', 1, []], ['c2', 0, ['f1']],
    ]);
    db.write(() => db.run("UPDATE flags SET status = 'dismissed' WHERE id = 'f1'"));
    expect(figures.measures().items[0]).toMatchObject({ openFlags: 0 });
    expect(figures.figures({ measure: 'killed', subject: 'RU' }).items.every((f) => f.flagIds.length === 0)).toBe(true);
  });

  it('answers the latest figures of the window, oldest first, and says when it left earlier ones out', () => {
    const latest = figures.figures({ measure: 'killed', subject: 'RU', limit: 1 });
    expect(latest.items.map((f) => f.claimId)).toEqual(['c2']);
    expect(latest.truncated).toBe(true);
    const unknown = figures.figures({ measure: 'killed' });
    expect(unknown).toMatchObject({ measure: 'killed', subject: null, unit: 'count', truncated: false });
    expect(unknown.items.map((f) => f.claimId)).toEqual(['c3']);
    expect(figures.figures({ measure: 'killed', subject: 'RU', to: '2022-03-10' }).items.map((f) => f.quantityIndex)).toEqual([0, 1]);
    expect(figures.figures({ measure: 'killed', subject: 'RU', from: '2022-03-11T00:00:00Z' }).items.map((f) => f.claimId)).toEqual(['c2']);
  });

  it('reads every figure through an index: no table is scanned, nothing sorted', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, ...params).map((r) => r.detail);
    const chart = plan(FIGURE_SQL.figures, 'killed', null, 'count', '', '\uffff', 10);
    expect(chart[0]).toMatch(/^SEARCH q USING INDEX claim_quantities_figures \(measure=\? AND subject=\? AND unit=\? AND reference_date>\? AND reference_date<\?\)/);
    expect(chart.join('\n')).not.toMatch(/SCAN|TEMP B-TREE/);
    const list = plan(FIGURE_SQL.measures).join('\n');
    expect(list).toMatch(/SCAN figure_measures USING (COVERING )?INDEX figure_measures_most_claims/);
    expect(list).not.toMatch(/TEMP B-TREE FOR ORDER/);
    const byKey = plan(FIGURE_SQL.openFlagsByKey);
    expect(byKey[0]).toMatch(/^SEARCH f USING INDEX flags_status \(status=\?\)/);
    expect(byKey.join('\n')).toMatch(/SEARCH q USING INDEX sqlite_autoindex_claim_quantities_1 \(claim_id=\? AND idx=\?\)/);
    const ofClaims = plan(FIGURE_SQL.openFlagsOfClaims(3), 'c1', 'c2', 'c3');
    expect(ofClaims[0]).toMatch(/^SEARCH fc USING (COVERING )?INDEX flag_claims_claim \(claim_id=\?\)/);
    expect(ofClaims.join('\n')).toMatch(/SEARCH f USING INDEX sqlite_autoindex_flags_1 \(id=\?\)/);
  });
});
