import { PassThrough } from 'node:stream';
import { Controller, Get } from '@nestjs/common';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { RequireRole } from '../../src/auth/access.decorators.js';

let slowInside = 0;

/** A route that takes a while, so requests are surely in flight when shutdown starts. */
@Controller('v1/slow')
class SlowController {
  @Get()
  @RequireRole('fact_checker')
  async slow() {
    slowInside++;
    await new Promise((r) => setTimeout(r, 300));
    return { done: true };
  }
}

describe('errors, docs, metrics, health, logs', () => {
  let t: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    t = await startTestApp({ log: { level: 'debug' }, http: { bodyLimitBytes: 4096 } as never }, { logStream });
  });
  afterAll(() => t.close());

  const isProblem = (res: { status: number; headers: Headers; body: Record<string, unknown> }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  };

  it('answers framework errors as problem+json', async () => {
    isProblem(await t.admin.get('/v1/no-such-route'), 404);
    isProblem(await t.anonymous.get('/nowhere'), 404);
    isProblem(await t.admin.post('/v1/claims', '{"text": "unclosed'), 400);
    isProblem(await t.admin.post('/v1/claims', { text: 'x'.repeat(5000), claimant: { name: 'Big' } }), 413);
    isProblem(await t.admin.post('/v1/claims', 'plain words', { 'content-type': 'text/plain' }), 415);
    const invalid = await t.admin.post('/v1/claims', { text: 42, claimant: { country: 'usa' } });
    isProblem(invalid, 400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['text', 'claimant.name', 'claimant.country']),
    );
  });

  it('rate-limits per key with 429 problem+json', async () => {
    const limited = await startTestApp({ http: { rateLimitPerMinute: 3 } as never });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.admin.get('/v1/me')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await limited.admin.get('/v1/me');
      isProblem(res, 429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // another key has its own budget
      const other = await limited.as('cdk_unknown').get('/v1/me');
      expect(other.status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('serves the OpenAPI document with every contract route, and the docs UI', async () => {
    const doc = (await t.anonymous.get('/docs-json')).body;
    const ops = Object.entries(doc.paths as Record<string, object>).flatMap(([p, o]) => Object.keys(o).map((m) => `${m.toUpperCase()} ${p}`));
    for (const route of [
      'POST /v1/users', 'GET /v1/users', 'POST /v1/users/{id}/api-keys', 'DELETE /v1/users/{id}/api-keys', 'GET /v1/me',
      'POST /v1/sources', 'GET /v1/sources', 'GET /v1/sources/{id}', 'GET /v1/sources/{id}/claims',
      'GET /v1/claims', 'POST /v1/claims', 'GET /v1/claims/{id}', 'PATCH /v1/claims/{id}', 'POST /v1/claims/{id}/counter-claims',
      'POST /v1/claims/{id}/links', 'GET /v1/claims/{id}/relations', 'GET /v1/claims/{id}/history', 'GET /v1/events', 'GET /health',
    ]) {
      expect(ops).toContain(route);
    }
    expect(doc.components.schemas.ClaimResponse.properties).toHaveProperty('corroboration');
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await t.anonymous.get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('exports Prometheus metrics with a latency histogram by route', async () => {
    const claim = (await t.admin.post('/v1/claims', { text: 'Ten ships left port.', claimant: { name: 'Harbour master' } })).body;
    await t.admin.get(`/v1/claims/${claim.id}`);
    const metrics = await t.anonymous.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/v1\/claims\/:id"[^}]*\}/);
    expect(metrics.text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/v1\/claims",status="201"\} 1/);
  });

  it('reports database, Redis and queues in /health', async () => {
    const res = await t.anonymous.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' }, queues: { status: 'up' } } });
  });

  it('answers 503 from /health when Redis is down', async () => {
    // API only: queue workers cannot even close while their Redis is gone (main.ts bounds that with a timer)
    const broken = await startTestApp({ redis: { url: 'redis://127.0.0.1:1' } as never, jobs: { runWorkers: false } as never });
    try {
      const res = await broken.anonymous.get('/health');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('error');
      expect(res.body.checks.database.status).toBe('up');
      expect(res.body.checks.redis.status).toBe('down');
      // the API itself does not wait on Redis
      expect((await broken.admin.get('/v1/me')).status).toBe(200);
    } finally {
      await broken.close();
    }
  });

  it('keeps API keys and claim text out of the logs, and logs requests with ids', async () => {
    const secretText = 'Zebra-unique-sentence about 17 submarines';
    await t.admin.post('/v1/claims', { text: secretText, claimant: { name: 'Navy' } });
    await t.admin.get(`/v1/claims?q=${encodeURIComponent('Zebra-unique-sentence')}`);
    await t.admin.post('/v1/claims', { text: secretText, claimant: { name: 'Navy', country: 'bad' } });
    const all = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    expect(all).toContain('"statusCode":201');
    expect(all).not.toContain('Zebra-unique-sentence');
    expect(all).not.toContain(t.admin.key!);
    const entry = logLines.map((l) => JSON.parse(l)).find((l) => l.path === '/v1/claims' && l.statusCode === 201);
    expect(entry).toMatchObject({ reqId: expect.any(String), method: 'POST', statusCode: 201, msg: 'request completed' });
  });

  it('finishes in-flight requests on shutdown', async () => {
    const app = await startTestApp({}, { controllers: [SlowController] });
    slowInside = 0;
    const inflight = Array.from({ length: 10 }, () => app.admin.get('/v1/slow'));
    // in flight means inside the handler: a request still on its way is not one yet
    while (slowInside < 10) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    await app.close();
    const answers = await Promise.all(inflight);
    expect(answers.map((a) => [a.status, a.body.done])).toEqual(Array(10).fill([200, true]));
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});

describe('queue dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves bull-board on /admin/queues to admins only', async () => {
    const none = await t.anonymous.get('/admin/queues');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    const editor = await t.user('editor');
    expect((await editor.get('/admin/queues')).status).toBe(403);
    const page = await t.admin.get('/admin/queues');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const basic = Buffer.from(`admin:${t.admin.key}`).toString('base64');
    expect((await t.anonymous.get('/admin/queues', { authorization: `Basic ${basic}` })).status).toBe(200);
    const api = await t.admin.get('/admin/queues/api/queues');
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['consistency', 'corroboration', 'extraction', 'webhooks']);
  });
});
