import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { ENGLISH_REPORT, GERMAN_AID_NOTE, GERMAN_REPORT, ENGLISH_AID_NOTE } from '../fixtures/texts.js';

describe('sources', () => {
  let t: TestApp;
  let checker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
  });
  afterAll(() => t.close());

  it('ingests a source, detects its language and shows it with its text', async () => {
    const res = await checker.post('/v1/sources', {
      text: GERMAN_REPORT, publisher: 'Agentur Nord', url: 'https://news.example/a1', title: 'Moskau bittet Peking', publishedAt: '2022-03-14T08:00:00Z',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      publisher: 'Agentur Nord', url: 'https://news.example/a1', title: 'Moskau bittet Peking', language: 'de',
      publishedAt: '2022-03-14T08:00:00.000Z', publishedAtSource: 'given', extraction: { status: expect.any(String), claimCount: 0 },
    });
    expect(res.body.originId).toBe(res.body.id);
    expect(res.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.duplicate).toBeUndefined();

    const one = await checker.get(`/v1/sources/${res.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body.text).toBe(GERMAN_REPORT);

    const en = await checker.post('/v1/sources', { text: ENGLISH_REPORT, publisher: 'Wire East' });
    expect(en.body.language).toBe('en');
  });

  it('returns the held source with duplicate: true for the same url or the same normalised text', async () => {
    const first = await checker.post('/v1/sources', { text: ENGLISH_AID_NOTE, publisher: 'Capitol Daily', url: 'https://news.example/aid' });
    expect(first.status).toBe(201);
    const sameUrl = await checker.post('/v1/sources', { text: 'A different text entirely.', publisher: 'Other', url: 'https://news.example/aid' });
    expect(sameUrl.status).toBe(200);
    expect(sameUrl.body).toMatchObject({ id: first.body.id, duplicate: true });
    const sameText = await checker.post('/v1/sources', {
      text: `  ${ENGLISH_AID_NOTE.toUpperCase().replace(/ /g, '   ')} `, publisher: 'Copycat Times',
    });
    expect(sameText.status).toBe(200);
    expect(sameText.body).toMatchObject({ id: first.body.id, duplicate: true, publisher: 'Capitol Daily' });
  });

  it('searches full text in German and English, with filters and paging', async () => {
    await checker.post('/v1/sources', { text: GERMAN_AID_NOTE, publisher: 'Berliner Blatt' });
    const de = await checker.get('/v1/sources?q=Hilfspaket');
    expect(de.body.items.map((s: { publisher: string }) => s.publisher)).toEqual(['Berliner Blatt']);
    const umlaut = await checker.get(`/v1/sources?q=${encodeURIComponent('Führung')}`);
    expect(umlaut.body.items.map((s: { publisher: string }) => s.publisher)).toEqual(['Agentur Nord']);
    const en = await checker.get('/v1/sources?q=unmanned%20aircraft');
    expect(en.body.items.map((s: { publisher: string }) => s.publisher)).toEqual(['Wire East']);
    const both = await checker.get('/v1/sources?q=Kyiv');
    expect(both.body.items).toHaveLength(1);
    const kiew = await checker.get('/v1/sources?q=Kiew&language=en');
    expect(kiew.body.items).toHaveLength(0);
    const byPublisher = await checker.get('/v1/sources?publisher=berliner%20blatt');
    expect(byPublisher.body.items).toHaveLength(1);
    const operators = await checker.get(`/v1/sources?q=${encodeURIComponent('"unbalanced AND (NEAR')}`);
    expect(operators.status).toBe(200);

    const page1 = await checker.get('/v1/sources?limit=2');
    expect(page1.body.items).toHaveLength(2);
    const page2 = await checker.get(`/v1/sources?limit=2&cursor=${page1.body.nextCursor}`);
    const ids = [...page1.body.items, ...page2.body.items].map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await checker.get('/v1/sources?cursor=garbage')).status).toBe(400);
  });

  it('honours Idempotency-Key: same body replays, another body is 422', async () => {
    const body = { text: 'The harbour authority counted 412 ships in March, a record.', publisher: 'Port Gazette' };
    const first = await checker.post('/v1/sources', body, { 'idempotency-key': 'ingest-1' });
    const again = await checker.post('/v1/sources', { publisher: 'Port Gazette', text: body.text }, { 'idempotency-key': 'ingest-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await checker.post('/v1/sources', { ...body, text: 'Something else.' }, { 'idempotency-key': 'ingest-1' });
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/problem\+json/);
    const found = await checker.get('/v1/sources?publisher=Port%20Gazette');
    expect(found.body.items).toHaveLength(1);
  });

  it('reads publishedAt from a dateline in the text when it is not given, else takes the time of ingest (German and English)', async () => {
    const german = await checker.post('/v1/sources', {
      text: 'Rheinkurier3. September 2024\n\nDie Stadt hat am Montag den Auftrag für die neue Brücke vergeben.', publisher: 'Rheinkurier',
    });
    expect(german.body).toMatchObject({ publishedAt: '2024-09-03T00:00:00.000Z', publishedAtSource: 'dateline' });
    const english = await checker.post('/v1/sources', {
      text: 'WASHINGTON, Aug. 2, 2024 — The Senate on Friday passed a bill that funds the highway program for five more years.', publisher: 'Capitol Wire',
    });
    expect(english.body).toMatchObject({ publishedAt: '2024-08-02T00:00:00.000Z', publishedAtSource: 'dateline' });
    // no dateline: the date stays unknown, not the moment of ingest
    const undated = await checker.post('/v1/sources', { text: 'The council approved the new bridge on Tuesday after a long debate.', publisher: 'Town Crier' });
    expect(undated.body).toMatchObject({ publishedAt: null, publishedAtSource: null });
    expect((await checker.get(`/v1/sources/${german.body.id}`)).body.publishedAtSource).toBe('dateline');
  });

  it('validates input and answers 404 for unknown sources', async () => {
    const bad = await checker.post('/v1/sources', { text: '', publisher: 'x', url: 'ftp://nope', language: 'fr', publishedAt: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['language', 'publishedAt', 'text', 'url']);
    expect((await checker.get('/v1/sources/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await checker.get('/v1/sources/not-an-id')).status).toBe(404);
  });

  it('lists the claims that cite a source', async () => {
    const src = await checker.post('/v1/sources', { text: 'The mayor said the bridge will cost 40 million euros.', publisher: 'Town Crier' });
    const claim = await checker.post('/v1/claims', {
      text: 'The bridge will cost 40 million euros.', claimant: { name: 'The mayor' }, sourceId: src.body.id, quote: 'the bridge will cost 40 million euros',
    });
    expect(claim.status).toBe(201);
    const listed = await checker.get(`/v1/sources/${src.body.id}/claims`);
    // extraction on ingest may add claims of its own; every listed claim cites the source
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(claim.body.id);
    for (const c of listed.body.items as Array<{ citations: Array<{ sourceId: string }> }>) {
      expect(c.citations.map((x) => x.sourceId)).toContain(src.body.id);
    }
  });
});
