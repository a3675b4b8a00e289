/* eslint-disable @typescript-eslint/no-explicit-any */
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';

/**
 * Figures over time through real HTTP, with the real consistency worker raising the flag between
 * two of them: estimates written in English and German group under one measure, each keeps its
 * interval and qualifier, the window and the order hold, and a conflicting pair shares a flag id.
 */
type Client = ApiClient & { userId: string };
type Figure = {
  claimId: string; quantityIndex: number; claimant: { name: string }; claimedAt: string; dated: string; min: number | null; max: number | null;
  minInclusive: boolean; maxInclusive: boolean; qualifier: string; text: string; quantityText: string; status: string; flagIds: string[];
};

describe('figures over time', () => {
  let t: TestApp;
  let fc: Client;
  let editor: Client;
  const ids: Record<string, string> = {};

  const post = async (text: string, claimant: string, claimedAt: string | null, language: 'en' | 'de') => {
    const res = await fc.post('/v1/claims', { text, claimant: { name: claimant }, language, ...(claimedAt && { claimedAt }) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const figures = async (query: string): Promise<{ measure: string; subject: string | null; unit: string; items: Figure[]; truncated: boolean }> => {
    const res = await fc.get(`/v1/figures?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    fc = await t.user('fact_checker', 'Frida Fact');
    editor = await t.user('editor', 'Emil Editor');
    // posted out of date order: the answer is ordered by the date each figure speaks for
    ids.exact = await post('Moscow says 1,351 Russian soldiers have been killed in the fighting.', 'Russian defence ministry', '2022-04-05T09:00:00Z', 'en');
    ids.range = await post('Between 5,000 and 9,000 Russian soldiers have been killed so far.', 'U.S. officials', '2022-03-10T12:00:00Z', 'en');
    ids.bound = await post('Mehr als 13.500 russische Soldaten sind seit Kriegsbeginn getötet worden.', 'Ukrainischer Generalstab', '2022-03-12T08:00:00Z', 'de');
    ids.approx = await post('Rund 15.000 russische Soldaten wurden nach britischen Angaben getötet.', 'Britisches Verteidigungsministerium', '2022-04-25T10:00:00Z', 'de');
    ids.nobody = await post('In the blast 300 people were killed.', 'Local police', '2022-03-11T00:00:00Z', 'en');
    ids.aid = await post('Congress approved $13.6 billion in aid to Ukraine.', 'U.S. Congress', '2022-03-11T00:00:00Z', 'en');
    // the range and the bound cannot both be true: the consistency worker flags the pair
    await eventually(async () => (await fc.get(`/v1/claims/${ids.bound}`)).body.openFlags > 0, 30000, 100);
    // a dismissed claim's figure was still said: it stays on the chart, with its status
    await editor.post(`/v1/claims/${ids.approx}/dismiss`, { reason: 'Not checkable from here.' });
  }, 60_000);
  afterAll(() => t?.close());

  it('lists the measures held, most claims first, with their open flags; an unknown subject is null', async () => {
    const res = await fc.get('/v1/figures/measures');
    expect(res.status).toBe(200);
    const killedRu = res.body.items.find((m: any) => m.measure === 'killed' && m.subject === 'RU' && m.unit === 'count');
    expect(killedRu).toEqual({ measure: 'killed', subject: 'RU', unit: 'count', claims: 4, openFlags: 1 });
    expect(res.body.items[0]).toEqual(killedRu);
    expect(res.body.items).toContainEqual({ measure: 'killed', subject: null, unit: 'count', claims: 1, openFlags: 0 });
    const counts = res.body.items.map((m: any) => m.claims);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it('charts every estimate of one measure in English and German, oldest first, each as its interval', async () => {
    const chart = await figures('measure=killed&subject=RU&unit=count');
    expect(chart).toMatchObject({ measure: 'killed', subject: 'RU', unit: 'count', truncated: false });
    expect(chart.items.map((f) => f.claimId)).toEqual([ids.range, ids.bound, ids.exact, ids.approx]);
    const [range, bound, exact, approx] = chart.items;
    expect(range).toMatchObject({
      claimant: { name: 'U.S. officials' }, claimedAt: '2022-03-10T12:00:00.000Z', dated: 'claimed', min: 5000, max: 9000,
      minInclusive: true, maxInclusive: true, qualifier: 'range', text: 'Between 5,000 and 9,000 Russian soldiers have been killed so far.',
      quantityText: expect.stringContaining('5,000'), status: 'pending', quantityIndex: 0,
    });
    expect(bound).toMatchObject({ claimant: { name: 'Ukrainischer Generalstab' }, min: 13500, max: null, minInclusive: false, qualifier: 'more_than' });
    expect(exact).toMatchObject({ min: 1351, max: 1351, qualifier: 'exact', flagIds: [] });
    expect(approx).toMatchObject({ min: 15000, max: 15000, qualifier: 'approx', status: 'dismissed' });
  });

  it('gives the conflicting pair the id of the flag between them, and forgets it once the flag is resolved', async () => {
    const chart = await figures('measure=killed&subject=RU');
    const [range, bound, exact] = chart.items;
    expect(range.flagIds).toHaveLength(1);
    expect(bound.flagIds).toEqual(range.flagIds);
    expect(exact.flagIds).toEqual([]);
    const flag = (await fc.get(`/v1/flags?claimId=${ids.range}&status=open`)).body.items[0];
    expect(flag).toMatchObject({ id: range.flagIds[0], type: 'range_conflict', claimIds: [ids.range, ids.bound] });

    expect((await fc.post(`/v1/flags/${flag.id}/resolve`, { resolution: 'dismissed', note: 'Different periods.' })).status).toBe(200);
    const after = await figures('measure=killed&subject=RU');
    expect(after.items.every((f) => f.flagIds.length === 0)).toBe(true);
    const listed = (await fc.get('/v1/figures/measures')).body.items.find((m: any) => m.measure === 'killed' && m.subject === 'RU');
    expect(listed.openFlags).toBe(0);
  });

  it('keeps to the window: a bare date counts its whole day, a date-time its instant', async () => {
    const march = await figures('measure=killed&subject=RU&from=2022-03-12&to=2022-04-05');
    expect(march.items.map((f) => f.claimId)).toEqual([ids.bound, ids.exact]);
    const toInstant = await figures(`measure=killed&subject=RU&to=${encodeURIComponent('2022-04-05T08:59:59Z')}`);
    expect(toInstant.items.map((f) => f.claimId)).toEqual([ids.range, ids.bound]);
    const latest = await figures('measure=killed&subject=RU&limit=2');
    expect(latest).toMatchObject({ truncated: true });
    expect(latest.items.map((f) => f.claimId)).toEqual([ids.exact, ids.approx]);
  });

  it('keeps figures without a subject, and other units, on charts of their own', async () => {
    const unknown = await figures('measure=killed');
    expect(unknown).toMatchObject({ subject: null, unit: 'count' });
    expect(unknown.items.map((f) => f.claimId)).toEqual([ids.nobody]);
    expect((await figures('measure=killed&subject=&unit=count')).items.map((f) => f.claimId)).toEqual([ids.nobody]);
    expect((await figures('measure=killed&subject=RU&unit=USD')).items).toEqual([]);
    const aid = (await fc.get('/v1/figures/measures')).body.items.find((m: any) => m.measure === 'aid');
    expect(aid).toMatchObject({ unit: 'USD', claims: 1 });
    const chart = await figures(`measure=aid&unit=USD${aid.subject ? `&subject=${aid.subject}` : ''}`);
    expect(chart.items).toEqual([expect.objectContaining({ claimId: ids.aid, min: 13_600_000_000, max: 13_600_000_000 })]);
  });

  it.each([
    ['', 'measure'],
    ['measure=', 'measure'],
    ['measure=killed&from=yesterday', 'from'],
    ['measure=killed&to=2022-13-01', 'to'],
    ['measure=killed&from=2022-03-02&to=2022-03-01', 'to'],
    ['measure=killed&limit=0', 'limit'],
    ['measure=killed&limit=5001', 'limit'],
    ['measure=kil%20led', 'measure'],
    ['measure=killed&measure=wounded', 'measure'],
    ['measure=killed&colour=red', 'colour'],
  ])('refuses ?%s with a problem naming %s', async (query, field) => {
    const res = await fc.get(`/v1/figures?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers only to a known key', async () => {
    expect((await t.anonymous.get('/v1/figures/measures')).status).toBe(401);
    expect((await t.anonymous.get('/v1/figures?measure=killed')).status).toBe(401);
  });
});
