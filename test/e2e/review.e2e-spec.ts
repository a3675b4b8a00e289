import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { CLAIM_STATUSES, TRANSITIONS, WORKFLOW_ACTIONS, decide, roleAtLeast, type ClaimStatus, type Role, type WorkflowAction } from '../../src/review/workflow.js';

/** The role a route asks for before the workflow is consulted: editor-only actions are editor routes. */
const routeRole = (action: WorkflowAction): Role =>
  TRANSITIONS.filter((r) => r.action === action).every((r) => r.who.role === 'editor' && !r.who.orWhen) ? 'editor' : 'fact_checker';

type Client = ApiClient & { userId: string };

describe('review workflow', () => {
  let t: TestApp;
  let fc: Client; // the fact-checker who works on the claims
  let editor: Client;
  let otherEditor: Client;
  let sourceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    fc = await t.user('fact_checker', 'Frida Fact');
    editor = await t.user('editor', 'Emil Editor');
    otherEditor = await t.user('editor', 'Olga Other');
    sourceId = (await fc.post('/v1/sources', { text: 'Officials said 40 drones were delivered in May.', publisher: 'Wire', url: 'https://news.example/drones' })).body.id;
  });
  afterAll(() => t.close());

  const newClaim = async (text = 'Forty drones were delivered in May.') =>
    (await fc.post('/v1/claims', { text, claimant: { name: 'Defence ministry', country: 'UA' }, sourceId, quote: '40 drones were delivered', claimedAt: '2024-05-20T10:00:00Z' })).body;
  const proposal = { rating: 'mostly_true', summary: 'Deliveries match the ministry figures.', evidence: [{ sourceId: '', note: '' }] };
  const propose = (c: ApiClient, id: string, body: Record<string, unknown> = {}) =>
    c.post(`/v1/claims/${id}/verdicts`, { ...proposal, evidence: [{ sourceId, note: 'the wire report' }, { url: 'https://gov.example/report', note: 'official list' }], ...body });

  /** The whole event feed, paged. */
  async function allEvents(query = ''): Promise<Array<{ type: string; data: Record<string, any> }>> {
    const out = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ type: string; data: Record<string, any> }>; nextCursor: string | null } =
        (await t.admin.get(`/v1/events?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`)).body;
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  /** A claim brought into `status` through the API; returns ids the actions need. */
  async function claimIn(status: ClaimStatus): Promise<{ id: string; verdictId: string | null; assigneeId: string | null; authorId: string | null }> {
    const claim = await newClaim();
    if (status === 'pending') return { id: claim.id, verdictId: null, assigneeId: null, authorId: null };
    if (status === 'dismissed') {
      expect((await editor.post(`/v1/claims/${claim.id}/dismiss`, { reason: 'not checkable' })).status).toBe(200);
      return { id: claim.id, verdictId: null, assigneeId: null, authorId: null };
    }
    expect((await fc.post(`/v1/claims/${claim.id}/assign`)).status).toBe(200);
    if (status === 'in_review') return { id: claim.id, verdictId: null, assigneeId: fc.userId, authorId: null };
    const verdict = await propose(fc, claim.id);
    expect(verdict.status).toBe(201);
    if (status === 'verdict_proposed') return { id: claim.id, verdictId: verdict.body.id, assigneeId: fc.userId, authorId: fc.userId };
    expect((await editor.post(`/v1/claims/${claim.id}/verdicts/${verdict.body.id}/approve`, { note: 'ok' })).status).toBe(200);
    return { id: claim.id, verdictId: verdict.body.id, assigneeId: fc.userId, authorId: fc.userId };
  }

  function act(client: ApiClient, action: WorkflowAction, c: { id: string; verdictId: string | null }): Promise<ApiResponse> {
    const verdict = c.verdictId ?? '00000000-0000-4000-8000-000000000000';
    switch (action) {
      case 'assign': return client.post(`/v1/claims/${c.id}/assign`);
      case 'unassign': return client.post(`/v1/claims/${c.id}/unassign`);
      case 'propose_verdict': return propose(client, c.id);
      case 'approve': return client.post(`/v1/claims/${c.id}/verdicts/${verdict}/approve`, {});
      case 'reject': return client.post(`/v1/claims/${c.id}/verdicts/${verdict}/reject`, { reason: 'needs a second source' });
      case 'dismiss': return client.post(`/v1/claims/${c.id}/dismiss`, { reason: 'duplicate' });
      case 'reopen': return client.post(`/v1/claims/${c.id}/reopen`, { reason: 'new evidence' });
    }
  }

  it('follows the transition table for every status, action and role (a bystander of each role acts)', async () => {
    const actors: Record<Role, Client> = {
      fact_checker: await t.user('fact_checker', 'Bystander FC'),
      editor: await t.user('editor', 'Bystander Editor'),
      admin: await t.user('admin', 'Bystander Admin'),
    };
    let cases = 0;
    for (const status of CLAIM_STATUSES) {
      for (const action of WORKFLOW_ACTIONS) {
        for (const role of Object.keys(actors) as Role[]) {
          const c = await claimIn(status);
          const actor = actors[role];
          const expected = decide({
            status, action, actor: { id: actor.userId, role }, assigneeId: c.assigneeId, verdictAuthorId: c.authorId, targetAssigneeId: actor.userId,
          });
          const res = await act(actor, action, c);
          const want = !roleAtLeast(role, routeRole(action))
            ? 403
            : expected.ok ? (action === 'propose_verdict' ? 201 : 200) : expected.reason === 'forbidden' ? 403 : 409;
          expect({ status, action, role, got: res.status }).toEqual({ status, action, role, got: want });
          if (res.status === 409 || (res.status === 403 && roleAtLeast(role, routeRole(action)))) {
            expect(Array.isArray(res.body.allowedActions)).toBe(true);
          }
          if (expected.ok) {
            const after = await fc.get(`/v1/claims/${c.id}`);
            expect(after.body.status).toBe(expected.to);
          }
          cases++;
        }
      }
    }
    expect(cases).toBe(CLAIM_STATUSES.length * WORKFLOW_ACTIONS.length * 3);
  });

  it('lets the assignee unassign and propose, and computes allowedActions for the caller', async () => {
    const c = await claimIn('in_review');
    const refused = await fc.post(`/v1/claims/${c.id}/reopen`, { reason: 'x' });
    expect(refused.status).toBe(403);
    const invalid = await editor.post(`/v1/claims/${c.id}/verdicts/00000000-0000-4000-8000-000000000000/approve`, {});
    expect(invalid.status).toBe(409);
    expect(invalid.body.allowedActions).toEqual(['assign', 'unassign', 'propose_verdict', 'dismiss']);
    const pendingOne = await newClaim();
    const wrong = await fc.post(`/v1/claims/${pendingOne.id}/unassign`);
    expect(wrong.status).toBe(409);
    expect(wrong.body.allowedActions).toEqual(['assign']);
    const editorView = await editor.post(`/v1/claims/${pendingOne.id}/unassign`);
    expect(editorView.body.allowedActions).toEqual(['assign', 'dismiss']);
    expect((await fc.post(`/v1/claims/${c.id}/unassign`)).status).toBe(200);
  });

  it('keeps duties: a fact-checker assigns only themself and proposes only on their own claims', async () => {
    const claim = await newClaim();
    const other = await t.user('fact_checker', 'Other FC');
    expect((await fc.post(`/v1/claims/${claim.id}/assign`, { assigneeId: other.userId })).status).toBe(403);
    expect((await editor.post(`/v1/claims/${claim.id}/assign`, { assigneeId: other.userId })).body.assignee).toEqual({ id: other.userId, name: 'Other FC' });
    expect((await propose(fc, claim.id)).status).toBe(403);
    expect((await editor.post(`/v1/claims/${claim.id}/assign`, { assigneeId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);
    expect((await fc.get('/v1/claims?assignee=me')).body.items.map((c: { id: string }) => c.id)).not.toContain(claim.id);
    expect((await other.get('/v1/claims?assignee=me')).body.items.map((c: { id: string }) => c.id)).toEqual([claim.id]);
  });

  it('enforces four-eyes: an editor never approves their own verdict', async () => {
    const claim = await newClaim();
    await editor.post(`/v1/claims/${claim.id}/assign`);
    const verdict = (await propose(editor, claim.id)).body;
    const own = await editor.post(`/v1/claims/${claim.id}/verdicts/${verdict.id}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.body.allowedActions).toEqual(['reject', 'dismiss']);
    const approved = await otherEditor.post(`/v1/claims/${claim.id}/verdicts/${verdict.id}/approve`, { note: 'checked' });
    expect(approved.status).toBe(200);
    expect(approved.body.verdict).toMatchObject({ id: verdict.id, status: 'approved', decidedBy: { id: otherEditor.userId, name: 'Olga Other' }, note: 'checked' });
  });

  it('approves only the current proposal; supersedes on a new proposal and on reopen', async () => {
    const c = await claimIn('verdict_proposed');
    const firstId = c.verdictId!;
    expect((await editor.post(`/v1/claims/${c.id}/verdicts/${firstId}/reject`, { reason: 'too thin' })).status).toBe(200);
    const second = (await propose(fc, c.id, { rating: 'true' })).body;
    expect((await editor.post(`/v1/claims/${c.id}/verdicts/${firstId}/approve`, {})).status).toBe(409);
    const approved = await editor.post(`/v1/claims/${c.id}/verdicts/${second.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'approved', verdict: { id: second.id, rating: 'true', status: 'approved' } });

    expect((await fc.patch(`/v1/claims/${c.id}`, { tags: ['late'] })).status).toBe(409);
    const reopened = await editor.post(`/v1/claims/${c.id}/reopen`, { reason: 'new figures published' });
    expect(reopened.body).toMatchObject({ status: 'in_review', verdict: null });
    expect((await fc.patch(`/v1/claims/${c.id}`, { tags: ['late'] })).status).toBe(200);
    expect((await editor.post(`/v1/claims/${c.id}/verdicts/${second.id}/approve`, {})).status).toBe(409);
  });

  it('validates verdicts and their evidence', async () => {
    const c = await claimIn('in_review');
    const bad = await fc.post(`/v1/claims/${c.id}/verdicts`, { rating: 'pants_on_fire', summary: '', evidence: [{ url: 'javascript:alert(1)', note: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['evidence.0.url', 'rating', 'summary']);
    const unknownSource = await propose(fc, c.id, { evidence: [{ sourceId: '00000000-0000-4000-8000-000000000000', note: 'x' }] });
    expect(unknownSource.status).toBe(400);
    const neither = await propose(fc, c.id, { evidence: [{ note: 'just a note' }] });
    expect(neither.body.errors).toEqual([{ field: 'evidence.0', message: 'needs a sourceId or a url' }]);
    expect((await fc.get(`/v1/claims/${c.id}`)).body.status).toBe('in_review');
  });

  it('lets exactly one of two racing approvals win', async () => {
    for (let round = 0; round < 5; round++) {
      const c = await claimIn('verdict_proposed');
      const [a, b] = await Promise.all([
        editor.post(`/v1/claims/${c.id}/verdicts/${c.verdictId}/approve`, {}),
        otherEditor.post(`/v1/claims/${c.id}/verdicts/${c.verdictId}/approve`, {}),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const events = (await allEvents('&type=verdict.approved')).filter((e) => e.data.claimId === c.id);
      expect(events).toHaveLength(1);
    }
    const c = await claimIn('verdict_proposed');
    const version = (await fc.get(`/v1/claims/${c.id}`)).body.version;
    const [a, b] = await Promise.all([
      editor.post(`/v1/claims/${c.id}/verdicts/${c.verdictId}/approve`, {}, { 'if-match': `"${version}"` }),
      otherEditor.post(`/v1/claims/${c.id}/verdicts/${c.verdictId}/approve`, {}, { 'if-match': `"${version}"` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
  });

  it('records history and events for every step, in the same transaction', async () => {
    const c = await claimIn('verdict_proposed');
    await editor.post(`/v1/claims/${c.id}/verdicts/${c.verdictId}/reject`, { reason: 'needs the May list' });
    const v2 = (await propose(fc, c.id, { rating: 'half_true' })).body;
    await editor.post(`/v1/claims/${c.id}/verdicts/${v2.id}/approve`, { note: 'fine now' });
    await editor.post(`/v1/claims/${c.id}/reopen`, { reason: 'June figures' });
    await editor.post(`/v1/claims/${c.id}/dismiss`, { reason: 'superseded by a newer claim' });

    const history = (await fc.get(`/v1/claims/${c.id}/history`)).body;
    expect(history.map((h: { action: string; from: string | null; to: string | null }) => [h.action, h.from, h.to])).toEqual([
      ['create', null, 'pending'],
      ['assign', 'pending', 'in_review'],
      ['propose_verdict', 'in_review', 'verdict_proposed'],
      ['reject', 'verdict_proposed', 'in_review'],
      ['propose_verdict', 'in_review', 'verdict_proposed'],
      ['approve', 'verdict_proposed', 'approved'],
      ['reopen', 'approved', 'in_review'],
      ['dismiss', 'in_review', 'dismissed'],
    ]);
    expect(history[3]).toMatchObject({ actor: { id: editor.userId }, data: { reason: 'needs the May list', verdictId: c.verdictId } });
    expect(history[4].data).toMatchObject({ rating: 'half_true', verdictId: v2.id });
    for (let i = 1; i < history.length; i++) expect(history[i].at >= history[i - 1].at).toBe(true);

    // workflow events only: background checks announce their own results
    const events = (await allEvents()).filter((e) => e.data.claimId === c.id && !['corroboration.completed', 'consistency.completed', 'flag.raised'].includes(e.type));
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'claim.created',
      'claim.assigned', 'claim.status_changed',
      'verdict.proposed', 'claim.status_changed',
      'verdict.rejected', 'claim.status_changed',
      'verdict.proposed', 'claim.status_changed',
      'verdict.approved', 'claim.status_changed',
      'claim.status_changed',
      'claim.status_changed',
    ]);
    const changes = events.filter((e: { type: string }) => e.type === 'claim.status_changed').map((e: { data: Record<string, unknown> }) => e.data);
    expect(changes[2]).toEqual({ claimId: c.id, from: 'verdict_proposed', to: 'in_review', actor: editor.userId, reason: 'needs the May list', version: expect.any(Number) });
    expect(changes[5]).toMatchObject({ from: 'approved', to: 'in_review', reason: 'June figures' });
    const versions = events.map((e) => e.data.version as number);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('puts the oldest proposal first in the approval queue', async () => {
    const fresh = await startTestApp();
    try {
      const f = await fresh.user('fact_checker');
      const e = await fresh.user('editor');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await f.post('/v1/claims', { text: `Claim ${i} with 5 ships.`, claimant: { name: 'Navy' } })).body.id);
      // propose in reverse order of creation
      for (const id of [...ids].reverse()) {
        await f.post(`/v1/claims/${id}/assign`);
        await f.post(`/v1/claims/${id}/verdicts`, { rating: 'false', summary: 's', evidence: [{ url: 'https://x.example', note: 'n' }] });
        await new Promise((r) => setTimeout(r, 3));
      }
      const queue = (await e.get('/v1/claims?status=verdict_proposed')).body.items.map((c: { id: string }) => c.id);
      expect(queue).toEqual([...ids].reverse());
    } finally {
      await fresh.close();
    }
  });

  it('exports an approved claim as schema.org ClaimReview with the fields Google asks for', async () => {
    const c = await claimIn('approved');
    const res = await fc.get(`/v1/claims/${c.id}/claim-review`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/ld\+json/);
    const review = res.body;
    // required by Google: claimReviewed, reviewRating (alternateName), url, author; recommended: datePublished, itemReviewed
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Forty drones were delivered in May.',
      url: `${t.settings.review.publicBaseUrl}${c.id}`,
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      author: { '@type': 'Organization', name: t.settings.review.organization.name },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: expect.any(String) },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Defence ministry' },
        datePublished: '2024-05-20',
        appearance: [expect.objectContaining({ url: 'https://news.example/drones' })],
      },
    });

    const notYet = await claimIn('verdict_proposed');
    expect((await fc.get(`/v1/claims/${notYet.id}/claim-review`)).status).toBe(404);

    const unverifiable = await claimIn('in_review');
    const v = (await propose(fc, unverifiable.id, { rating: 'unverifiable' })).body;
    await editor.post(`/v1/claims/${unverifiable.id}/verdicts/${v.id}/approve`, {});
    const u = (await fc.get(`/v1/claims/${unverifiable.id}/claim-review`)).body;
    expect(u.reviewRating).not.toHaveProperty('ratingValue');
    expect(u.reviewRating.alternateName).toEqual(expect.any(String));
  });
});
