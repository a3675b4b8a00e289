import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { JobGateway } from '../../src/jobs/job-gateway.js';
import { ExtractionProcessor } from '../../src/extraction/extraction.processor.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

// Articles written for this test: one claim by U.S. officials, denied by two other parties.
const ENGLISH_ARTICLE = [
  'Moscow sought drones from Beijing, U.S. officials say',
  '',
  'By Staff Reporter',
  '',
  'U.S. officials said on Sunday that Russia had asked China for armed drones and artillery ammunition to use in Ukraine. ' +
    'The request, made shortly after the invasion began, covered about 500 drones, the officials said.',
  '',
  "Beijing's foreign ministry spokesman Wang Wenbin dismissed the report as disinformation spread by Washington. " +
    'Kremlin spokesman Dmitry Peskov denied that Moscow had asked China for any military help.',
  '',
  'A spokesperson for the Pentagon declined to comment.',
].join('\n');

const GERMAN_ARTICLE = [
  'Moskau soll Peking um Drohnen gebeten haben',
  '',
  'Von unserem Korrespondenten',
  '',
  'US-Beamte sagten am Sonntag, Russland habe China um bewaffnete Drohnen und Artilleriemunition für den Krieg in der Ukraine gebeten. ' +
    'Die Anfrage sei kurz nach Beginn der Invasion gestellt worden und umfasse rund 500 Drohnen.',
  '',
  'Der Sprecher des chinesischen Außenministeriums, Wang Wenbin, sprach von Desinformation aus Washington. ' +
    'Kremlsprecher Dmitri Peskow bestritt, dass Moskau China um militärische Hilfe gebeten habe.',
  '',
  'Das Pentagon wollte sich dazu nicht äußern.',
].join('\n');

const EN_MAIN = 'Russia had asked China for armed drones and artillery ammunition to use in Ukraine';
const DE_MAIN = 'Russland habe China um bewaffnete Drohnen und Artilleriemunition für den Krieg in der Ukraine gebeten';

interface Citation { sourceId: string; quote: string; start: number; end: number }

