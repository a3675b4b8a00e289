import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { ENGLISH_REPORT } from '../fixtures/texts.js';
import { CLAIM_JSON } from '../../src/claims/claim-row.js';
import { claimJsonTriggerStatements, refreshStaleClaimJson } from '../../src/claims/claim-json-store.js';

const claimant = { name: 'U.S. officials', affiliation: 'Department of Defense', country: 'US' };

describe('claims', () => {
  let t: TestApp;
  let checker: ApiClient & { userId: string };
  let sourceId: string;

  beforeAll(async () => {
    // background checks run too: they must not disturb versions or If-Match
    t = await startTestApp();
    checker = await t.user('fact_checker', 'Carla Checker');
    sourceId = (await checker.post('/v1/sources', { text: ENGLISH_REPORT, publisher: 'Wire East' })).body.id;
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) =>
    checker.post('/v1/claims', { text: 'Moscow asked Beijing for drones.', claimant, ...body });

  it('creates a claim with a verified citation into its source', async () => {
    const quote = 'between 5,000 and 9,000 Russian troops have been killed';
    const res = await create({ text: 'Between 5,000 and 9,000 Russian troops have been killed.', sourceId, quote, tags: ['casualties'], claimedAt: '2022-03-15T00:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    const start = ENGLISH_REPORT.indexOf(quote);
    expect(res.body).toMatchObject({
      language: 'en', claimant, status: 'pending', priority: 0, assignee: null, origin: 'manual', tags: ['casualties'],
      claimedAt: '2022-03-15T00:00:00.000Z', citations: [{ sourceId, quote, start, end: start + quote.length }],
      relations: { deniedBy: 0, disputedBy: 0, supportedBy: 0 }, openFlags: 0,
      corroboration: { status: 'unchecked', independentOrigins: 0, supporting: 0, contradicting: 0, checkedAt: null },
      verdict: null, version: 1,
    });
    expect(ENGLISH_REPORT.slice(res.body.citations[0].start, res.body.citations[0].end)).toBe(quote);
  });

  it('refuses a quote that is not in the source, and a citation into an unknown source, leaving nothing behind', async () => {
    // manual claims only: the source's extraction may still be adding its own meanwhile
    const manualClaims = async () =>
      (await checker.get('/v1/claims?limit=200')).body.items.filter((c: { origin: string }) => c.origin === 'manual').length;
    const before = await manualClaims();
    const wrong = await create({ sourceId, quote: 'Beijing agreed to send tanks' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'quote', message: 'does not occur in the source text' }]);
    const unknown = await create({ sourceId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('sourceId');
    expect(await manualClaims()).toBe(before);
  });

  it('patches with If-Match: a stale version gets 412 and changes nothing', async () => {
    const claim = (await create({})).body;
    const ok = await checker.patch(`/v1/claims/${claim.id}`, { tags: ['drones'], priority: 10 }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ tags: ['drones'], priority: 10, version: 2 });

    const stale = await checker.patch(`/v1/claims/${claim.id}`, { text: 'Overwritten' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const now = await checker.get(`/v1/claims/${claim.id}`);
    expect(now.body.text).toBe(claim.text);
    expect(now.body.version).toBe(2);

    const history = await checker.get(`/v1/claims/${claim.id}/history`);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(['create', 'edit']);
    expect(history.body[1]).toMatchObject({ actor: { id: checker.userId, name: 'Carla Checker' }, data: { previous: { tags: [], priority: 0 } } });

    const unknownField = await checker.patch(`/v1/claims/${claim.id}`, { status: 'approved' });
    expect(unknownField.status).toBe(400);
    expect((await checker.patch('/v1/claims/00000000-0000-4000-8000-000000000000', { tags: [] })).status).toBe(404);
  });

  it('adds counter-claims and links, counts them both ways, refuses self-links and duplicates', async () => {
    const main = (await create({ text: 'Russia asked China for military equipment.' })).body;
    const denial = await checker.post(`/v1/claims/${main.id}/counter-claims`, {
      text: 'The report is disinformation.', claimant: { name: 'Chinese foreign ministry', country: 'CN' }, stance: 'denies',
    });
    expect(denial.status).toBe(201);
    expect(denial.body.link).toMatchObject({ fromClaimId: denial.body.claim.id, toClaimId: main.id, relation: 'denies' });

    const kremlin = (await create({ text: 'Russia did not ask anyone for help.', claimant: { name: 'Kremlin spokesman', country: 'RU' } })).body;
    const link = await checker.post(`/v1/claims/${kremlin.id}/links`, { targetId: main.id, relation: 'denies' });
    expect(link.status).toBe(201);
    const support = (await create({ text: 'Officials confirmed the request.' })).body;
    expect((await checker.post(`/v1/claims/${support.id}/links`, { targetId: main.id, relation: 'supports' })).status).toBe(201);

    const again = await checker.post(`/v1/claims/${kremlin.id}/links`, { targetId: main.id, relation: 'disputes' });
    expect(again.status).toBe(409);
    const reverse = await checker.post(`/v1/claims/${main.id}/links`, { targetId: kremlin.id, relation: 'supports' });
    expect(reverse.status).toBe(409);
    const self = await checker.post(`/v1/claims/${main.id}/links`, { targetId: main.id, relation: 'denies' });
    expect(self.status).toBe(400);
    expect((await checker.post(`/v1/claims/${main.id}/links`, { targetId: '00000000-0000-4000-8000-000000000000', relation: 'denies' })).status).toBe(404);
    expect((await checker.post(`/v1/claims/${main.id}/links`, { targetId: kremlin.id, relation: 'refutes' })).status).toBe(400);

    const after = (await checker.get(`/v1/claims/${main.id}`)).body;
    expect(after.relations).toEqual({ deniedBy: 2, disputedBy: 0, supportedBy: 1 });
    expect(after.version).toBe(4);

    const relations = (await checker.get(`/v1/claims/${main.id}/relations`)).body;
    expect(relations.incoming.map((r: { relation: string; claim: { id: string } }) => [r.relation, r.claim.id])).toEqual([
      ['denies', denial.body.claim.id], ['denies', kremlin.id], ['supports', support.id],
    ]);
    expect(relations.outgoing).toEqual([]);
    const out = (await checker.get(`/v1/claims/${kremlin.id}/relations`)).body;
    expect(out.outgoing.map((r: { claim: { id: string } }) => r.claim.id)).toEqual([main.id]);
  });

  it('orders the queue: denied claims first, then oldest; filters by every contract filter', async () => {
    const fresh = await startTestApp();
    try {
      const fc = await fresh.user('fact_checker', 'Queue Tester');
      const mk = async (text: string, extra: Record<string, unknown> = {}) =>
        (await fc.post('/v1/claims', { text, claimant: { name: 'Ministry of Defence' }, ...extra })).body;
      const oldest = await mk('The army has 150,000 soldiers at the border.');
      const middle = await mk('Die Regierung hat 61 Milliarden Dollar Hilfe freigegeben.', { language: 'de', claimant: { name: 'Regierungssprecher' } });
      const newest = await mk('Ten tanks were destroyed yesterday.');
      await fc.post(`/v1/claims/${newest.id}/counter-claims`, { text: 'No tanks were lost.', claimant: { name: 'Army press office' }, stance: 'denies' });

      const queue = (await fc.get('/v1/claims')).body.items.map((c: { id: string }) => c.id);
      expect(queue.slice(0, 3)).toEqual([newest.id, oldest.id, middle.id]);

      const ids = async (query: string) => (await fc.get(`/v1/claims?${query}`)).body.items.map((c: { id: string }) => c.id);
      expect(await ids('contested=true')).toEqual([newest.id]);
      expect(await ids('language=de')).toEqual([middle.id]);
      expect(await ids('claimant=regierung')).toEqual([middle.id]);
      expect(await ids('q=tanks&sort=createdAt')).toHaveLength(2);
      expect(await ids('q=Milliarden')).toEqual([middle.id]);
      expect(await ids('status=pending,in_review&sort=-createdAt')).toHaveLength(4);
      expect(await ids('status=approved')).toEqual([]);
      expect(await ids('assignee=none')).toHaveLength(4);
      expect(await ids('assignee=me')).toEqual([]);
      expect(await ids('flagged=true')).toEqual([]);
      // background checks move claims on from 'unchecked': compare the filter with the claims' own status
      const everything = (await fc.get('/v1/claims?limit=200')).body.items as Array<{ id: string; corroboration: { status: string } }>;
      const status = everything[0].corroboration.status;
      const expected = everything.filter((c) => c.corroboration.status === status).map((c) => c.id).sort();
      expect((await ids(`corroboration=${status}`)).sort()).toEqual(expected);
      expect(await ids('sort=createdAt')).toEqual([oldest.id, middle.id, newest.id, expect.any(String)]);
      for (const bad of ['status=open', 'sort=random', 'flagged=yes', 'limit=500', 'corroboration=maybe', 'language=fr']) {
        const res = await fc.get(`/v1/claims?${bad}`);
        expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      }
    } finally {
      await fresh.close();
    }
  });

  it('pages the queue stably while new claims arrive', async () => {
    const fresh = await startTestApp();
    try {
      const fc = await fresh.user('fact_checker');
      const made: string[] = [];
      for (let i = 0; i < 25; i++) {
        made.push((await fc.post('/v1/claims', { text: `Claim number ${i} about 100 drones.`, claimant: { name: `Speaker ${i % 3}` } })).body.id);
      }
      for (const sort of ['priority', 'createdAt', '-createdAt']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let round = 0;
        do {
          const res = await fc.get(`/v1/claims?limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
          seen.push(...res.body.items.map((c: { id: string }) => c.id));
          cursor = res.body.nextCursor;
          // new claims land while the client pages
          await fc.post('/v1/claims', { text: `Late claim ${sort} ${round++}.`, claimant: { name: 'Late speaker' } });
        } while (cursor);
        expect(new Set(seen).size).toBe(seen.length);
        for (const id of made) expect(seen).toContain(id);
      }
    } finally {
      await fresh.close();
    }
  });

  it('puts decided claims after open ones in the priority queue, and pages across the boundary', async () => {
    const fresh = await startTestApp();
    try {
      const fc = await fresh.user('fact_checker');
      const editor = await fresh.user('editor');
      const mk = async (text: string) => (await fc.post('/v1/claims', { text, claimant: { name: 'Border guard' } })).body.id as string;
      const deny = (id: string) => fc.post(`/v1/claims/${id}/counter-claims`, { text: 'That never happened.', claimant: { name: 'Press office' }, stance: 'denies' });
      // the decided ones are the oldest and contested: by urgency alone they would head the queue
      const approved = await mk('Twelve bridges were blown up.');
      const dismissed = await mk('Seven ferries were sunk.');
      const open = await mk('Three convoys crossed the river.');
      const contestedOpen = await mk('Forty drones were shot down.');
      for (const id of [approved, dismissed, contestedOpen]) expect((await deny(id)).status).toBe(201);
      expect((await fc.post(`/v1/claims/${approved}/assign`)).status).toBe(200);
      const verdict = await fc.post(`/v1/claims/${approved}/verdicts`, { rating: 'false', summary: 'No bridge is missing.', evidence: [{ url: 'https://maps.example', note: 'satellite images' }] });
      expect((await editor.post(`/v1/claims/${approved}/verdicts/${verdict.body.id}/approve`, {})).status).toBe(200);
      expect((await editor.post(`/v1/claims/${dismissed}/dismiss`, { reason: 'not checkable' })).status).toBe(200);

      const denials = ((await fc.get('/v1/claims?sort=createdAt')).body.items as Array<{ id: string }>).map((c) => c.id)
        .filter((id) => ![approved, dismissed, open, contestedOpen].includes(id));
      const expected = [contestedOpen, open, ...denials, approved, dismissed];
      expect((await fc.get('/v1/claims')).body.items.map((c: { id: string }) => c.id)).toEqual(expected);
      expect((await fc.get('/v1/claims?status=approved,pending')).body.items.map((c: { id: string }) => c.id))
        .toEqual(expected.filter((id) => id !== dismissed));

      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await fc.get(`/v1/claims?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(expected);

      // reopening makes it open work again: back among the open claims, ahead by its denial
      expect((await editor.post(`/v1/claims/${approved}/reopen`, { reason: 'new evidence' })).status).toBe(200);
      expect((await fc.get('/v1/claims')).body.items.map((c: { id: string }) => c.id).slice(0, 2)).toEqual([approved, contestedOpen]);

      // the queue still walks its index rather than sorting the table
      const db = new Database(fresh.settings.database.path, { readonly: true });
      try {
        const plan = db.prepare('EXPLAIN QUERY PLAN SELECT seq FROM claims c ORDER BY c.queue_order, c.created_at, c.seq LIMIT 5').all() as Array<{ detail: string }>;
        expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX claims_queue/);
        expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
      } finally {
        db.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it('keeps every claim\'s stored JSON equal to the shape built fresh, and its triggers current', async () => {
    // the writes above (edits, links, citations, workflow steps) and the background checks have run
    const created = await create({ text: 'About 4,000 soldiers were sent north, officials said.' });
    expect(created.status).toBe(201);
    const claim = created.body;
    expect((await checker.post(`/v1/claims/${claim.id}/assign`, {})).status).toBe(200);
    const db = new Database(t.settings.database.path);
    const refreshInTransaction = db.transaction(() => refreshStaleClaimJson({
      get: (sql) => db.prepare(sql).get(), run: (sql) => db.prepare(sql).run(),
    }));
    try {
      // every write of the service rebuilt what it noted before committing
      expect(db.prepare('SELECT COUNT(*) AS n FROM claim_json_stale').get()).toEqual({ n: 0 });
      // a rename is noted by the triggers and rebuilt by the next transaction that settles
      db.prepare('UPDATE users SET name = ? WHERE id = ?').run('Carla C. Checker', checker.userId);
      expect(db.prepare('SELECT claim_id FROM claim_json_stale').all()).toContainEqual({ claim_id: claim.id });
      refreshInTransaction();
      expect(db.prepare('SELECT COUNT(*) AS n FROM claim_json_stale').get()).toEqual({ n: 0 });
      const rows = db.prepare(`SELECT c.id, c.claim_json AS stored, ${CLAIM_JSON} AS fresh
        FROM claims c LEFT JOIN users u ON u.id = c.assignee_id`).all() as Array<{ id: string; stored: string; fresh: string }>;
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect({ id: row.id, json: row.stored }).toEqual({ id: row.id, json: row.fresh });
      const assigned = JSON.parse(rows.find((r) => r.id === claim.id)!.stored);
      expect(assigned.assignee).toEqual({ id: checker.userId, name: 'Carla C. Checker' });

      // the columns CLAIM_JSON reads are the ones the update trigger watches: a change needs a
      // migration that reinstalls the triggers (claim-json-store.ts)
      const installed = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claims_json_after_update'").get() as { sql: string };
      expect(claimJsonTriggerStatements()).toContain(installed.sql);
    } finally {
      db.prepare('UPDATE users SET name = ? WHERE id = ?').run('Carla Checker', checker.userId);
      refreshInTransaction();
      db.close();
    }
  });

  it('answers 404 for an unknown claim and ETag on GET', async () => {
    expect((await checker.get('/v1/claims/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await checker.get('/v1/claims/whatever')).status).toBe(404);
    const claim = (await create({})).body;
    const res = await checker.get(`/v1/claims/${claim.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it('replays POST /v1/claims under the same Idempotency-Key and refuses another body', async () => {
    const body = { text: 'Two hundred drones were delivered.', claimant: { name: 'Procurement office' } };
    const first = await checker.post('/v1/claims', body, { 'idempotency-key': 'k-42' });
    const second = await checker.post('/v1/claims', body, { 'idempotency-key': 'k-42' });
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('etag')).toBe('"1"');
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    const db = new Database(t.settings.database.path, { readonly: true });
    try {
      const n = db.prepare('SELECT COUNT(*) AS n FROM claims WHERE text = ?').get(body.text) as { n: number };
      expect(n.n).toBe(1);
    } finally {
      db.close();
    }
    const third = await checker.post('/v1/claims', { ...body, text: 'Three hundred drones.' }, { 'idempotency-key': 'k-42' });
    expect(third.status).toBe(422);
  });
});
