import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A console session over real HTTP, as a browser holds it: the cookie, and the CSRF token it was given. */
async function signIn(t: TestApp, apiKey: string) {
  const res = await fetch(`${t.baseUrl}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey }) });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const body = (await res.json()) as { csrfToken: string; expiresAt: string; user: { id: string; name: string; role: string } };
  const cookie = setCookie.split(';')[0];
  const call = (method: string, path: string, options: { body?: unknown; csrf?: string | null } = {}) =>
    fetch(t.baseUrl + path, {
      method,
      headers: {
        cookie,
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.csrf !== null && method !== 'GET' && { 'x-csrf-token': options.csrf ?? body.csrfToken }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  return { status: res.status, setCookie, cookie, body, call };
}

describe('console sessions (POST/GET/DELETE /v1/session)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ console: { sessionTtlMs: 60_000 } });
  });
  afterAll(() => t.close());

  it('exchanges a key for an HttpOnly, SameSite=Strict cookie (not Secure outside production) and a CSRF token', async () => {
    const checker = await t.user('fact_checker', 'Nora Brandt');
    const session = await signIn(t, checker.key!);
    expect(session.status).toBe(201);
    expect(session.setCookie).toMatch(/^claimdesk_session=[A-Za-z0-9_-]{43}; Max-Age=60; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(session.setCookie).not.toContain(checker.key!);
    expect(session.body.user).toEqual({ id: checker.userId, name: 'Nora Brandt', role: 'fact_checker' });
    expect(session.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await session.call('GET', '/v1/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { name: string }).name).toBe('Nora Brandt');
    const current = await session.call('GET', '/v1/session');
    expect(await current.json()).toEqual(session.body);
  });

  it('refuses an unknown or revoked key, and a body without one', async () => {
    expect((await signIn(t, 'cdk_nothing-like-a-key')).status).toBe(401);
    const res = await fetch(`${t.baseUrl}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(400);
    // a form post from another site cannot sign anyone in: the API reads JSON only
    const form = await fetch(`${t.baseUrl}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'apiKey=x' });
    expect(form.status).toBe(415);
  });

  it('refuses a cookie request that changes something without the CSRF token (403, nothing written); Bearer needs none', async () => {
    const checker = await t.user('fact_checker');
    const session = await signIn(t, checker.key!);
    const claim = { text: 'The harbour bridge will reopen in May.', claimant: { name: 'City council' } };
    const before = (await t.admin.get('/v1/claims?limit=200')).body.items.length;
    const without = await session.call('POST', '/v1/claims', { body: claim, csrf: null });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { detail: string }).detail).toMatch(/X-CSRF-Token/);
    const wrong = await session.call('POST', '/v1/claims', { body: claim, csrf: 'A'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect((await t.admin.get('/v1/claims?limit=200')).body.items.length).toBe(before);
    const withToken = await session.call('POST', '/v1/claims', { body: claim });
    expect(withToken.status).toBe(201);
    // the direct route (POST /v1/claims) and a Nest route (PATCH) decide alike
    const id = ((await withToken.json()) as { id: string }).id;
    expect((await session.call('PATCH', `/v1/claims/${id}`, { body: { tags: ['bridges'] }, csrf: null })).status).toBe(403);
    expect((await session.call('PATCH', `/v1/claims/${id}`, { body: { tags: ['bridges'] } })).status).toBe(200);
    expect((await checker.post('/v1/claims', claim)).status).toBe(201);
  });

  it('keeps roles: a fact-checker\'s session cannot do what an editor\'s key may', async () => {
    const checker = await t.user('fact_checker');
    const session = await signIn(t, checker.key!);
    expect((await session.call('GET', '/v1/users')).status).toBe(403);
  });

  it('ends at sign-out: the cookie is cleared and the old token opens nothing', async () => {
    const checker = await t.user('fact_checker');
    const session = await signIn(t, checker.key!);
    expect((await session.call('DELETE', '/v1/session', { csrf: null })).status).toBe(403);
    expect((await session.call('GET', '/v1/me')).status).toBe(200);
    const out = await session.call('DELETE', '/v1/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^claimdesk_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await session.call('GET', '/v1/me')).status).toBe(401);
    expect((await session.call('GET', '/v1/session')).status).toBe(401);
    // signing out again (or without a session) is not an error
    expect((await session.call('DELETE', '/v1/session')).status).toBe(204);
  });

  it('ends at once when the key it was opened with is revoked, while another key of the user still signs in', async () => {
    const checker = await t.user('fact_checker');
    const session = await signIn(t, checker.key!);
    expect((await session.call('GET', '/v1/me')).status).toBe(200);
    expect((await t.admin.delete(`/v1/users/${checker.userId}/api-keys`)).status).toBe(200);
    const after = await session.call('GET', '/v1/me');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { detail: string }).detail).toMatch(/revoked/);
    const fresh = (await t.admin.post(`/v1/users/${checker.userId}/api-keys`)).body.apiKey as string;
    expect((await (await signIn(t, fresh)).call('GET', '/v1/me')).status).toBe(200);
  });
});

describe('console sessions expire', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ console: { sessionTtlMs: 1500, secureCookie: true } });
  });
  afterAll(() => t.close());

  it('after their lifetime, and the cookie is Secure where configured', async () => {
    const checker = await t.user('fact_checker');
    const session = await signIn(t, checker.key!);
    expect(session.setCookie).toMatch(/; Max-Age=1; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    expect((await session.call('GET', '/v1/me')).status).toBe(200);
    await sleep(1700);
    expect((await session.call('GET', '/v1/me')).status).toBe(401);
    expect((await session.call('GET', '/v1/session')).status).toBe(401);
  });
});
