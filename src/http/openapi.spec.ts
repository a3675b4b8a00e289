import type { OpenAPIObject } from '@nestjs/swagger';
import { createTestApp } from '../../test/support/test-app.js';
import { buildOpenApi } from './openapi.js';
import { PROBLEM_MEDIA_TYPE, PROBLEM_REF } from './openapi-errors.js';

// The app is built (real SQLite file, real Redis) but never listens: the document comes from its controllers.
describe('the OpenAPI document', () => {
  let doc: OpenAPIObject;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestApp();
    close = t.close;
    doc = buildOpenApi(t.app);
  });
  afterAll(() => close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>).map(
        ([method, op]) => ({ path, method, op }),
      ),
    );

  it('declares every error response as problem+json with the Problem schema (HEAD: no body; /health 503: its report)', () => {
    let checked = 0;
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const at = `${method.toUpperCase()} ${path} ${status}`;
        if (method === 'head') {
          expect({ at, content: response.content }).toEqual({ at, content: undefined });
        } else if (path === '/health' && status === '503') {
          expect(response.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/HealthResponse' } } });
        } else {
          expect({ at, content: response.content }).toEqual({ at, content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: PROBLEM_REF } } } });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    const problem = doc.components!.schemas!.Problem as { required: string[]; properties: Record<string, { items?: { properties?: object } }> };
    expect(problem.required).toEqual(['type', 'title', 'status', 'detail']);
    expect(Object.keys(problem.properties.errors.items!.properties!)).toEqual(['field', 'message']);
    expect(problem.properties).toHaveProperty('allowedActions');
  });

  it('documents the keys as API keys sent as HTTP bearer, not as JWTs, and the console session as the other way in', () => {
    expect(doc.components!.securitySchemes!.apiKey).toEqual({ type: 'http', scheme: 'bearer', description: expect.stringMatching(/API key/) });
    expect(doc.components!.securitySchemes!.consoleSession).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'claimdesk_session' });
    const secured = operations().filter(({ path }) => path.startsWith('/v1/') && path !== '/v1/session');
    expect(secured.length).toBeGreaterThan(40);
    for (const { op } of secured) expect((op as { security?: unknown }).security).toEqual([{ apiKey: [] }, { consoleSession: [] }]);
    // where a session begins and ends, no key or session is asked for by the guard
    for (const method of ['post', 'get', 'delete']) expect(doc.paths['/v1/session'][method as 'get']).not.toHaveProperty('security');
  });

  it('documents 403 only where some role is too low, the workflow refuses the caller, or a console write lacks its CSRF token', () => {
    const find = (method: string, path: string) => operations().find((o) => o.method === method && o.path === path)!.op.responses;
    expect(find('get', '/v1/me')).not.toHaveProperty('403');
    expect(find('get', '/v1/claims')).not.toHaveProperty('403');
    expect(find('get', '/v1/users')).toHaveProperty('403');
    expect(find('post', '/v1/claims/{id}/assign')).toHaveProperty('403');
    expect(find('post', '/v1/claims')).toMatchObject({ 403: { description: expect.stringMatching(/X-CSRF-Token/) } });
    expect(find('patch', '/v1/claims/{id}')).toHaveProperty('403');
  });

  it('documents HEAD /v1/claims/{id}, the ClaimReview, /health and /metrics responses', () => {
    const claim = doc.paths['/v1/claims/{id}'];
    expect(claim.head!.responses['200']).toMatchObject({ headers: { ETag: expect.anything() } });
    expect(claim.head!.responses['200']).not.toHaveProperty('content');
    expect(doc.paths['/v1/claims/{id}/claim-review'].get!.responses['200']).toMatchObject({
      content: { 'application/ld+json': { schema: { $ref: '#/components/schemas/ClaimReview' } } },
    });
    expect(doc.components!.schemas!.ClaimReview).toMatchObject({ required: expect.arrayContaining(['@context', '@type', 'claimReviewed', 'reviewRating']) });
    expect(doc.paths['/health'].get!.responses['200']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/HealthResponse' } } } });
    expect(doc.paths['/metrics'].get!.responses['200']).toMatchObject({ content: { 'text/plain': { schema: { type: 'string' } } } });
  });
});