describe('extraction', () => {
  let t: TestApp;
  let checker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
  });
  afterAll(() => t.close());

  async function ingest(body: Record<string, unknown>) {
    const res = await checker.post('/v1/sources', body);
    expect(res.status).toBe(201);
    expect(res.body.extraction).toEqual({ status: 'pending', claimCount: 0 });
    return res.body as { id: string };
  }

  /** Polls the source until its extraction is done, as a client would. */
  async function extracted(sourceId: string) {
    return eventually(async () => {
      const res = await checker.get(`/v1/sources/${sourceId}`);
      expect(res.body.extraction.status).not.toBe('failed');
      return res.body.extraction.status === 'done' ? res.body : false;
    });
  }

  /** The `source.extracted` events of one source, oldest first. */
  async function extractedEvents(sourceId: string): Promise<any[]> {
    const res = await t.admin.get('/v1/events?type=source.extracted&limit=200');
    expect(res.status).toBe(200);
    return res.body.items.filter((e: any) => e.data.sourceId === sourceId).map((e: any) => e.data);
  }

  async function claimsOf(sourceId: string): Promise<any[]> {
    const res = await checker.get(`/v1/sources/${sourceId}/claims?limit=200`);
    expect(res.status).toBe(200);
    return res.body.items;
  }

  async function allClaimIds(): Promise<string[]> {
    const res = await checker.get('/v1/claims?limit=200');
    return res.body.items.map((c: { id: string }) => c.id).sort();
  }

  function citationIn(claim: any, sourceId: string): Citation {
    const citation = (claim.citations as Citation[]).find((c) => c.sourceId === sourceId);
    expect(citation).toBeDefined();
    return citation!;
  }

  /** One asserting claim by U.S. officials with two `denies` counter-claims from two other claimants, spans exact. */
  async function expectDeniedClaim(sourceId: string, text: string, mainText: string, denials: Array<{ name: string; country: string; says: string }>) {
    const claims = await claimsOf(sourceId);
    const main = claims.find((c) => c.text.includes(mainText));
    expect(main).toBeDefined();
    expect(main.claimant).toMatchObject({ name: 'U.S. officials', country: 'US' });
    expect(main.relations).toEqual({ deniedBy: 2, disputedBy: 0, supportedBy: 0 });
    const mainCitation = citationIn(main, sourceId);
    expect(text.slice(mainCitation.start, mainCitation.end)).toBe(mainCitation.quote);
    expect(mainCitation.quote).toContain(mainText);

    const relations = await checker.get(`/v1/claims/${main.id}/relations`);
    expect(relations.status).toBe(200);
    expect(relations.body.outgoing).toEqual([]);
    const incoming = relations.body.incoming as Array<{ relation: string; claim: any }>;
    expect(incoming.map((r) => r.relation)).toEqual(['denies', 'denies']);
    const byName = new Map(incoming.map((r) => [r.claim.claimant.name, r.claim]));
    expect(byName.size).toBe(2);
    for (const d of denials) {
      const denial = byName.get(d.name);
      expect(denial).toBeDefined();
      expect(denial.claimant.country).toBe(d.country);
      expect(denial.origin).toBe('extracted');
      const c = citationIn(denial, sourceId);
      expect(c.quote).toBe(denial.text);
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toContain(d.says);
    }
    return { main, claims, denials: [...byName.values()] };
  }

  it('extracts an English article on ingest: claims, citations, links, source summary', async () => {
    const source = await ingest({
      text: ENGLISH_ARTICLE, publisher: 'Wire East', url: 'https://news.example/drones-en', publishedAt: '2022-03-13T18:00:00Z',
    });
    const done = await extracted(source.id);
    const { main, claims } = await expectDeniedClaim(source.id, ENGLISH_ARTICLE, EN_MAIN, [
      { name: 'Wang Wenbin', country: 'CN', says: 'disinformation' },
      { name: 'Dmitry Peskov', country: 'RU', says: 'denied that Moscow' },
    ]);
    expect(done.extraction.claimCount).toBe(claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    // one event marks the end, with the count the source shows (its claims' own events came first)
    expect(await extractedEvents(source.id)).toEqual([{ sourceId: source.id, claimCount: claims.length, status: 'done' }]);
    // "declined to comment" is not a claim and not a denial
    expect(claims.some((c) => /declined/.test(c.text))).toBe(false);
    for (const c of claims) {
      expect(c).toMatchObject({ origin: 'extracted', status: 'pending', language: 'en', claimedAt: '2022-03-13T18:00:00.000Z' });
      const citation = citationIn(c, source.id);
      expect(citation.quote).toBe(c.text);
      expect(ENGLISH_ARTICLE.slice(citation.start, citation.end)).toBe(c.text);
    }
    // quantities are stored with extracted claims, offsets into the claim text
    const figure = claims.find((c) => c.text.includes('about 500 drones'));
    expect(figure).toMatchObject({ claimant: { name: 'U.S. officials' }, quantities: [{ text: 'about 500', min: expect.any(Number), qualifier: 'approx' }] });
    expect(figure.text.slice(figure.quantities[0].start, figure.quantities[0].end)).toBe('about 500');
    // the system made them: no actor in history
    const history = await checker.get(`/v1/claims/${main.id}/history`);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(['create', 'link', 'link']);
    expect(history.body.every((h: { actor: unknown }) => h.actor === null)).toBe(true);
    expect(history.body[0].data).toEqual({ origin: 'extracted' });

    // events in the outbox, claim.linked carrying the denied claim and its version
    const events = await t.admin.get('/v1/events?type=claim.linked&limit=200');
    const linked = events.body.items.filter((e: any) => e.data.toClaimId === main.id);
    expect(linked).toHaveLength(2);
    expect(linked.every((e: any) => e.data.relation === 'denies' && typeof e.data.version === 'number')).toBe(true);
    const created = await t.admin.get('/v1/events?type=claim.created&limit=200');
    const ids = new Set(claims.map((c) => c.id));
    expect(created.body.items.filter((e: any) => ids.has(e.data.claimId) && e.data.origin === 'extracted')).toHaveLength(claims.length);
  });

  it('re-ingesting the same text, a copy from another publisher, or re-running the job never duplicates claims', async () => {
    const sources = await checker.get('/v1/sources?publisher=Wire%20East');
    const original = sources.body.items[0];
    const before = await allClaimIds();

    // the same text again: the held source, no extraction, no claims
    const again = await checker.post('/v1/sources', { text: ENGLISH_ARTICLE, publisher: 'Wire East' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: original.id, duplicate: true, extraction: { status: 'done' } });

    // a copy with extra page furniture is a new source; its claims are the held ones, now cited twice
    const copyText = `${ENGLISH_ARTICLE}\n\nRead more: The war in Ukraine, day by day`;
    const copy = await ingest({ text: copyText, publisher: 'Copy Desk Daily' });
    const copyDone = await extracted(copy.id);
    expect(await allClaimIds()).toEqual(before);
    const copyClaims = await claimsOf(copy.id);
    expect(copyDone.extraction.claimCount).toBe(copyClaims.length);
    expect(copyClaims.map((c) => c.id).sort()).toEqual((await claimsOf(original.id)).map((c) => c.id).sort());
    const { main } = await expectDeniedClaim(copy.id, copyText, EN_MAIN, [
      { name: 'Wang Wenbin', country: 'CN', says: 'disinformation' },
      { name: 'Dmitry Peskov', country: 'RU', says: 'denied that Moscow' },
    ]);
    expect((main.citations as Citation[]).map((c) => c.sourceId).sort()).toEqual([original.id, copy.id].sort());
    const history = await checker.get(`/v1/claims/${main.id}/history`);
    expect(history.body.filter((h: { action: string }) => h.action === 'cite')).toHaveLength(1);

    // re-run the original's job through BullMQ: nothing new
    const queue = t.app.get(JobGateway).queue('extraction');
    const jobId = `extraction-${original.id}`;
    const first = await queue.getJob(jobId);
    expect(first?.returnvalue).toMatchObject({ sourceId: original.id, cited: 0 });
    await first!.remove();
    await t.app.get(JobGateway).enqueue('extraction', { sourceId: original.id });
    const rerun = await eventually(async () => {
      // one snapshot: finishedOn and the return value are written together
      const job = await queue.getJob(jobId);
      return job?.finishedOn ? job : false;
    });
    expect(rerun.returnvalue).toMatchObject({ created: 0, cited: 0, linked: 0, claimCount: copyClaims.length });
    expect(await allClaimIds()).toEqual(before);
    const mainAfter = await checker.get(`/v1/claims/${main.id}`);
    expect(mainAfter.body.citations).toHaveLength(2);
    expect(mainAfter.body.relations.deniedBy).toBe(2);
    expect((await checker.get(`/v1/sources/${original.id}`)).body.extraction).toEqual({ status: 'done', claimCount: copyClaims.length });
  });

  it('extracts a German article on ingest and cites a held claim with the same claimant instead of creating it', async () => {
    // a claim entered by hand earlier: same claimant (other case), same text but for the final stop
    const manual = await checker.post('/v1/claims', { text: `${DE_MAIN}.`, claimant: { name: 'u.s. officials', country: 'US' }, language: 'de' });
    expect(manual.status).toBe(201);

    const source = await ingest({ text: GERMAN_ARTICLE, publisher: 'Agentur Nord', publishedAt: '2022-03-14T06:00:00Z' });
    const done = await extracted(source.id);
    const claims = await claimsOf(source.id);
    expect(done.extraction.claimCount).toBe(claims.length);
    const main = claims.find((c) => c.id === manual.body.id);
    expect(main).toMatchObject({ origin: 'manual', claimant: { name: 'u.s. officials' }, relations: { deniedBy: 2 } });
    const c = citationIn(main, source.id);
    expect(GERMAN_ARTICLE.slice(c.start, c.end)).toBe(DE_MAIN);

    const relations = await checker.get(`/v1/claims/${main.id}/relations`);
    const incoming = relations.body.incoming as Array<{ relation: string; claim: any }>;
    expect(incoming.map((r) => r.relation)).toEqual(['denies', 'denies']);
    const denials = new Map(incoming.map((r) => [r.claim.claimant.name, r.claim]));
    expect(denials.get('Wang Wenbin')).toMatchObject({
      claimant: { affiliation: 'Chinese foreign ministry', country: 'CN' }, language: 'de', origin: 'extracted', claimedAt: '2022-03-14T06:00:00.000Z',
    });
    expect(denials.get('Dmitry Peskov')).toMatchObject({ claimant: { affiliation: 'Kremlin', country: 'RU' }, language: 'de' });
    expect(denials.get('Dmitry Peskov').text).toContain('bestritt');
    for (const d of denials.values()) {
      const span = citationIn(d, source.id);
      expect(GERMAN_ARTICLE.slice(span.start, span.end)).toBe(d.text);
    }
    const figure = claims.find((x) => x.text.includes('rund 500 Drohnen'));
    expect(figure).toMatchObject({ origin: 'extracted', quantities: [{ text: 'rund 500', qualifier: 'approx' }] });
    // "wollte sich nicht äußern" is not a claim
    expect(claims.some((x) => /äußern/.test(x.text))).toBe(false);
    // the English claims are other claims: nothing merged across languages
    expect(claims.every((x) => x.language === 'de')).toBe(true);
  });

  it('stores all of an extraction or nothing: a failing write leaves status failed and no claims, a re-run completes it', async () => {
    const text = [
      'Werft meldet Rekordauftrag',
      '',
      'Werftchef Peter Brandt sagte am Montag, die Werft habe den Auftrag für drei neue Zeppelin-Fähren erhalten. ' +
        'Die Ministerin Anna Stein bestritt, dass die Werft den Auftrag für die Zeppelin-Fähren bekommen habe.',
    ].join('\n');
    const db = new Database(t.settings.database.path);
    // the denial link is the last statement of the extraction's transaction
    db.exec(`CREATE TRIGGER refuse_zeppelin_links BEFORE INSERT ON claim_links
             WHEN (SELECT text FROM claims WHERE id = NEW.to_claim_id) LIKE '%Zeppelin%'
             BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    let sourceId: string;
    try {
      sourceId = (await ingest({ text, publisher: 'Küstenblatt' })).id;
      const queue = t.app.get(JobGateway).queue('extraction');
      // BullMQ retries with backoff, then gives up: the source says failed and holds no claim
      await eventually(async () => (await (await queue.getJob(`extraction-${sourceId}`))?.getState()) === 'failed', 30000, 200);
      const failed = await checker.get(`/v1/sources/${sourceId}`);
      expect(failed.body.extraction).toEqual({ status: 'failed', claimCount: 0 });
      expect(await claimsOf(sourceId)).toEqual([]);
      // every failed attempt says so (a retry may still follow)
      const attempts = await extractedEvents(sourceId);
      expect(attempts.length).toBeGreaterThanOrEqual(1);
      expect(attempts.every((e) => e.status === 'failed' && e.claimCount === 0)).toBe(true);
      expect((db.prepare("SELECT COUNT(*) AS n FROM claims WHERE text LIKE '%Zeppelin%'").get() as { n: number }).n).toBe(0);
    } finally {
      db.exec('DROP TRIGGER refuse_zeppelin_links');
      db.close();
    }
    const gateway = t.app.get(JobGateway);
    await (await gateway.queue('extraction').getJob(`extraction-${sourceId}`))!.remove();
    await gateway.enqueue('extraction', { sourceId });
    const done = await extracted(sourceId);
    const claims = await claimsOf(sourceId);
    expect(done.extraction.claimCount).toBe(2);
    expect((await extractedEvents(sourceId)).at(-1)).toEqual({ sourceId, claimCount: 2, status: 'done' });
    const main = claims.find((c) => c.claimant.name === 'Peter Brandt');
    expect(main).toMatchObject({ relations: { deniedBy: 1 }, quantities: [{ text: 'drei', min: 3, max: 3 }] });
    const incoming = (await checker.get(`/v1/claims/${main.id}/relations`)).body.incoming;
    expect(incoming.map((r: any) => [r.relation, r.claim.claimant.name])).toEqual([['denies', 'Anna Stein']]);
  }, 40000);

  it('POST /v1/extract/claims answers claims and links without storing anything (English and German)', async () => {
    const before = await allClaimIds();
    for (const [text, lang, main, denialWords] of [
      [ENGLISH_ARTICLE, 'en', EN_MAIN, ['dismissed', 'denied']],
      [GERMAN_ARTICLE, 'de', DE_MAIN, ['sprach von Desinformation', 'bestritt']],
    ] as const) {
      const res = await checker.post('/v1/extract/claims', { text, publisher: 'Test Desk' });
      expect(res.status).toBe(200);
      expect(res.body.language).toBe(lang);
      const claims = res.body.claims as any[];
      for (const c of claims) {
        expect(Object.keys(c).sort()).toEqual(['claimant', 'claimedAt', 'claimedAtCue', 'cue', 'end', 'quantities', 'ref', 'stance', 'start', 'text']);
        expect(text.slice(c.start, c.end)).toBe(c.text);
      }
      const asserted = claims.find((c) => c.text.includes(main));
      expect(asserted).toMatchObject({ stance: 'asserts', claimant: { name: 'U.S. officials', affiliation: null, country: 'US' } });
      const denials = claims.filter((c) => c.stance === 'denies');
      expect(denials.map((d) => d.claimant.name).sort()).toEqual(['Dmitry Peskov', 'Wang Wenbin']);
      expect(denials.map((d) => d.cue).sort()).toEqual([...denialWords].sort());
      expect(res.body.links.map((l: any) => [l.from, l.to, l.relation]).sort()).toEqual(
        denials.map((d) => [d.ref, asserted.ref, 'denies']).sort(),
      );
    }
    // quantities ride along, with offsets into the claim text
    const figures = await checker.post('/v1/extract/claims', {
      text: 'Die Polizei teilte mit, mehr als 2.000 Menschen hätten an der Kundgebung teilgenommen.', language: 'de',
    });
    const q = figures.body.claims[0].quantities[0];
    expect(q).toMatchObject({ min: 2000, qualifier: 'more_than' });
    expect(figures.body.claims[0].text.slice(q.start, q.end)).toBe(q.text);
    expect(await allClaimIds()).toEqual(before);
  });

  it('dates each claim: the source dateline, a weekday in the attribution, a month and year (German and English)', async () => {
    const articles = [
      ['de', '6. Juni 2024\n\nHafenblatt\n\nDie Sprecherin der Hafengesellschaft, Anna Kurz, sagte am Montag, der neue Kai werde im Sommer fertig.\n\n' +
        'Bürgermeister Jonas Feld erklärte, die Stadt trage die Hälfte der Kosten.\n\nDie frühere Ministerin Eva Brandt sagte im März 2022, ohne den Kai verliere der Hafen Kunden.'],
      ['en', 'June 6, 2024\n\nHarbour Herald\n\nPort authority spokeswoman Anna Short said on Monday that the new quay would be ready in summer.\n\n' +
        'Mayor Jonas Field said the city would pay half of the cost.\n\nFormer minister Eva Brandt said in March 2022 that without the quay the port would lose customers.'],
    ] as const;
    for (const [language, text] of articles) {
      const source = await ingest({ text, publisher: `Harbour ${language}` });
      const held = await extracted(source.id);
      expect(held).toMatchObject({ publishedAt: '2024-06-06T00:00:00.000Z', publishedAtSource: 'dateline' });
      const claims = await claimsOf(source.id);
      expect(claims.map((c) => [c.claimant.name.split(' ')[0], c.claimedAt]).sort()).toEqual([
        ['Anna', '2024-06-03T00:00:00.000Z'], ['Eva', '2022-03-01T00:00:00.000Z'], ['Jonas', '2024-06-06T00:00:00.000Z'],
      ]);
      // the stateless route says what dated each claim
      const answer = await checker.post('/v1/extract/claims', { text, language });
      expect(answer.body.claims.map((c: any) => [c.claimedAt, c.claimedAtCue])).toEqual([
        ['2024-06-03T00:00:00.000Z', language === 'de' ? 'am Montag' : 'on Monday'],
        ['2024-06-06T00:00:00.000Z', null],
        ['2022-03-01T00:00:00.000Z', language === 'de' ? 'März 2022' : 'March 2022'],
      ]);
      const given = await checker.post('/v1/extract/claims', { text, language, publishedAt: '2024-06-12T09:00:00Z' });
      expect(given.body.claims[0].claimedAt).toBe('2024-06-10T00:00:00.000Z');
    }
  });

  it('validates the request and needs a fact-checker', async () => {
    const bad = await checker.post('/v1/extract/claims', { text: '', language: 'fr', extra: 1, publishedAt: 'Montag' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'language', 'publishedAt', 'text']);
    expect((await t.anonymous.post('/v1/extract/claims', { text: 'x' })).status).toBe(401);
  });

  it('runs the extraction worker with the configured concurrency', () => {
    expect(t.app.get(ExtractionProcessor).worker.concurrency).toBe(t.settings.jobs.concurrency.extraction);
  });
});
