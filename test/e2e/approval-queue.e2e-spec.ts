/* eslint-disable @typescript-eslint/no-explicit-any */
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';

/**
 * The approvals page reads the queue through the public API: proposals oldest first
 * (sort=statusChangedAt, the default for status=verdict_proposed) and the latest decisions first
 * (sort=-statusChangedAt), both paged by cursor.
 */
describe('the queue sorted by status change', () => {
  let t: TestApp;
  let checker: ApiClient & { userId: string };
  let editor: ApiClient & { userId: string };
  let editor2: ApiClient & { userId: string };
  const ids: Record<string, string> = {};

  const ordered = async (query: string, limit = 200): Promise<string[]> => {
    const out: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await checker.get(`/v1/claims?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      out.push(...res.body.items.map((c: any) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  };
  const propose = async (id: string) => {
    expect((await editor.post(`/v1/claims/${id}/assign`, {})).status).toBe(200);
    expect((await editor.post(`/v1/claims/${id}/verdicts`, { rating: 'false', summary: 'checked', evidence: [] })).status).toBe(201);
    // distinct timestamps: the order under test is the proposals', not the tie-break's
    await sleep(5);
  };
  const approve = async (id: string) => {
    const verdict = (await editor2.get(`/v1/claims/${id}`)).body.verdict;
    expect((await editor2.post(`/v1/claims/${id}/verdicts/${verdict.id}/approve`, {})).status).toBe(200);
    await sleep(5);
  };

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
    editor = await t.user('editor');
    editor2 = await t.user('editor');
    // created a, b, c; proposed a, c, b: created order and proposal order differ
    for (const name of ['a', 'b', 'c']) {
      ids[name] = (await checker.post('/v1/claims', { text: `Claim ${name}: the bridge carries 40 trains a day.`, claimant: { name: 'Rail office' }, language: 'en' })).body.id;
      await sleep(5);
    }
    await propose(ids.a);
    await propose(ids.c);
    await propose(ids.b);
  });
  afterAll(() => t.close());

  it('lists proposals oldest proposal first, by default for status=verdict_proposed and when asked', async () => {
    expect(await ordered('status=verdict_proposed&sort=statusChangedAt')).toEqual([ids.a, ids.c, ids.b]);
    expect(await ordered('status=verdict_proposed')).toEqual([ids.a, ids.c, ids.b]);
    expect(await ordered('status=verdict_proposed&sort=createdAt')).toEqual([ids.a, ids.b, ids.c]);
    // one a page: the cursor walks the same order
    expect(await ordered('status=verdict_proposed&sort=statusChangedAt', 1)).toEqual([ids.a, ids.c, ids.b]);
  });

  it('lists the latest status change first with sort=-statusChangedAt, paged by cursor', async () => {
    expect(await ordered('status=verdict_proposed&sort=-statusChangedAt')).toEqual([ids.b, ids.c, ids.a]);
    await approve(ids.c);
    await approve(ids.a);
    expect(await ordered('status=approved&sort=-statusChangedAt')).toEqual([ids.a, ids.c]);
    expect(await ordered('status=approved&sort=-statusChangedAt', 1)).toEqual([ids.a, ids.c]);
    expect(await ordered('status=verdict_proposed&sort=-statusChangedAt')).toEqual([ids.b]);
  });

  it('refuses an unknown sort with a problem naming the field', async () => {
    const res = await checker.get('/v1/claims?sort=-priority');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'sort' })]);
    expect(res.body.errors[0].message).toContain('-statusChangedAt');
  });
});
