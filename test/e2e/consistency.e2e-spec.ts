import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { ConsistencyService } from '../../src/consistency/consistency.service.js';
import { FlagFinder } from '../../src/consistency/flag-finder.js';
import { DEFAULT_CONSISTENCY_OPTIONS } from '../../src/consistency/rules.js';
import { Db } from '../../src/database/db.js';

/**
 * Quantities and consistency flags through HTTP and the real queue: claims carry their figures,
 * the `consistency` job raises flags (once per pair), resolution closes them, corrections stick.
 * Scenarios sit months apart (claimedAt) so the 14-day window keeps them from meeting each other.
 */
type Client = ApiClient & { userId: string };
type Claim = { id: string; version: number; openFlags: number; quantities: Array<Record<string, unknown>>; [k: string]: unknown };
type Flag = { id: string; type: string; status: string; claimIds: string[]; explanation: string; quantities: Array<Record<string, unknown>>; [k: string]: unknown };

const QUANTITY_FIELDS = ['text', 'start', 'end', 'min', 'max', 'minInclusive', 'maxInclusive', 'qualifier', 'unit', 'measure', 'subject'];
const FLAG_FIELDS = ['id', 'type', 'severity', 'status', 'claimIds', 'quantities', 'measure', 'subject', 'explanation', 'createdAt', 'resolvedBy', 'note'];
const day = (n: number) => new Date(Date.UTC(2024, 2, 1, 12) + n * 86_400_000).toISOString();

