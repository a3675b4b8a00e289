import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApi } from '../../src/http/openapi.js';
import { createTestApp } from '../support/test-app.js';
import { RESPONSE_LOG_ENV, readResponseLog } from '../support/response-log.js';

/**
 * Runs after every e2e suite (`npm test`, see test/support/run-tests.mjs): the OpenAPI document must
 * name every route the product serves, and every status those suites saw a route answer. A typed
 * client is generated from the document, so a status it does not know of is a bug of the document.
 */

/** Outside the document by design: the queue dashboard (bull-board), the console's pages and files, and the document itself. */
const OUT_OF_SCOPE = /^\/(admin\/queues|console|docs)(\/|-|\*|$)/;

/** Parses Fastify's printRoutes() tree ("│   ├── /:id (GET, HEAD)") into "METHOD /pattern" strings. */
export function routesOf(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    stack.push(match[2]);
    const url = stack.join('');
    for (const method of (match[3] ?? '').split(', ').filter((m) => /^[A-Z]+$/.test(m))) routes.push(`${method} ${url}`);
  }
  return routes;
}

const documentedOperations = (doc: OpenAPIObject) =>
  new Map(
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: Record<string, unknown> }>).map(
        ([method, op]) => [`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, new Set(Object.keys(op.responses).map(Number))] as const,
      ),
    ),
  );

describe('the OpenAPI document against the routes and what the e2e suites saw them answer', () => {
  let documented: Map<string, Set<number>>;
  let served: Set<string>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const t = await createTestApp();
    close = t.close;
    documented = documentedOperations(buildOpenApi(t.app));
    served = new Set(routesOf(t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false })));
  });
  afterAll(() => close());

  it('reads the route table', () => {
    // guards the parser: if it read nothing, the two checks below would pass vacuously
    expect(served).toContain('GET /v1/claims/:id');
    expect(served).toContain('POST /v1/claims/:id/verdicts/:verdictId/approve');
  });

  it('documents every route the product serves, and no route it does not serve', () => {
    const inScope = [...served].filter((route) => !OUT_OF_SCOPE.test(route.split(' ')[1]));
    // Fastify answers HEAD for every GET route; only the HEAD routes in the contract are documented
    const undocumented = inScope.filter((route) => !documented.has(route) && !(route.startsWith('HEAD ') && served.has(route.replace(/^HEAD/, 'GET'))));
    const missing = [...documented.keys()].filter((route) => !served.has(route));
    expect({ undocumented, missing }).toEqual({ undocumented: [], missing: [] });
  });

  const dir = process.env[RESPONSE_LOG_ENV];
  (dir ? it : it.skip)(`documents every (route, status) the e2e suites saw (${RESPONSE_LOG_ENV}=${dir ?? 'unset: run npm test'})`, () => {
    const answered = readResponseLog(dir!);
    if (answered === null) throw new Error(`nothing was recorded in ${dir}: did the e2e suites run with ${RESPONSE_LOG_ENV} set?`);
    const undocumented = new Set<string>();
    for (const { method, route, status } of answered) {
      // no route matched (a 404 for an unknown path), or a route outside the document
      if (route === null || OUT_OF_SCOPE.test(route)) continue;
      const key = `${method} ${route}`;
      // a route some suite added for itself (AppOptions.controllers), not one the product serves
      if (!served.has(key)) continue;
      if (!documented.get(key)?.has(status)) undocumented.add(`${key} ${status}`);
    }
    expect([...undocumented].sort()).toEqual([]);
  });
});
