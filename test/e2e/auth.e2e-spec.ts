import Database from 'better-sqlite3';
import { Controller, Get } from '@nestjs/common';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';

/** A route that forgot its access rule: it must be refused, whoever calls. */
@Controller('v1/forgotten')
class ForgottenController {
  @Get()
  open() {
    return { leaked: true };
  }
}

type Role = 'fact_checker' | 'editor' | 'admin';
const RANK: Record<Role, number> = { fact_checker: 0, editor: 1, admin: 2 };

describe('auth and roles', () => {
  let t: TestApp;
  let clients: Record<Role, ApiClient & { userId: string }>;

  beforeAll(async () => {
    t = await startTestApp({}, { controllers: [ForgottenController] });
    clients = {
      fact_checker: await t.user('fact_checker', 'Fiona Checker'),
      editor: await t.user('editor', 'Eddie Editor'),
      admin: await t.user('admin', 'Ada Admin'),
    };
  });
  afterAll(() => t.close());

  it('walks every /v1 route of the OpenAPI document: 401 without a key, 401 with an unknown key', async () => {
    const doc = (await t.anonymous.get('/docs-json')).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ path, method })),
    );
    // where a console session begins and ends: public, tested in console-session.e2e-spec.ts
    const v1 = routes.filter((r) => r.path.startsWith('/v1/') && r.path !== '/v1/session');
    expect(v1.length).toBeGreaterThanOrEqual(15);
    for (const { path, method } of v1) {
      const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const none = await t.anonymous.request(method.toUpperCase(), concrete, ['get', 'head'].includes(method) ? undefined : {});
      expect({ route: `${method} ${path}`, status: none.status }).toEqual({ route: `${method} ${path}`, status: 401 });
      expect(none.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const unknown = await t.as('cdk_not-a-real-key').request(method.toUpperCase(), concrete, ['get', 'head'].includes(method) ? undefined : {});
      expect(unknown.status).toBe(401);
    }
  });

  it('every /v1 operation in the OpenAPI document declares bearer auth, the role it needs, and a 403 where a role can be too low', async () => {
    const doc = (await t.anonymous.get('/docs-json')).body;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      // the forgotten route exists only in this test app, to prove default deny
      if (!path.startsWith('/v1/') || path === '/v1/forgotten' || path === '/v1/session') continue;
      for (const [method, op] of Object.entries(ops)) {
        expect({ op: `${method} ${path}`, security: op.security }).toEqual({ op: `${method} ${path}`, security: [{ apiKey: [] }, { consoleSession: [] }] });
        expect(RANK[op['x-min-role'] as Role]).toBeDefined();
        if (RANK[op['x-min-role'] as Role] > 0) expect(op.responses['403']).toBeDefined();
      }
    }
  });

  it('answers 403 to a known key whose role is too low, per the role each route documents', async () => {
    const doc = (await t.anonymous.get('/docs-json')).body;
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      if (!path.startsWith('/v1/') || path === '/v1/forgotten' || path === '/v1/session') continue;
      for (const [method, op] of Object.entries(ops)) {
        const needed = op['x-min-role'] as Role;
        expect(RANK[needed]).toBeDefined();
        const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        for (const role of Object.keys(RANK) as Role[]) {
          if (RANK[role] >= RANK[needed]) continue;
          const res = await clients[role].request(method.toUpperCase(), concrete, ['get', 'head'].includes(method) ? undefined : {});
          expect({ route: `${method} ${path}`, role, status: res.status }).toEqual({ route: `${method} ${path}`, role, status: 403 });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('refuses a route without an access rule, even for an admin (default deny)', async () => {
    const res = await t.admin.get('/v1/forgotten');
    expect(res.status).toBe(403);
    expect(res.body.leaked).toBeUndefined();
  });

  it('lets an editor do what a fact-checker may, and an admin what an editor may', async () => {
    for (const role of ['fact_checker', 'editor', 'admin'] as Role[]) {
      expect((await clients[role].get('/v1/claims')).status).toBe(200);
    }
    expect((await clients.admin.get('/v1/users')).status).toBe(200);
    expect((await clients.editor.get('/v1/users')).status).toBe(403);
  });

  it('creates users with a key shown once, lists them, and answers /v1/me', async () => {
    const created = await t.admin.post('/v1/users', { name: 'Nora Neu', role: 'editor' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Nora Neu', role: 'editor' });
    expect(created.body.apiKey).toMatch(/^cdk_/);
    const me = await t.as(created.body.apiKey).get('/v1/me');
    expect(me.body).toMatchObject({ id: created.body.id, name: 'Nora Neu', role: 'editor' });

    const listed = await t.admin.get('/v1/users?limit=200');
    const mine = listed.body.items.find((u: { id: string }) => u.id === created.body.id);
    expect(mine).toEqual({ id: created.body.id, name: 'Nora Neu', role: 'editor', createdAt: expect.any(String), activeKeys: 1 });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.apiKey);
  });

  it('pages through users with a cursor', async () => {
    for (let i = 0; i < 4; i++) await t.user('fact_checker');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.admin.get(`/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((u: { id: string }) => u.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = (await t.admin.get('/v1/users?limit=200')).body.items.map((u: { id: string }) => u.id);
    expect(seen).toEqual(all);
  });

  it('rotates keys: a new key works beside the old until all are revoked', async () => {
    const user = await t.user('fact_checker', 'Rita Rotate');
    const second = await t.admin.post(`/v1/users/${user.userId}/api-keys`);
    expect(second.status).toBe(201);
    expect((await user.get('/v1/me')).status).toBe(200);
    expect((await t.as(second.body.apiKey).get('/v1/me')).status).toBe(200);

    const revoked = await t.admin.delete(`/v1/users/${user.userId}/api-keys`);
    expect(revoked.body).toEqual({ userId: user.userId, revoked: 2 });
    expect((await user.get('/v1/me')).status).toBe(401);
    expect((await t.as(second.body.apiKey).get('/v1/me')).status).toBe(401);
    expect((await t.admin.post('/v1/users/00000000-0000-4000-8000-000000000000/api-keys')).status).toBe(404);
  });

  it('stores keys only as hashes', async () => {
    const user = await t.user('editor', 'Hannah Hash');
    const db = new Database(t.settings.database.path, { readonly: true });
    try {
      const dump = JSON.stringify(db.prepare('SELECT * FROM api_keys').all()) + JSON.stringify(db.prepare('SELECT * FROM users').all());
      expect(dump).not.toContain(user.key!);
      expect(dump).not.toContain(t.admin.key!);
    } finally {
      db.close();
    }
  });

  it('validates user input with field names', async () => {
    const res = await t.admin.post('/v1/users', { name: '', role: 'overlord', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'name', 'role']);
  });
});