describe('quantities and consistency flags', () => {
  let t: TestApp;
  let fc: Client;
  const calm: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    fc = await t.user('fact_checker', 'Frida Fact');
    for (const text of ['The mayor opened the new footbridge on Monday.', 'Der Bürgermeister hat die neue Fußgängerbrücke eröffnet.']) {
      calm.push((await post(text, 'City hall', day(-30))).id);
    }
  });
  afterAll(() => t.close());

  async function post(text: string, claimant: string, claimedAt: string, country?: string): Promise<Claim> {
    const res = await fc.post('/v1/claims', { text, claimant: { name: claimant, ...(country && { country }) }, claimedAt });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Every `consistency.completed` event, oldest first (all pages). */
  async function completions(): Promise<Array<{ data: { claimId: string; version: number; raised: string[]; closed: string[] } }>> {
    const all = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.admin.get(`/v1/events?type=consistency.completed&limit=200${cursor ? `&cursor=${cursor}` : ''}`)).body;
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  /**
   * Waits until a check has judged this claim version (or a later one): checks of one claim are
   * coalesced, so a job of each version need not exist, but every check ends with its event.
   */
  async function checked(claim: { id: string; version: number }): Promise<void> {
    await eventually(async () => (await completions()).some((e) => e.data.claimId === claim.id && e.data.version >= claim.version));
  }

  async function posted(text: string, claimant: string, claimedAt: string, country?: string): Promise<Claim> {
    const claim = await post(text, claimant, claimedAt, country);
    await checked(claim);
    return claim;
  }

  const claim = async (id: string): Promise<Claim> => (await fc.get(`/v1/claims/${id}`)).body;
  const flagsOf = async (id: string, query = ''): Promise<Flag[]> => {
    const res = await fc.get(`/v1/claims/${id}/flags${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const events = async (type: string) => (await t.admin.get(`/v1/events?type=${type}&limit=200`)).body.items as Array<{ data: Record<string, any> }>;
  const history = async (id: string) => (await fc.get(`/v1/claims/${id}/history`)).body as Array<{ action: string; actor: { id: string } | null; data: Record<string, any> }>;

  describe('claims carry their quantities', () => {
    it('extracts the figures on create and shows them in the API field order (English)', async () => {
      const c = await post('The Pentagon says between 1,100 and 1,300 Russian soldiers were killed near the river.', 'Pentagon', day(-60), 'US');
      expect(c.quantities).toHaveLength(1);
      expect(Object.keys(c.quantities[0])).toEqual(QUANTITY_FIELDS);
      expect(c.quantities[0]).toMatchObject({ min: 1100, max: 1300, qualifier: 'range', unit: 'count', measure: 'killed', subject: 'RU' });
      expect((await claim(c.id)).quantities).toEqual(c.quantities);
    });

    it('extracts German figures exactly', async () => {
      const c = await post('Die USA stellen weitere 2,3 Milliarden Dollar Militärhilfe bereit.', 'Außenministerium', day(-90), 'DE');
      expect(c.language).toBe('de');
      expect(c.quantities).toEqual([
        expect.objectContaining({ text: '2,3 Milliarden Dollar', min: 2300000000, max: 2300000000, qualifier: 'exact', unit: 'USD', measure: 'aid' }),
      ]);
    });
  });

  describe('the date figures are compared at', () => {
    const referenceDates = (claimId: string): string[] => {
      const db = new Database(t.settings.database.path, { readonly: true });
      try {
        return (db.prepare('SELECT reference_date FROM claim_quantities WHERE claim_id = ? ORDER BY idx').all(claimId) as Array<{ reference_date: string }>)
          .map((r) => r.reference_date);
      } finally {
        db.close();
      }
    };

    it('is when the claim was made, else when its cited source was published, else when it was entered; edits keep the rule', async () => {
      const published = '2023-05-10T06:00:00.000Z';
      const source = (await fc.post('/v1/sources', {
        text: 'Die Behörde meldete 412 Verletzte nach dem Sturm im Norden des Landes.', publisher: 'Nordkurier', publishedAt: published,
      })).body;

      const cited = (await fc.post('/v1/claims', { text: 'Nach dem Sturm gab es 412 Verletzte.', claimant: { name: 'Behörde' }, sourceId: source.id, quote: '412 Verletzte' })).body;
      expect(referenceDates(cited.id)).toEqual([published]);

      const dated = (await fc.post('/v1/claims', {
        text: 'The storm injured 412 people.', claimant: { name: 'Agency' }, claimedAt: '2023-05-08T12:00:00.000Z', sourceId: source.id,
      })).body;
      expect(referenceDates(dated.id)).toEqual(['2023-05-08T12:00:00.000Z']);

      const plain = (await fc.post('/v1/claims', { text: 'The storm injured 413 people.', claimant: { name: 'Agency' } })).body;
      expect(referenceDates(plain.id)).toEqual([plain.createdAt]);

      // an edit re-extracts through the general path and must date the figures the same way
      const edited = await fc.patch(`/v1/claims/${cited.id}`, { text: 'Nach dem Sturm gab es 415 Verletzte.' });
      expect(edited.status).toBe(200);
      expect(edited.body.quantities.map((q: { min: number }) => q.min)).toEqual([415]);
      expect(referenceDates(cited.id)).toEqual([published]);
    });
  });

  describe('range conflicts', () => {
    let a: Claim;
    let b: Claim;
    let flag: Flag;

    it('flags two claimants whose figures two days apart cannot both be true, and lifts both claims in the queue', async () => {
      a = await posted('U.S. officials estimate that between 5,000 and 9,000 Russian soldiers were killed during the winter offensive.', 'U.S. officials', day(0), 'US');
      b = await posted('A monitoring group counts more than 13,500 Russian soldiers killed in the same offensive.', 'Monitoring group', day(2));

      const flags = await eventually(async () => {
        const items = await flagsOf(a.id);
        return items.length > 0 ? items : false;
      });
      expect(flags).toHaveLength(1);
      flag = flags[0];
      expect(Object.keys(flag)).toEqual(FLAG_FIELDS);
      expect(flag).toMatchObject({ type: 'range_conflict', status: 'open', claimIds: [a.id, b.id], measure: 'killed', subject: 'RU', resolvedBy: null, note: null });
      expect(['low', 'medium', 'high']).toContain(flag.severity);
      expect(flag.explanation).toContain('"between 5,000 and 9,000"');
      expect(flag.explanation).toContain('"more than 13,500"');
      expect(flag.explanation).toContain('U.S. officials');
      expect(flag.explanation).toContain('Monitoring group');
      expect(flag.explanation).toContain(day(0).slice(0, 10));
      expect(flag.explanation).toContain(day(2).slice(0, 10));
      expect(flag.quantities.map((q) => [q.claimId, q.text])).toEqual([[a.id, 'between 5,000 and 9,000'], [b.id, 'more than 13,500']]);
      expect((await flagsOf(b.id)).map((f) => f.id)).toEqual([flag.id]);

      const [ca, cb] = [await claim(a.id), await claim(b.id)];
      expect([ca.openFlags, cb.openFlags]).toEqual([1, 1]);
      expect(ca.version).toBe(a.version); // flags are derived: no edit, no new version
      const queue = (await fc.get('/v1/claims')).body.items.map((c: Claim) => c.id);
      expect(new Set(queue.slice(0, 2))).toEqual(new Set([a.id, b.id]));
      expect(queue.indexOf(calm[0])).toBeGreaterThan(1);

      const raised = (await events('flag.raised')).filter((e) => e.data.flagId === flag.id);
      expect(raised).toHaveLength(1);
      expect(raised[0].data).toMatchObject({ type: 'range_conflict', claimIds: [a.id, b.id], claimId: a.id });
      expect(raised[0].data.version).toBe(a.version);
    });

    it('does not duplicate the flag when the check runs again or an edit keeps the figures', async () => {
      const consistency = t.app.get(ConsistencyService);
      expect(await consistency.check(a.id)).toMatchObject({ raised: [], closed: [] });
      expect(await consistency.check(b.id)).toMatchObject({ raised: [], closed: [] });

      const edited = await fc.patch(`/v1/claims/${b.id}`, { text: 'A monitoring group now counts more than 13,500 Russian soldiers killed in the same offensive.' });
      expect(edited.status).toBe(200);
      await checked(edited.body);

      const flags = await flagsOf(b.id);
      expect(flags.map((f) => [f.id, f.status])).toEqual([[flag.id, 'open']]);
      expect((await claim(b.id)).openFlags).toBe(1);
      expect((await events('flag.raised')).filter((e) => e.data.claimIds.includes(b.id))).toHaveLength(1);
    });

    it('flags German figures the same way', async () => {
      const g1 = await posted('Laut Regierungsangaben wurden zwischen 2.000 und 3.000 ukrainische Soldaten verwundet.', 'Regierung', day(200), 'UA');
      const g2 = await posted('Ein Militärblog spricht von mehr als 4.500 verwundeten ukrainischen Soldaten.', 'Militärblog', day(201));
      const flags = await eventually(async () => {
        const items = await flagsOf(g2.id);
        return items.length > 0 ? items : false;
      });
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ type: 'range_conflict', claimIds: [g1.id, g2.id], measure: 'wounded', subject: 'UA' });
      expect(flags[0].explanation).toContain('"zwischen 2.000 und 3.000"');
      expect(flags[0].explanation).toContain('"mehr als 4.500"');

      // an edit that makes the figures compatible closes the flag (by the system, with a note)
      const edited = await fc.patch(`/v1/claims/${g2.id}`, { text: 'Ein Militärblog spricht von mehr als 2.500 verwundeten ukrainischen Soldaten.' });
      expect(edited.status).toBe(200);
      await checked(edited.body);
      const [closed] = await flagsOf(g2.id);
      expect(closed).toMatchObject({ id: flags[0].id, status: 'dismissed', resolvedBy: null });
      expect(closed.note).toMatch(/automatically/);
      expect([(await claim(g1.id)).openFlags, (await claim(g2.id)).openFlags]).toEqual([0, 0]);
      const resolved = (await events('flag.resolved')).filter((e) => e.data.flagId === closed.id);
      expect(resolved.map((e) => [e.data.resolution, e.data.automatic, e.data.actor])).toEqual([['dismissed', true, null]]);
    });

    it('leaves figures alone that can both be true', async () => {
      const pairs = [
        ['Ukraine has so far received $61 billion in US military aid, the senator said.', 'According to the embassy, more than $60 billion in US military aid has reached Ukraine.', 100],
        ['Die Ukraine hat bislang 61 Milliarden Dollar US-Militärhilfe erhalten.', 'Nach Angaben der Botschaft sind mehr als 60 Milliarden Dollar US-Militärhilfe in der Ukraine angekommen.', 110],
      ] as const;
      for (const [first, second, at] of pairs) {
        const c = await posted(first, 'Senator', day(at));
        const d = await posted(second, 'Embassy', day(at + 1));
        expect(c.quantities[0]).toMatchObject({ measure: 'aid', subject: 'US', unit: 'USD' });
        expect(d.quantities[0]).toMatchObject({ measure: 'aid', subject: 'US', unit: 'USD', qualifier: 'more_than' });
        expect(await flagsOf(c.id)).toEqual([]);
        expect(await flagsOf(d.id)).toEqual([]);
      }
    });

    it('compares shares only when they divide the same whole (English and German)', async () => {
      const cases = [
        ['Nearly 100 percent of the Russian troops are committed to the war, the agency said.',
          'Russian officials say 70 percent of the machinery Russia imports now comes from China.', 'Only 60 percent of the Russian troops are committed to the war.', 500],
        ['Fast 100 Prozent der russischen Soldaten sind im Krieg gebunden.',
          'Russland bezieht 70 Prozent der Maschinen, die es einführt, aus China.', 'Nur 60 Prozent der russischen Soldaten sind im Krieg gebunden.', 520],
      ] as const;
      for (const [troops, machinery, fewerTroops, at] of cases) {
        const whole = await posted(troops, 'Agency', day(at), 'US');
        const other = await posted(machinery, 'Trade office', day(at + 1), 'US');
        // both are shares about Russia: before the whole counted, the two were flagged as a clash
        expect(whole.quantities).toEqual([expect.objectContaining({ measure: 'share', subject: 'RU', unit: 'percent' })]);
        expect(other.quantities).toEqual([expect.objectContaining({ measure: 'share', subject: 'RU', unit: 'percent' })]);
        expect(await flagsOf(other.id)).toEqual([]);
        // a share of the same whole that cannot be true beside the first is still flagged
        const same = await posted(fewerTroops, 'Think tank', day(at + 2), 'GB');
        const flags = await eventually(async () => {
          const items = await flagsOf(same.id);
          return items.length > 0 ? items : false;
        });
        expect(flags.map((f) => [f.type, f.measure, [...f.claimIds].sort()])).toEqual([['range_conflict', 'share', [whole.id, same.id].sort()]]);
        expect(await flagsOf(other.id)).toEqual([]);
      }
    });

    it('raises one flag when the same assertion is held twice (English and German)', async () => {
      const cases = [
        ['Pentagon officials estimate that between 5,000 and 7,000 Russian soldiers have been killed.', 'Pentagon',
          'Kyiv says more than 14,000 Russian soldiers have been killed.', 'Ukrainian general staff', 600],
        ['Nach Schätzung des Pentagon wurden zwischen 5.000 und 7.000 russische Soldaten getötet.', 'Pentagon',
          'Kiew beziffert die Zahl der getöteten russischen Soldaten auf mehr als 14.000.', 'Ukrainischer Generalstab', 620],
      ] as const;
      for (const [estimate, estimator, rival, rivalClaimant, at] of cases) {
        const first = await posted(estimate, estimator, day(at), 'US');
        const other = await posted(rival, rivalClaimant, day(at + 1), 'UA');
        await eventually(async () => (await flagsOf(other.id)).length === 1);
        // the same statement again, as a second outlet's copy would bring it
        const again = await posted(estimate, estimator, day(at), 'US');
        expect(again.quantities).toEqual(first.quantities);
        expect(await flagsOf(again.id)).toEqual([]);
        expect((await flagsOf(other.id)).map((f) => [...f.claimIds].sort())).toEqual([[first.id, other.id].sort()]);
        expect((await claim(other.id)).openFlags).toBe(1);
        // a re-check of the rival claim keeps the one flag
        await t.app.get(ConsistencyService).check(other.id);
        expect((await flagsOf(other.id)).filter((f) => f.status === 'open')).toHaveLength(1);
      }
    });

    it('does not compare claims 30 days apart', async () => {
      const pairs = [
        ['U.S. officials estimate that between 5,000 and 9,000 Russian soldiers were killed during the winter offensive.', 'A monitoring group counts more than 13,500 Russian soldiers killed in the same offensive.', 300],
        ['Laut Regierungsangaben wurden zwischen 2.000 und 3.000 ukrainische Soldaten verwundet.', 'Ein Militärblog spricht von mehr als 4.500 verwundeten ukrainischen Soldaten.', 400],
      ] as const;
      for (const [first, second, at] of pairs) {
        const e = await posted(first, 'U.S. officials', day(at), 'US');
        const f = await posted(second, 'Monitoring group', day(at + 30));
        expect(e.quantities[0].measure).toBe(f.quantities[0].measure);
        expect(await flagsOf(e.id)).toEqual([]);
        expect(await flagsOf(f.id)).toEqual([]);
      }
    });

    it('resolves a flag: status, note, open flags back to 0, event and history on both claims', async () => {
      const res = await fc.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'dismissed', note: 'The group counts a longer period.' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: flag.id, status: 'dismissed', resolvedBy: { id: fc.userId, name: 'Frida Fact' }, note: 'The group counts a longer period.' });
      expect(Object.keys(res.body)).toEqual(FLAG_FIELDS);

      const [ca, cb] = [await claim(a.id), await claim(b.id)];
      expect([ca.openFlags, cb.openFlags]).toEqual([0, 0]);
      const resolved = (await events('flag.resolved')).filter((e) => e.data.flagId === flag.id);
      expect(resolved).toHaveLength(1);
      expect(resolved[0].data).toMatchObject({ resolution: 'dismissed', claimIds: [a.id, b.id], actor: fc.userId, claimId: a.id });
      expect(resolved[0].data.version).toBeLessThanOrEqual(ca.version);
      for (const id of [a.id, b.id]) {
        const entry = (await history(id)).find((h) => h.action === 'resolve_flag');
        expect(entry).toMatchObject({ actor: { id: fc.userId }, data: { flagId: flag.id, resolution: 'dismissed' } });
      }

      // a closed pair with unchanged figures is not raised again by a later check
      await t.app.get(ConsistencyService).check(a.id);
      expect(await flagsOf(a.id, '?status=open')).toEqual([]);
      expect((await claim(a.id)).openFlags).toBe(0);
    });

    it('refuses to resolve a flag twice, unknown flags and bad bodies', async () => {
      expect((await fc.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'confirmed', note: 'again' })).status).toBe(409);
      expect((await fc.post('/v1/flags/no-such-flag/resolve', { resolution: 'confirmed', note: 'x' })).status).toBe(404);
      const bad = await fc.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'maybe', note: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('resolution');
      expect((await fc.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'confirmed' })).status).toBe(400);
      expect((await t.anonymous.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'confirmed', note: 'x' })).status).toBe(401);
      expect((await t.anonymous.get('/v1/flags')).status).toBe(401);
    });
  });

  describe('when a check is done', () => {
    it('says so with consistency.completed also when it finds nothing', async () => {
      const quiet = await posted('Der Stadtrat hat am Dienstag getagt.', 'Stadtrat', day(-90));
      const done = (await completions()).filter((e) => e.data.claimId === quiet.id);
      expect(done.length).toBeGreaterThanOrEqual(1);
      expect(done[0].data).toEqual({ claimId: quiet.id, version: 1, raised: [], closed: [] });
    });

    it('names the flags it raised', async () => {
      const x = await posted('Officials say about 300 Ukrainian soldiers were wounded in the raid.', 'Officials', day(900));
      const y = await posted('Local doctors say more than 2,000 Ukrainian soldiers were wounded in the raid.', 'Doctors', day(901));
      const [flagged] = await eventually(async () => {
        const items = await flagsOf(y.id);
        return items.length > 0 ? items : false;
      });
      const done = (await completions()).filter((e) => e.data.claimId === y.id);
      expect(done.flatMap((e) => e.data.raised)).toEqual([flagged.id]);
      expect(flagged.claimIds).toEqual([x.id, y.id]);
    });
  });

  describe('thousands of claims on one measure: the bounded fan-out', () => {
    // Four claims of one agency and one of another with the same figure, then a figure that cannot
    // be true beside it: one flag per claimant and figure, not one per claim (partner-bound.ts).
    const killedRange = 'Between 5,000 and 9,000 Russian soldiers have been killed.';
    let agency: Claim[];
    let other: Claim;
    let kyiv: Claim;

    it('flags each claimant\'s figure once, through its earliest claim (English and German)', async () => {
      agency = [];
      for (let i = 0; i < 4; i++) agency.push(await posted(killedRange, 'Agency North', day(400 + i)));
      other = await posted('Zwischen 5.000 und 9.000 russische Soldaten sind getötet worden.', 'Agentur Süd', day(404));
      kyiv = await posted('More than 13,500 Russian soldiers have been killed.', 'Kyiv general staff', day(405));
      const flags = await eventually(async () => {
        const items = await flagsOf(kyiv.id);
        return items.length >= 2 ? items : false;
      });
      expect(flags.map((f) => f.claimIds).sort()).toEqual([[agency[0].id, kyiv.id], [other.id, kyiv.id]].sort());
      for (const later of agency.slice(1)) expect(await flagsOf(later.id)).toEqual([]);
    });

    it('reads only the nearest figures, keeps flagged partners, and a re-check changes nothing', async () => {
      const finder = new FlagFinder(t.app.get(Db), DEFAULT_CONSISTENCY_OPTIONS, { perSide: 2 });
      const bounded = finder.evaluate(kyiv.id)!;
      // nearest two before: the other agency and the last of the four; the first of the four is flagged,
      // so it is read too and stays the agency's one flag (conflict-selection.ts): the last is not flagged
      const partners = new Set(bounded.candidates.flatMap((c) => c.claimIds));
      expect([...partners].sort()).toEqual([kyiv.id, other.id, agency[0].id].sort());
      expect(bounded.partnerCount).toBe(3);
      const unbounded = new FlagFinder(t.app.get(Db), DEFAULT_CONSISTENCY_OPTIONS, { perSide: Infinity }).evaluate(kyiv.id)!;
      expect(unbounded.partnerCount).toBe(2); // one per claimant and figure, out of five claims
      expect(await t.app.get(ConsistencyService).check(kyiv.id)).toMatchObject({ raised: [], closed: [] });
      expect(await flagsOf(kyiv.id, '?status=open')).toHaveLength(2);
    });
  });

  describe('one flag per claimant on the other side', () => {
    it('a claimant whose estimate moves is flagged once, through the figure nearest in time (English and German)', async () => {
      const moving = [
        await posted('Etwa 2.000 russische Soldaten wurden getötet.', 'Moscow ministry', day(700)),
        await posted('About 3,000 Russian soldiers have been killed.', 'Moscow ministry', day(704)),
        await posted('Rund 4.000 russische Soldaten sind getötet worden.', 'Moscow ministry', day(708)),
      ];
      const kyiv = await posted('More than 13,500 Russian soldiers have been killed.', 'Kyiv general staff', day(709));
      const [flag, ...more] = await eventually(async () => {
        const items = await flagsOf(kyiv.id);
        return items.length > 0 ? items : false;
      });
      expect(more).toEqual([]);
      expect(flag.claimIds).toEqual([moving[2].id, kyiv.id]);
      expect(await t.app.get(ConsistencyService).check(kyiv.id)).toMatchObject({ raised: [], closed: [] });
    });
  });

  describe('part sums', () => {
    it('flags parts that exceed their total, in German and English', async () => {
      for (const [text, total, at] of [
        ['Die USA haben 9,2 Milliarden Dollar Militärhilfe zugesagt, davon 7,1 Milliarden für Waffen und 3,4 Milliarden für Munition.', '9,2 Milliarden Dollar', 500],
        ['Washington pledged $4.5 billion in military aid, of which $3.2 billion is for weapons and $2.1 billion for ammunition.', '$4.5 billion', 520],
      ] as const) {
        const p = await post(text, 'Ministry', day(at));
        const flags = await eventually(async () => {
          const items = await flagsOf(p.id);
          return items.length > 0 ? items : false;
        });
        expect(flags).toHaveLength(1);
        expect(flags[0]).toMatchObject({ type: 'part_sum_mismatch', status: 'open', claimIds: [p.id] });
        expect(flags[0].quantities.map((q) => q.index)).toEqual([0, 1, 2]);
        expect(flags[0].explanation).toContain(`"${total}"`);
        expect((await claim(p.id)).openFlags).toBe(1);
      }
    });

    it('leaves parts alone that add up', async () => {
      const ok = await posted('Washington pledged $4.5 billion in military aid, of which $3.2 billion is for weapons and $1.3 billion for ammunition.', 'Ministry', day(540));
      expect(await flagsOf(ok.id)).toEqual([]);
    });
  });

  describe('listing flags', () => {
    it('filters by status, type and claim, newest first, paged', async () => {
      const all = (await fc.get('/v1/flags?limit=200')).body.items as Flag[];
      expect(all.length).toBeGreaterThanOrEqual(4);
      const sums = (await fc.get('/v1/flags?type=part_sum_mismatch')).body.items as Flag[];
      expect(sums.length).toBe(2);
      expect(sums.every((f) => f.type === 'part_sum_mismatch')).toBe(true);
      const dismissed = (await fc.get('/v1/flags?status=dismissed')).body.items as Flag[];
      expect(dismissed.map((f) => f.status)).toEqual(dismissed.map(() => 'dismissed'));
      expect((await fc.get('/v1/flags?status=open,dismissed')).body.items).toHaveLength(all.length);

      const first = (await fc.get('/v1/flags?limit=1')).body;
      expect(first.items).toHaveLength(1);
      expect(first.items[0].id).toBe(all[0].id);
      const second = (await fc.get(`/v1/flags?limit=1&cursor=${first.nextCursor}`)).body;
      expect(second.items[0].id).toBe(all[1].id);

      expect((await fc.get('/v1/flags?status=closed')).status).toBe(400);
      expect((await fc.get('/v1/claims/no-such-claim/flags')).status).toBe(404);
    });
  });

  describe('corrections', () => {
    it('records a correction of a figure, which the rules then use and which survives a text edit', async () => {
      const hospital = await posted('According to the regional hospital, more than 1,500 Ukrainian soldiers were wounded in the strike.', 'Regional hospital', day(701));
      const created = await posted('The regional governor said 800 people were taken to hospital after the strike.', 'Regional governor', day(700), 'UA');
      expect(created.quantities[0]).toMatchObject({ text: '800', measure: null, subject: null });
      const k = await claim(created.id);

      const stale = await fc.patch(`/v1/claims/${k.id}/quantities/0`, { measure: 'wounded' }, { 'If-Match': `"${k.version + 5}"` });
      expect(stale.status).toBe(412);
      const res = await fc.patch(`/v1/claims/${k.id}/quantities/0`, { measure: 'wounded', subject: 'UA' }, { 'If-Match': `"${k.version}"` });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe(`"${k.version + 1}"`);
      expect(res.body.version).toBe(k.version + 1);
      expect(res.body.quantities[0]).toEqual({ ...k.quantities[0], measure: 'wounded', subject: 'UA' });

      const entry = (await history(k.id)).find((h) => h.action === 'correct_quantity');
      expect(entry).toMatchObject({ actor: { id: fc.userId }, data: { index: 0, text: '800', previous: { measure: null, subject: null }, correction: { measure: 'wounded', subject: 'UA' } } });
      const updated = (await events('claim.updated')).filter((e) => e.data.claimId === k.id);
      expect(updated.at(-1)?.data).toMatchObject({ version: k.version + 1, fields: ['quantities'] });

      // the corrected figure now meets the hospital's figure in the rules
      await checked(res.body);
      const flags = await flagsOf(k.id);
      expect(flags.map((f) => [f.type, f.claimIds])).toEqual([['range_conflict', [k.id, hospital.id]]]);

      const edited = await fc.patch(`/v1/claims/${k.id}`, { text: 'After the strike, the regional governor said, 800 people were taken to hospital.' });
      expect(edited.status).toBe(200);
      expect(edited.body.quantities[0]).toMatchObject({ text: '800', measure: 'wounded', subject: 'UA' });
      await checked(edited.body);
      expect((await flagsOf(k.id)).map((f) => [f.id, f.status])).toEqual([[flags[0].id, 'open']]);
    });

    it('refuses corrections of missing figures and invalid values', async () => {
      const c = await post('Officials said about 40 tanks were destroyed.', 'Officials', day(800));
      expect((await fc.patch(`/v1/claims/${c.id}/quantities/3`, { measure: 'killed' })).status).toBe(404);
      expect((await fc.patch(`/v1/claims/${c.id}/quantities/x`, { measure: 'killed' })).status).toBe(400);
      expect((await fc.patch(`/v1/claims/no-such-claim/quantities/0`, { measure: 'killed' })).status).toBe(404);
      for (const body of [{}, { min: 50, max: 10 }, { qualifier: 'lots' }, { subject: 'Russia' }, { unit: null }, { colour: 'red' }]) {
        const res = await fc.patch(`/v1/claims/${c.id}/quantities/0`, body);
        expect([res.status, body]).toEqual([400, body]);
      }
      expect((await history(c.id)).map((h) => h.action)).not.toContain('correct_quantity');
      expect((await claim(c.id)).quantities).toEqual(c.quantities);
    });
  });

  describe('POST /v1/extract/quantities', () => {
    it('detects German and returns exact values', async () => {
      const res = await fc.post('/v1/extract/quantities', { text: 'Nach Angaben des Ministeriums wurden rund 7.500 Soldaten verwundet, die Hilfe beträgt 1,25 Milliarden Euro.' });
      expect(res.status).toBe(200);
      expect(res.body.language).toBe('de');
      expect(res.body.quantities.map((q: Record<string, unknown>) => [q.text, q.min, q.max, q.qualifier, q.unit])).toEqual([
        ['rund 7.500', 7500, 7500, 'approx', 'count'],
        ['1,25 Milliarden Euro', 1250000000, 1250000000, 'exact', 'EUR'],
      ]);
      expect(Object.keys(res.body.quantities[0])).toEqual(QUANTITY_FIELDS);
    });

    it('takes the language when given, and English bounds', async () => {
      const res = await fc.post('/v1/extract/quantities', { text: 'At least 2,000 troops and up to 40 tanks crossed the border.', language: 'en' });
      expect(res.status).toBe(200);
      expect(res.body.language).toBe('en');
      expect(res.body.quantities.map((q: Record<string, unknown>) => [q.text, q.min, q.max, q.qualifier])).toEqual([
        ['At least 2,000', 2000, null, 'at_least'],
        ['up to 40', null, 40, 'at_most'],
      ]);
    });

    it('validates and needs a caller', async () => {
      expect((await fc.post('/v1/extract/quantities', { text: '' })).status).toBe(400);
      expect((await fc.post('/v1/extract/quantities', { text: 'two', language: 'fr' })).status).toBe(400);
      expect((await fc.post('/v1/extract/quantities', { text: 'two', extra: 1 })).status).toBe(400);
      expect((await t.anonymous.post('/v1/extract/quantities', { text: 'two' })).status).toBe(401);
      expect((await fc.post('/v1/extract/quantities', { text: 'Kein einziger Wert hier.' })).body.quantities).toEqual([]);
    });
  });
});
