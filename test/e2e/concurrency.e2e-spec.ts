import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';

/**
 * better-sqlite3 gives TypeORM one shared connection. Writes therefore run as synchronous
 * transactions (Db.write) that nothing can interleave with. This fires 200 mixed requests at once —
 * some fail inside their transaction after having written — and checks the database afterwards.
 */
describe('concurrent requests never interfere', () => {
  let t: TestApp;
  let checker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
  });
  afterAll(() => t.close());

  it('keeps every acknowledged write and nothing of the failed ones', async () => {
    const source = (await checker.post('/v1/sources', { text: 'The ministry reported 120 drones shot down overnight.', publisher: 'Wire' })).body;
    const targets: string[] = [];
    for (let i = 0; i < 5; i++) {
      targets.push((await checker.post('/v1/claims', { text: `Target claim ${i}.`, claimant: { name: 'Ministry' } })).body.id);
    }

    type Kind = 'create' | 'bad-quote' | 'counter' | 'patch' | 'bad-patch' | 'read';
    const kinds: Kind[] = Array.from({ length: 200 }, (_, i) => (['create', 'bad-quote', 'counter', 'patch', 'bad-patch', 'read'] as Kind[])[i % 6]);
    const requests = kinds.map((kind, i): Promise<[Kind, number, ApiResponse]> => {
      const target = targets[i % targets.length];
      switch (kind) {
        case 'create':
          return checker.post('/v1/claims', { text: `Concurrent ok ${i}`, claimant: { name: 'Speaker' }, sourceId: source.id, quote: 'drones' }).then((r) => [kind, i, r]);
        case 'bad-quote':
          // inserted, then refused inside the same transaction: must leave nothing
          return checker.post('/v1/claims', { text: `Concurrent bad ${i}`, claimant: { name: 'Speaker' }, sourceId: source.id, quote: 'submarines' }).then((r) => [kind, i, r]);
        case 'counter':
          return checker.post(`/v1/claims/${target}/counter-claims`, { text: `Concurrent counter ${i}`, claimant: { name: 'Rival' }, stance: 'disputes' }).then((r) => [kind, i, r]);
        case 'patch':
          return checker.patch(`/v1/claims/${target}`, { tags: [`t${i}`] }).then((r) => [kind, i, r]);
        case 'bad-patch':
          return checker.patch(`/v1/claims/${target}`, { tags: [`never-${i}`] }, { 'if-match': '"0"' }).then((r) => [kind, i, r]);
        default:
          return checker.get(`/v1/claims/${target}`).then((r) => [kind, i, r]);
      }
    });
    const results = await Promise.all(requests);

    const db = new Database(t.settings.database.path, { readonly: true });
    try {
      const count = (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;
      for (const [kind, i, res] of results) {
        if (kind === 'create') {
          expect(res.status).toBe(201);
          expect(count('SELECT COUNT(*) AS n FROM claims WHERE id = ? AND text = ?', res.body.id, `Concurrent ok ${i}`)).toBe(1);
          expect(count('SELECT COUNT(*) AS n FROM claim_citations WHERE claim_id = ?', res.body.id)).toBe(1);
          expect(count("SELECT COUNT(*) AS n FROM events WHERE type = 'claim.created' AND json_extract(data, '$.claimId') = ?", res.body.id)).toBe(1);
        } else if (kind === 'bad-quote') {
          expect(res.status).toBe(400);
          expect(count('SELECT COUNT(*) AS n FROM claims WHERE text = ?', `Concurrent bad ${i}`)).toBe(0);
        } else if (kind === 'counter') {
          expect(res.status).toBe(201);
          expect(count('SELECT COUNT(*) AS n FROM claim_links WHERE from_claim_id = ? AND relation = ?', res.body.claim.id, 'disputes')).toBe(1);
        } else if (kind === 'patch') {
          expect(res.status).toBe(200);
          expect(count("SELECT COUNT(*) AS n FROM claim_history WHERE action = 'edit' AND json_extract(data, '$.previous.tags') IS NOT NULL AND claim_id = ?", res.body.id)).toBeGreaterThan(0);
        } else if (kind === 'bad-patch') {
          expect(res.status).toBe(412);
          expect(count('SELECT COUNT(*) AS n FROM claims WHERE tags LIKE ?', `%never-${i}%`)).toBe(0);
        } else {
          expect(res.status).toBe(200);
        }
      }
      const created = results.filter(([k]) => k === 'create' || k === 'counter').length;
      expect(count("SELECT COUNT(*) AS n FROM claims WHERE text LIKE 'Concurrent%'")).toBe(created);
      // claims made by people (background extraction of the source may add its own)
      expect(count(`SELECT COUNT(*) AS n FROM events e JOIN claims c ON c.id = json_extract(e.data, '$.claimId')
                    WHERE e.type = 'claim.created' AND c.origin = 'manual'`)).toBe(created + targets.length);
      // each target's counters and version add up exactly: no lost update
      for (const target of targets) {
        const row = db.prepare('SELECT disputed_by, version FROM claims WHERE id = ?').get(target) as { disputed_by: number; version: number };
        const counters = results.filter(([k, , r]) => k === 'counter' && r.body.link.toClaimId === target).length;
        const patches = results.filter(([k, , r]) => k === 'patch' && r.body.id === target).length;
        expect(row.disputed_by).toBe(counters);
        // background checks leave the version alone: it counts what people changed
        expect(row.version).toBe(1 + counters + patches);
      }
    } finally {
      db.close();
    }
  });
});
