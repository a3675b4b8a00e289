import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { JobGateway } from '../../src/jobs/job-gateway.js';

/*
 * A small corpus of our own. English: a wire story, a reprint of it under another header, an
 * independent confirmation in other words, a later confirmation, a denial, an unrelated text.
 * German: the same pattern, plus a statement published by the claimant itself.
 */
const STORY = `Russia has moved 40 warships into the Black Sea this week, according to naval analysts in Istanbul. Satellite pictures taken on Tuesday show the vessels leaving ports in Crimea and heading south-west. The analysts said the deployment was the largest naval movement in the region since the spring. Turkish officials declined to comment on the images. Shipping companies reported delays for grain freighters leaving Odesa.`;
const REPRINT = `COASTAL HERALD, reprinted under licence from Harbour Wire. ${STORY} Our own correspondent adds that ferry traffic was normal.`;
const CONFIRMATION = `A total of 40 Russian warships sailed into the Black Sea over the past days, the monitoring group Seawatch confirmed on Wednesday. Its own radar tracking matched the count of 40 vessels. The ships departed from naval bases on the Crimean peninsula.`;
const LATER_CONFIRMATION = `Naval observers in Romania also counted 40 Russian warships moving into the Black Sea during the week, their weekly bulletin said on Friday.`;
const DENIAL = `The Kremlin denied on Thursday that 40 warships had been moved into the Black Sea, calling the satellite reports fabricated. A spokesman said the fleet was on routine exercises near its home ports.`;
const UNRELATED = `The city council of Lyon approved a new budget for public libraries and bicycle lanes on Monday. Construction of the first lanes will begin in the autumn.`;
const CLAIM = 'Russia has moved 40 warships into the Black Sea this week.';

const DE_STORY = `Die ukrainische Luftabwehr hat in der Nacht zum Sonntag 12 Drohnen über Kiew abgeschossen, teilte die Stadtverwaltung am Morgen mit. Trümmerteile beschädigten demnach zwei Wohnhäuser im Stadtteil Obolon. Verletzt wurde nach ersten Angaben niemand. Die Angriffswelle dauerte rund drei Stunden.`;
const DE_REPRINT = `Nachdruck mit freundlicher Genehmigung des Nordkuriers. ${DE_STORY}`;
const DE_CONFIRMATION = `Über der ukrainischen Hauptstadt Kiew sind in der Nacht 12 Drohnen von der Flugabwehr zerstört worden. Das bestätigte ein Sprecher des Militärs am Sonntagmittag. Anwohner berichteten von lauten Explosionen über dem Dnipro.`;
const DE_BY_CLAIMANT = `Unsere Flugabwehr hat über Kiew in der Nacht 12 feindliche Drohnen abgeschossen. Wir danken allen Einheiten für ihren Einsatz.`;
const DE_DENIAL = `Ein Sprecher in Moskau bestritt, dass über Kiew 12 Drohnen abgeschossen worden seien, und sprach von Propaganda.`;
const DE_CLAIM = 'Die Flugabwehr hat über Kiew in der Nacht 12 Drohnen abgeschossen.';

interface Evidence {
  sourceId: string;
  publisher: string;
  originId: string;
  stance: string;
  score: number;
  snippet: string;
  start: number;
  end: number;
}

interface Report {
  claimId: string;
  status: string;
  checkedAt: string | null;
  independentOrigins: number;
  independentOriginIds: string[];
  evidence: Evidence[];
}

