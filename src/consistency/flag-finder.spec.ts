import { ClaimQuantities } from '../claims/claim-quantities.js';
import { FixedClock } from '../common/clock.js';
import type { Db } from '../database/db.js';
import { migratedMemoryDb } from '../../test/support/migrated-memory-db.js';
import { FlagFinder } from './flag-finder.js';
import { DEFAULT_CONSISTENCY_OPTIONS } from './rules.js';

/** The finder over stored figures: counted figures meet their partners by the key stored when the claim was. */
describe('FlagFinder on counted figures', () => {
  let db: Db;
  let quantities: ClaimQuantities;
  let finder: FlagFinder;

  beforeEach(async () => {
    db = await migratedMemoryDb();
    quantities = new ClaimQuantities(db, new FixedClock(new Date('2026-05-12T00:00:00Z')));
    finder = new FlagFinder(db, DEFAULT_CONSISTENCY_OPTIONS);
  });

  function claim(id: string, text: string, language: 'de' | 'en', claimant: string, day: number, country: string | null = null): void {
    const at = new Date(Date.UTC(2026, 4, day, 12)).toISOString();
    db.write(() => {
      db.run(`INSERT INTO claims (id, text, language, claimant_name, claimant_country, claimed_at, origin, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, 'manual', ?, ?)`, id, text, language, claimant, country, at, at, at);
      quantities.storeForNewClaim(id, { text, language, claimant_name: claimant, claimant_country: country, claimed_at: at, created_at: at }, null);
    });
  }

  it('flags a German count against an English one of the same people, event and town, naming both', () => {
    claim('de', 'In Passau wurden rund 3.000 Menschen evakuiert.', 'de', 'Feuerwehr', 10);
    claim('en', 'In Passau, 1,200 people were evacuated from their homes.', 'en', 'City of Passau', 11);
    const found = db.write(() => finder.evaluate('en'))!.candidates;
    expect(found.map((f) => [f.type, f.claimIds])).toEqual([['range_conflict', ['de', 'en']]]);
    expect(found[0].explanation).toBe(
      'Feuerwehr said "rund 3.000" (counting people, evacuated, in Passau) on 2026-05-10, but City of Passau said "1,200" (counting people, evacuated, in Passau) on 2026-05-11; the figures leave no common value, so they cannot both be true.',
    );
  });

  it('words a clash of two countries\' counts as estimates', () => {
    claim('ua', 'Air defences shot down 40 drones over Odesa on Tuesday.', 'en', 'Air force', 10, 'UA');
    claim('ru', 'Über Odessa wurden nur 12 Drohnen abgeschossen.', 'de', 'Verteidigungsministerium', 10, 'RU');
    claim('ru2', 'Over Odesa only 12 drones were shot down.', 'en', 'Defence ministry', 10, 'RU');
    const found = db.write(() => finder.evaluate('ru2'))!.candidates;
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/Air force \(UA\) said "40" \(counting drone…, shot down, in Odesa\).*the two sides' estimates do not overlap/);
  });

  it('raises nothing for drones launched against drones shot down, nor for counts of other towns', () => {
    claim('a', 'Over Odesa the army launched 40 drones on Tuesday.', 'en', 'Army', 10);
    claim('b', 'Over Odesa 12 drones were shot down on Tuesday.', 'en', 'Air force', 10);
    claim('c', 'In Regensburg wurden 1.200 Menschen evakuiert.', 'de', 'Stadt', 10);
    claim('d', 'In Passau wurden 3.000 Menschen evakuiert.', 'de', 'Feuerwehr', 10);
    for (const id of ['a', 'b', 'c', 'd']) expect(db.write(() => finder.evaluate(id))!.candidates).toEqual([]);
  });
});
