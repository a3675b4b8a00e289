import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';

describe('event feed', () => {
  let t: TestApp;
  let checker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
  });
  afterAll(() => t.close());

  it('records every change in order and replays from any event', async () => {
    const source = (await checker.post('/v1/sources', { text: 'Officials counted 300 tanks near the border.', publisher: 'Wire' })).body;
    const claim = (await checker.post('/v1/claims', { text: '300 tanks are near the border.', claimant: { name: 'Officials' }, sourceId: source.id })).body;
    await checker.patch(`/v1/claims/${claim.id}`, { tags: ['tanks'] });
    const counter = (await checker.post(`/v1/claims/${claim.id}/counter-claims`, { text: 'There are no tanks.', claimant: { name: 'Defence ministry' }, stance: 'disputes' })).body;

    // what the requests wrote; background jobs (extraction, checks) add events of their own
    const requestDriven = (e: { type: string; data: { origin?: string } }) =>
      ['source.ingested', 'claim.created', 'claim.updated', 'claim.linked'].includes(e.type) && e.data.origin !== 'extracted';
    const everything = (await t.admin.get('/v1/events?limit=200')).body.items;
    const feed = everything.filter(requestDriven);
    expect(feed.map((e: { type: string }) => e.type)).toEqual([
      'source.ingested', 'claim.created', 'claim.updated', 'claim.created', 'claim.linked',
    ]);
    // background checks announce themselves but leave the claim's version alone
    expect(feed[2].data).toEqual({ claimId: claim.id, version: 2, fields: ['tags'] });
    expect(feed[4].data).toMatchObject({ fromClaimId: counter.claim.id, toClaimId: claim.id, relation: 'disputes', version: 3 });
    for (const e of feed) {
      expect(e).toEqual({ id: expect.any(String), type: expect.any(String), timestamp: expect.stringMatching(/Z$/), data: expect.any(Object) });
    }

    const anchor = everything.findIndex((e: { id: string }) => e.id === feed[1].id);
    const afterSecond = (await t.admin.get(`/v1/events?after=${feed[1].id}&limit=200`)).body.items;
    expect(afterSecond.slice(0, everything.length - anchor - 1).map((e: { id: string }) => e.id)).toEqual(
      everything.slice(anchor + 1).map((e: { id: string }) => e.id),
    );
    const createdOnly = (await t.admin.get('/v1/events?type=claim.created')).body.items;
    expect(createdOnly.every((e: { type: string }) => e.type === 'claim.created')).toBe(true);
    expect(createdOnly.filter(requestDriven)).toHaveLength(2);
    const paged = (await t.admin.get('/v1/events?limit=2')).body;
    const next = (await t.admin.get(`/v1/events?limit=2&cursor=${paged.nextCursor}`)).body;
    expect([...paged.items, ...next.items].map((e: { id: string }) => e.id)).toEqual(everything.slice(0, 4).map((e: { id: string }) => e.id));

    expect((await t.admin.get('/v1/events?after=00000000-0000-4000-8000-000000000000')).status).toBe(400);
    expect((await t.admin.get('/v1/events?type=claim.exploded')).status).toBe(400);
    expect((await checker.get('/v1/events')).status).toBe(403);
  });

  it('a write that fails half way leaves neither the change nor its event behind', async () => {
    const target = (await checker.post('/v1/claims', { text: 'The bridge was destroyed.', claimant: { name: 'Army spokesman' } })).body;
    const announced = async () =>
      (await t.admin.get('/v1/events?limit=200')).body.items.filter((e: { type: string }) => ['claim.created', 'claim.linked'].includes(e.type)).length;
    const before = await announced();
    // Make the second statement of the counter-claim transaction fail: the claim row and its
    // claim.created event are already written when the link insert aborts.
    const db = new Database(t.settings.database.path);
    db.exec(`CREATE TRIGGER refuse_supports BEFORE INSERT ON claim_links WHEN NEW.relation = 'supports'
             BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    try {
      const res = await checker.post(`/v1/claims/${target.id}/counter-claims`, {
        text: 'A unique sentence that must not survive.', claimant: { name: 'Bridge authority' }, stance: 'supports',
      });
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      const left = db.prepare('SELECT COUNT(*) AS n FROM claims WHERE text = ?').get('A unique sentence that must not survive.') as { n: number };
      expect(left.n).toBe(0);
      expect(await announced()).toBe(before);
      expect((await checker.get(`/v1/claims/${target.id}`)).body.relations.supportedBy).toBe(0);
    } finally {
      db.exec('DROP TRIGGER refuse_supports');
      db.close();
    }
    // and the service keeps working afterwards
    const ok = await checker.post(`/v1/claims/${target.id}/counter-claims`, { text: 'Confirmed by photos.', claimant: { name: 'Bridge authority' }, stance: 'supports' });
    expect(ok.status).toBe(201);
  });
});