describe('corroboration through HTTP and the real queue', () => {
  let t: TestApp;
  let checker: ApiClient & { userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker');
  });
  afterAll(() => t.close());

  const ingest = async (text: string, publisher: string, language?: 'de' | 'en') => {
    const res = await checker.post('/v1/sources', { text, publisher, ...(language && { language }) });
    expect(res.status).toBe(201);
    return res.body as { id: string; originId: string; text?: string };
  };
  const reportOf = async (claimId: string): Promise<Report> => {
    const res = await checker.get(`/v1/claims/${claimId}/corroboration`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** The report once a check newer than `after` has stored it and `until` holds for it. */
  const checked = (claimId: string, after: string | null, until: (r: Report) => boolean = () => true) =>
    eventually(async () => {
      const report = await reportOf(claimId);
      return report.checkedAt !== null && (after === null || report.checkedAt > after) && until(report) ? report : false;
    }, 20000);
  const stanceOf = (report: Report, sourceId: string) => report.evidence.filter((e) => e.sourceId === sourceId).map((e) => e.stance);

  let story: { id: string; originId: string };
  let reprint: { id: string; originId: string };
  let confirmation: { id: string; originId: string };
  let unrelated: { id: string; originId: string };
  let claimId: string;
  let olderClaimId: string;
  let firstCheck: Report;

  it('gives a reprint the origin of its story, and independent reports origins of their own', async () => {
    story = await ingest(STORY, 'Harbour Wire');
    reprint = await ingest(REPRINT, 'Coastal Herald');
    confirmation = await ingest(CONFIRMATION, 'Maritime Monitor');
    unrelated = await ingest(UNRELATED, 'Rhone Gazette');
    expect(story.originId).toBe(story.id);
    expect(reprint.originId).toBe(story.id);
    expect(confirmation.originId).toBe(confirmation.id);
    expect(unrelated.originId).toBe(unrelated.id);
    expect((await checker.get(`/v1/sources/${reprint.id}`)).body.originId).toBe(story.id);

    const deStory = await ingest(DE_STORY, 'Nordkurier', 'de');
    const deReprint = await ingest(DE_REPRINT, 'Ostsee-Bote', 'de');
    const deConfirmation = await ingest(DE_CONFIRMATION, 'Rheinische Rundschau', 'de');
    expect(deReprint.originId).toBe(deStory.id);
    expect(deConfirmation.originId).toBe(deConfirmation.id);
  });

  it('checks a new claim by itself: stances per source, independent origins without its own citation, status', async () => {
    olderClaimId = (await checker.post('/v1/claims', {
      text: 'The Lyon council approved money for libraries.', claimant: { name: 'Council press office' },
    })).body.id;
    const created = await checker.post('/v1/claims', { text: CLAIM, claimant: { name: 'Naval analysts' }, sourceId: story.id });
    expect(created.status).toBe(201);
    claimId = created.body.id;

    firstCheck = await checked(claimId, null);
    expect(firstCheck.claimId).toBe(claimId);
    expect(stanceOf(firstCheck, story.id)).toEqual(['supports']);
    expect(stanceOf(firstCheck, reprint.id)).toEqual(['supports']);
    expect(stanceOf(firstCheck, confirmation.id)).toContain('supports');
    expect(stanceOf(firstCheck, unrelated.id)).toEqual([]);
    // the story is cited, the reprint shares its origin: only the confirmation counts
    expect(firstCheck.independentOriginIds).toEqual([confirmation.originId]);
    expect(firstCheck.independentOrigins).toBe(1);
    expect(firstCheck.status).toBe('single_source');

    const storyEvidence = firstCheck.evidence.find((e) => e.sourceId === story.id)!;
    expect(storyEvidence).toMatchObject({ publisher: 'Harbour Wire', originId: story.id });
    expect(STORY.slice(storyEvidence.start, storyEvidence.end)).toContain('40 warships into the Black Sea');
    expect(storyEvidence.snippet.length).toBeGreaterThan(0);
    expect(storyEvidence.score).toBeGreaterThan(0);
    expect(storyEvidence.score).toBeLessThanOrEqual(1);

    const claim = (await checker.get(`/v1/claims/${claimId}`)).body;
    expect(claim.corroboration).toEqual({
      status: 'single_source', independentOrigins: 1,
      supporting: firstCheck.evidence.filter((e) => e.stance === 'supports').length,
      contradicting: 0, checkedAt: firstCheck.checkedAt,
    });
    expect(claim.version).toBe(1); // a background result is not an edit

    const events = (await t.admin.get('/v1/events?type=corroboration.completed&limit=200')).body.items;
    expect(events.map((e: { data: Record<string, unknown> }) => e.data)).toContainEqual(
      expect.objectContaining({ claimId, status: 'single_source', independentOrigins: 1, version: expect.any(Number) }),
    );
  });

  it('re-checks the claim by itself when a confirming source arrives, and a denial makes it contested and lifts it in the queue', async () => {
    const queueOrder = async () => (await checker.get('/v1/claims?limit=200')).body.items.map((c: { id: string }) => c.id);
    const before = await queueOrder();
    expect(before.indexOf(olderClaimId)).toBeLessThan(before.indexOf(claimId));

    const later = await ingest(LATER_CONFIRMATION, 'Danube Observer');
    expect(later.originId).toBe(later.id);
    const second = await checked(claimId, firstCheck.checkedAt, (r) => r.independentOrigins === 2);
    expect(second.independentOriginIds).toEqual([confirmation.id, later.id].sort());
    expect(second.status).toBe('corroborated');
    expect(stanceOf(second, later.id)).toEqual(['supports']);
    // one background job for the new source, which changed the report of the claim it speaks to and no other
    const queue = t.app.get(JobGateway).queue('corroboration');
    const merge = await eventually(async () => {
      const job = await queue.getJob(`corroboration-source-${later.id}`);
      return job?.finishedOn ? job : false;
    }, 20000);
    expect(merge.data).toEqual({ sourceId: later.id, reason: 'source_merge', key: `src-${later.id}` });
    // (claims extracted from the warship sources speak to it too; the Lyon claim does not)
    expect(merge.returnvalue).toMatchObject({ sourceId: later.id });
    expect(merge.returnvalue.changed).toBeGreaterThanOrEqual(1);
    expect(await queue.getJob(`corroboration-${claimId}-src-${later.id}`)).toBeUndefined();
    expect((await reportOf(olderClaimId)).evidence.map((e) => e.sourceId)).not.toContain(later.id);

    const denial = await ingest(DENIAL, 'Moscow Bulletin');
    const third = await checked(claimId, second.checkedAt, (r) => r.status === 'contested');
    expect(stanceOf(third, denial.id)).toEqual(['contradicts']);
    expect(third.evidence[0]).toMatchObject({ sourceId: denial.id, stance: 'contradicts' });
    expect(third.independentOrigins).toBe(2);

    const claim = (await checker.get(`/v1/claims/${claimId}`)).body;
    expect(claim.corroboration).toMatchObject({ status: 'contested', independentOrigins: 2, checkedAt: third.checkedAt });
    expect(claim.corroboration.contradicting).toBeGreaterThanOrEqual(1);
    const after = await queueOrder();
    expect(after.indexOf(claimId)).toBeLessThan(after.indexOf(olderClaimId));
    expect((await checker.get('/v1/claims?contested=true&limit=200')).body.items.map((c: { id: string }) => c.id)).toContain(claimId);
    expect((await checker.get('/v1/claims?corroboration=contested&limit=200')).body.items.map((c: { id: string }) => c.id)).toContain(claimId);
  });

  it('German: counts an independent report, not the reprint of the cited story nor the claimant’s own statement; a German denial contradicts', async () => {
    const deStory = (await checker.get('/v1/sources?publisher=Nordkurier')).body.items[0];
    const deConfirmation = (await checker.get(`/v1/sources?publisher=${encodeURIComponent('Rheinische Rundschau')}`)).body.items[0];
    const byClaimant = await ingest(DE_BY_CLAIMANT, 'Luftstreitkräfte der Ukraine', 'de');
    expect(byClaimant.originId).toBe(byClaimant.id);

    const claim = (await checker.post('/v1/claims', {
      text: DE_CLAIM, language: 'de', claimant: { name: 'Luftstreitkräfte der Ukraine' }, sourceId: deStory.id,
    })).body;
    const report = await checked(claim.id, null);
    expect(stanceOf(report, byClaimant.id)).toEqual(['supports']);
    expect(stanceOf(report, deConfirmation.id)).toEqual(['supports']);
    expect(report.independentOriginIds).toEqual([deConfirmation.originId]);
    expect(report.status).toBe('single_source');

    const denial = await ingest(DE_DENIAL, 'Moskauer Rundschau', 'de');
    const contested = await checked(claim.id, report.checkedAt, (r) => r.status === 'contested');
    expect(stanceOf(contested, denial.id)).toEqual(['contradicts']);
    expect(contested.independentOriginIds).toEqual([deConfirmation.originId]);
  });

  it('queues a fresh check on request: 202 with the job id, which the queue runs', async () => {
    const before = await reportOf(claimId);
    const res = await checker.post(`/v1/claims/${claimId}/corroboration-checks`);
    expect(res.status).toBe(202);
    expect(res.body.jobId).toMatch(new RegExp(`^corroboration-${claimId}-req-[0-9a-f-]{36}$`));
    const again = await checker.post(`/v1/claims/${claimId}/corroboration-checks`);
    expect(again.body.jobId).not.toBe(res.body.jobId);

    const queue = t.app.get(JobGateway).queue('corroboration');
    for (const jobId of [res.body.jobId, again.body.jobId]) {
      // one snapshot: finishedOn and the return value are written together (asking for the state
      // separately could see a job finish after its snapshot was read)
      const job = await eventually(async () => {
        const found = await queue.getJob(jobId);
        return found?.finishedOn ? found : false;
      }, 20000);
      expect(job.data).toEqual({ claimId, reason: 'requested', key: jobId.slice(`corroboration-${claimId}-`.length) });
      expect(job.returnvalue).toMatchObject({ claimId, status: 'contested' });
    }
    const after = await checked(claimId, before.checkedAt);
    expect(after.status).toBe('contested');
    expect((await checker.get(`/v1/claims/${claimId}`)).body.corroboration.status).toBe('contested');
    const history = (await checker.get(`/v1/claims/${claimId}/history`)).body;
    expect(history.filter((h: { action: string }) => h.action === 'request_corroboration')).toHaveLength(2);
  });

  it('answers `unchecked` for a claim not checked yet, 404 for an unknown claim, 401 without a key', async () => {
    expect((await checker.get('/v1/claims/00000000-0000-4000-8000-000000000000/corroboration')).status).toBe(404);
    expect((await checker.post('/v1/claims/00000000-0000-4000-8000-000000000000/corroboration-checks')).status).toBe(404);
    expect((await t.anonymous.get(`/v1/claims/${claimId}/corroboration`)).status).toBe(401);
    expect((await t.anonymous.post(`/v1/claims/${claimId}/corroboration-checks`)).status).toBe(401);

    const quiet = await startTestApp({ corroboration: { autoCheck: false } });
    try {
      const fc = await quiet.user('fact_checker');
      const claim = (await fc.post('/v1/claims', { text: CLAIM, claimant: { name: 'Naval analysts' } })).body;
      expect((await fc.get(`/v1/claims/${claim.id}/corroboration`)).body).toEqual({
        claimId: claim.id, status: 'unchecked', checkedAt: null, independentOrigins: 0, independentOriginIds: [], checkPending: false, evidence: [],
      });
      const requested = await fc.post(`/v1/claims/${claim.id}/corroboration-checks`);
      expect(requested.status).toBe(202);
      const report = await eventually(async () => {
        const r = (await fc.get(`/v1/claims/${claim.id}/corroboration`)).body;
        return r.checkedAt ? r : false;
      }, 20000);
      expect(report).toMatchObject({ status: 'uncorroborated', independentOrigins: 0, evidence: [], checkPending: false });
    } finally {
      await quiet.close();
    }
  });
});
