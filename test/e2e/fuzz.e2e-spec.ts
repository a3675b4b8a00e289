/* eslint-disable @typescript-eslint/no-explicit-any */
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { settledRowCounts } from '../support/row-counts.js';

/**
 * Property-based fuzz of every DTO, driven by the OpenAPI document: every route with a JSON body
 * or query parameters gets generated input, and whatever comes back is never a 5xx, every 4xx is
 * problem+json, and input that is certain to be invalid writes nothing (row counts of every table
 * before and after). Seeded and bounded: a few hundred requests.
 */

const SEED = 20_261_102;
const PROBLEM = /^application\/problem\+json/;

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  nullable?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  $ref?: string;
  allOf?: Schema[];
}

interface Route {
  method: string;
  /** With real ids filled in where the test holds one (so an accepted body would really write). */
  path: string;
  /** With ids that exist nowhere (an accepted body answers 404 and writes nothing). */
  nowherePath: string;
  body?: Schema;
  query?: Array<{ name: string; schema: Schema }>;
}

function expectAnswered(res: ApiResponse, what: unknown) {
  const type = res.headers.get('content-type') ?? '';
  // the request is part of the comparison, so a failure shows what was sent
  expect([what, res.status < 500]).toEqual([what, true]);
  if (res.status >= 400) expect([what, res.status, type, res.body?.status]).toEqual([what, res.status, expect.stringMatching(PROBLEM), res.status]);
}

/** A short, printable form of what was sent, for failure messages. */
const shown = (method: string, path: string, text?: string) => `${method} ${path} ${text === undefined ? '' : text.slice(0, 300)}`;

describe('fuzz: every DTO, never a 5xx, always problem+json, nothing written', () => {
  let t: TestApp;
  let client: ApiClient;
  let routes: Route[];
  let resolve: (schema: Schema) => Schema;

  beforeAll(async () => {
    t = await startTestApp();
    client = t.admin;
    const fcUser = await t.user('fact_checker');
    const source = (await fcUser.post('/v1/sources', { publisher: 'Agentur', text: 'Die Beamten schätzen, dass 5.000 Soldaten getötet wurden.', language: 'de' })).body;
    const claim = (await fcUser.post('/v1/claims', { text: 'Officials said 40 tanks were destroyed.', claimant: { name: 'Officials' } })).body;
    // switched off, so that no deliveries (and their retries) are written while the fuzz counts rows
    const webhook = (await client.post('/v1/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'], enabled: false })).body;
    const real: Record<string, string> = { claims: claim.id, sources: source.id, webhooks: webhook.id, users: fcUser.userId };
    const doc = (await client.get('/docs-json')).body;
    resolve = (schema: Schema): Schema => {
      if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]);
      if (schema.allOf) return Object.assign({}, ...schema.allOf.map(resolve));
      return schema;
    };
    const fill = (path: string, ids: Record<string, string>) =>
      path.replace(/\{(\w+)\}/g, (_m, name: string, offset: number) => {
        if (name === 'index') return '0';
        const collection = path.slice(0, offset).split('/').filter(Boolean).at(-1)!;
        return (name === 'id' && ids[collection]) || `no-such-${name}`;
      });
    routes = [];
    for (const [path, operations] of Object.entries<any>(doc.paths)) {
      if (!path.startsWith('/v1/')) continue;
      for (const [method, op] of Object.entries<any>(operations)) {
        const body = op.requestBody?.content?.['application/json']?.schema;
        const query = (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => ({ name: p.name, schema: p.schema ?? {} }));
        if (!body && query.length === 0) continue;
        routes.push({
          method: method.toUpperCase(),
          path: fill(path, real),
          nowherePath: fill(path, {}),
          body: body ? resolve(body) : undefined,
          query: query.length ? query : undefined,
        });
      }
    }
    // once the background work the setup started (extraction, checks, deliveries) has settled
    await settledRowCounts(t.settings.database.path, 500);
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds the routes in the OpenAPI document', () => {
    const bodies = routes.filter((r) => r.body).map((r) => `${r.method} ${r.nowherePath}`);
    expect(bodies).toEqual(expect.arrayContaining(['POST /v1/claims', 'PATCH /v1/claims/no-such-id', 'PATCH /v1/webhooks/no-such-id', 'POST /v1/sources']));
    expect(routes.filter((r) => r.query).length).toBeGreaterThanOrEqual(5);
    // every body DTO is an object with named fields: the poisons below rely on the whitelist
    for (const r of routes.filter((route) => route.body)) expect([r.path, Object.keys(r.body!.properties ?? {}).length > 0]).toEqual([r.path, true]);
  });

  // ---- values ----

  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const withLoneSurrogate = fc.tuple(fc.string({ maxLength: 8 }), loneSurrogate, fc.string({ maxLength: 8 })).map((parts) => parts.join(''));

  /** A value of any JSON type but the one the schema wants (so a validator must refuse it). */
  function wrongType(schema: Schema): fc.Arbitrary<unknown> {
    const s = resolve(schema);
    const type = s.type ?? (s.properties ? 'object' : 'string');
    const candidates: Record<string, fc.Arbitrary<unknown>> = {
      string: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
      number: fc.oneof(fc.string({ maxLength: 5 }), fc.boolean(), fc.constant('12')),
      integer: fc.oneof(fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(1.5), fc.constant('7')),
      boolean: fc.oneof(fc.constantFrom('true', 'false', 0, 1), fc.string({ maxLength: 5 })),
      array: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), anyJson, { maxKeys: 2 })),
      object: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.array(anyJson, { maxLength: 3 })),
    };
    // arrays and objects of the wrong kind too, for scalars
    const containers = fc.oneof(fc.array(anyJson, { maxLength: 3 }), fc.constant({}));
    return type === 'array' || type === 'object' ? candidates[type] : fc.oneof(candidates[type] ?? candidates.string, containers);
  }

  /** A body that some validator or the structure guard must refuse, as JSON text. */
  function poisoned(schema: Schema): fc.Arbitrary<string> {
    const fields = Object.entries(schema.properties ?? {});
    const names = fields.map(([name]) => name);
    const unknownName = fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !names.includes(n) && n !== '__proto__' && n !== 'constructor' && n.isWellFormed());
    const field = fc.constantFrom(...fields);
    const base = fc.record(Object.fromEntries(fields.map(([name]) => [name, anyJson])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
    const nullable = fields.filter(([, s]) => !resolve(s).nullable);
    const limited = fields.filter(([, s]) => resolve(s).maxLength !== undefined && resolve(s).maxLength! <= 200_000);
    const bounded = fields.filter(([, s]) => resolve(s).maximum !== undefined);
    const set = (body: Record<string, unknown>, name: string, value: unknown) => JSON.stringify({ ...body, [name]: value });
    const DEEP = JSON.stringify('\u0000deep\u0000');
    const poisons: Array<fc.Arbitrary<string>> = [
      fc.tuple(base, unknownName, anyJson).map(([body, name, value]) => set(body, name, value)),
      fc.tuple(base, field, fc.nat()).chain(([body, [name, s]]) => wrongType(s).map((value) => set(body, name, value))),
      fc.tuple(base, field, withLoneSurrogate).map(([body, [name], value]) => set(body, name, value)),
      fc.tuple(base, field, withLoneSurrogate).map(([body, [name], value]) => set(body, name, { [value]: 1 })),
      fc.tuple(base, field, fc.integer({ min: 33, max: 6000 })).map(([body, [name], depth]) =>
        set(body, name, '\u0000deep\u0000').replace(DEEP, `${'['.repeat(depth)}${']'.repeat(depth)}`)),
      fc.tuple(base, fc.integer({ min: 10_001, max: 12_000 })).map(([body, n]) => set(body, 'values', new Array(n).fill(0))),
    ];
    if (nullable.length) poisons.push(fc.tuple(base, fc.constantFrom(...nullable)).map(([body, [name]]) => set(body, name, null)));
    if (limited.length) {
      poisons.push(fc.tuple(base, fc.constantFrom(...limited), fc.integer({ min: 1, max: 50 })).map(([body, [name, s], extra]) => set(body, name, 'x'.repeat(resolve(s).maxLength! + extra))));
    }
    if (bounded.length) {
      poisons.push(fc.tuple(base, fc.constantFrom(...bounded), fc.integer({ min: 1, max: 1e6 })).map(([body, [name, s], extra]) => set(body, name, resolve(s).maximum! + extra)));
    }
    return fc.oneof(...poisons);
  }

  /** Anything at all, well-meant or not: the answer only has to be a 2xx or a problem. */
  const anything = fc.oneof(
    anyJson.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', 'null', '[]', '{}', '{"a":', '[1,2', '"\\ud800"', '1e999', '-0', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
  );

  /** A query string for the route: known and unknown names, repeats, junk escapes, long values. */
  function queryFor(route: Route): fc.Arbitrary<string> {
    const names = route.query!.map((p) => p.name);
    const value = fc.oneof(
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.string({ maxLength: 8, unit: 'grapheme' }).map(encodeURIComponent),
      fc.constantFrom('', '0', '-1', '201', '1e3', '1.5', 'true', 'null', '%ff', '%', '%zz', '%ED%A0%80', 'a+b', 'x'.repeat(600)),
      fc.integer().map(String),
    );
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 6 }).map(encodeURIComponent)), value);
    return fc.array(pair, { minLength: 1, maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
  }

  const bodyRoutes = () => routes.filter((r) => r.body);

  it('every field of every body DTO: null where the document does not say nullable, and the wrong kind of container', async () => {
    const before = await settledRowCounts(t.settings.database.path);
    let sent = 0;
    for (const route of bodyRoutes()) {
      for (const [name, field] of Object.entries(route.body!.properties ?? {})) {
        const s = resolve(field);
        const values: unknown[] = [s.type === 'array' ? {} : []];
        if (!s.nullable) values.push(null);
        for (const value of values) {
          const text = JSON.stringify({ [name]: value });
          const res = await client.request(route.method, route.path, text);
          const what = shown(route.method, route.path, text);
          expectAnswered(res, what);
          expect([what, res.status]).toEqual([what, 400]);
          expect([what, res.body.errors.some((e: any) => e.field === name)]).toEqual([what, true]);
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(50);
    expect(await settledRowCounts(t.settings.database.path)).toEqual(before);
  });

  it('bodies certain to be invalid: 400-range problem+json on every body route, and nothing written', async () => {
    const before = await settledRowCounts(t.settings.database.path);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodyRoutes()).chain((route) => poisoned(route.body!).map((text) => [route, text] as const)),
        async ([route, text]) => {
          const res = await client.request(route.method, route.path, text);
          const what = shown(route.method, route.path, text);
          expectAnswered(res, what);
          expect([what, res.status >= 400 && res.status < 500]).toEqual([what, true]);
        },
      ),
      { seed: SEED, numRuns: 220 },
    );
    expect(await settledRowCounts(t.settings.database.path)).toEqual(before);
  });

  it('any query on every route that takes one: never a 5xx, every 4xx a problem, nothing written', async () => {
    const before = await settledRowCounts(t.settings.database.path);
    const queryRoutes = routes.filter((r) => r.query && r.method === 'GET');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queryRoutes).chain((route) => queryFor(route).map((query) => [route, query] as const)),
        async ([route, query]) => {
          const res = await client.get(`${route.path}?${query}`);
          expectAnswered(res, shown('GET', `${route.path}?${query}`));
        },
      ),
      { seed: SEED + 2, numRuns: 150 },
    );
    expect(await settledRowCounts(t.settings.database.path)).toEqual(before);
  });

  // last: an accepted body may start background work
  it('any body at all, on every body route: never a 5xx, every 4xx a problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bodyRoutes()), anything, fc.boolean(), async (route, text, nowhere) => {
        const path = nowhere ? route.nowherePath : route.path;
        expectAnswered(await client.request(route.method, path, text, { 'content-type': 'application/json' }), shown(route.method, path, text));
      }),
      { seed: SEED + 1, numRuns: 120 },
    );
  });
});
