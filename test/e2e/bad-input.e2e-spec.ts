/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Server } from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { rawGet, rawHttp, type RawResponse } from '../support/raw-http.js';
import { settledRowCounts } from '../support/row-counts.js';

const PROBLEM = /^application\/problem\+json/;

const isProblem = (res: ApiResponse | RawResponse, status: number) => {
  const type = res.headers instanceof Headers ? res.headers.get('content-type') : res.headers['content-type'];
  expect([res.status, type, res.body?.status]).toEqual([status, expect.stringMatching(PROBLEM), status]);
  expect(res.body).toMatchObject({ type: expect.stringMatching(/^urn:claimdesk:problem:/), title: expect.any(String), detail: expect.any(String) });
};

const fieldError = (res: ApiResponse | RawResponse, field: string, message: RegExp) => {
  isProblem(res, 400);
  expect(res.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
};

/** `{"a":{"a":...}}`, as text: JSON.stringify of the value would itself recurse this deep. */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('bad input never gets a 500', () => {
  let t: TestApp;
  let fc: ApiClient;
  let claim: any;
  let webhook: any;

  beforeAll(async () => {
    t = await startTestApp();
    fc = await t.user('fact_checker');
    claim = (await fc.post('/v1/claims', { text: 'Officials said 40 tanks were destroyed.', claimant: { name: 'Officials' } })).body;
    webhook = (await t.admin.post('/v1/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'], description: 'first' })).body;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('deep and huge structures are refused before transformation, on every kind of route', () => {
    const routes = (): Array<[string, string]> => [
      ['POST', '/v1/claims'], // served by Fastify directly
      ['PATCH', `/v1/claims/${claim.id}`],
      ['POST', '/v1/sources'],
      ['POST', `/v1/claims/${claim.id}/verdicts`],
      ['PATCH', `/v1/webhooks/${webhook.id}`],
    ];

    it('5,000 levels deep: 400 naming the field, at once', async () => {
      for (const [method, path] of routes()) {
        const started = process.hrtime.bigint();
        const res = await fc.request(method, path, `{"text":"x","claimant":${deepJson(5000)}}`);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        fieldError(res, 'claimant', /nests deeper than 32 levels/);
        // class-transformer took about 2 s on this; the guard answers before it runs
        expect([method, path, ms < 1000]).toEqual([method, path, true]);
      }
    });

    it('more values than the limit, even in a field nobody knows: 400', async () => {
      for (const [method, path] of routes()) {
        fieldError(await fc.request(method, path, { junk: new Array(20_000).fill(0) }), 'body', /more than 10000 values/);
      }
    });

    it('still takes what a DTO legitimately nests', async () => {
      const res = await fc.post('/v1/claims', { text: 'Sources say 12 ships sank.', claimant: { name: 'Sources', affiliation: 'Navy', country: 'UA' }, tags: ['navy'] });
      expect(res.status).toBe(201);
    });
  });

  describe('PATCH refuses null for what cannot be cleared', () => {
    it.each([[{ text: null }, 'text'], [{ claimant: null }, 'claimant'], [{ priority: null }, 'priority'], [{ tags: null }, 'tags']])(
      'claims %j: 400 "must not be null"',
      async (body, field) => {
        fieldError(await fc.patch(`/v1/claims/${claim.id}`, body), field, /must not be null$/);
      },
    );

    it('claims {"claimant": []}: 400, an object is needed', async () => {
      fieldError(await fc.patch(`/v1/claims/${claim.id}`, { claimant: [] }), 'claimant', /object/);
      const now = (await fc.get(`/v1/claims/${claim.id}`)).body;
      expect(now).toMatchObject({ text: claim.text, claimant: claim.claimant, priority: claim.priority, tags: claim.tags, version: claim.version });
    });

    it('claimedAt: null clears the date (it is nullable, never stored as 1970)', async () => {
      const dated = await fc.patch(`/v1/claims/${claim.id}`, { claimedAt: '2024-05-06T00:00:00Z' });
      expect([dated.status, dated.body.claimedAt]).toEqual([200, '2024-05-06T00:00:00.000Z']);
      const cleared = await fc.patch(`/v1/claims/${claim.id}`, { claimedAt: null });
      expect([cleared.status, cleared.body.claimedAt]).toEqual([200, null]);
      claim = cleared.body;
    });

    it('claimant fields that are nullable stay clearable', async () => {
      const res = await fc.patch(`/v1/claims/${claim.id}`, { claimant: { name: 'Officials', affiliation: null } });
      expect([res.status, res.body.claimant]).toEqual([200, { name: 'Officials', affiliation: null, country: null }]);
      claim = res.body;
    });

    it.each([[{ events: null }, 'events'], [{ url: null }, 'url'], [{ enabled: null }, 'enabled']])('webhooks %j: 400 "must not be null"', async (body, field) => {
      fieldError(await t.admin.patch(`/v1/webhooks/${webhook.id}`, body), field, /must not be null$/);
    });

    it('webhooks {"description": null} clears the description', async () => {
      const res = await t.admin.patch(`/v1/webhooks/${webhook.id}`, { description: null });
      expect([res.status, res.body.description, res.body.events]).toEqual([200, null, ['*']]);
    });

    it('quantity corrections refuse null where the figure needs a value', async () => {
      fieldError(await fc.patch(`/v1/claims/${claim.id}/quantities/0`, { qualifier: null }), 'qualifier', /must not be null$/);
    });
  });

  describe("errors Fastify and Node answer themselves are problem+json", () => {
    it('an over-long path segment: 414', async () => {
      isProblem(await fc.get(`/v1/claims/${'a'.repeat(500)}`), 414);
    });

    it('a request line over 16 KB: 431', async () => {
      isProblem(await rawGet(t.baseUrl, `/v1/claims?q=${'a'.repeat(20_000)}`, fc.key), 431);
    });

    it('bad percent-encoding in the path: 400 naming the url', async () => {
      fieldError(await rawGet(t.baseUrl, '/v1/claims/%ff', fc.key), 'url', /percent-escape/);
      fieldError(await rawGet(t.baseUrl, '/v1/sources/%e9/claims', fc.key), 'url', /percent-escape/);
    });

    it('bad percent-encoding in the query: 400, instead of searching for "%ff"', async () => {
      fieldError(await rawGet(t.baseUrl, '/v1/sources?q=%ff', fc.key), 'query', /percent-escape/);
      fieldError(await rawGet(t.baseUrl, '/v1/claims?q=%E0%A4', fc.key), 'query', /percent-escape/);
    });

    it('a malformed request: 400', async () => {
      isProblem(await rawHttp(t.baseUrl, 'NOT HTTP AT ALL\r\n\r\n'), 400);
      isProblem(await rawHttp(t.baseUrl, 'GET /v1/claims HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n'), 400);
    });

    it('bad JSON, an empty body, a prototype key: 400', async () => {
      fieldError(await fc.request('POST', '/v1/claims', '{"text":'), 'body', /not valid JSON/);
      fieldError(await fc.request('PATCH', `/v1/claims/${claim.id}`, '{"text": "a",}'), 'body', /not valid JSON/);
      fieldError(await fc.request('POST', '/v1/sources', '{"__proto__": {"admin": true}}'), 'body', /not valid JSON/);
      isProblem(await fc.request('POST', '/v1/claims', '', { 'content-type': 'application/json', 'content-length': '0' }), 400);
    });

    it('a wrong content type: 415, also without a Content-Length', async () => {
      isProblem(await fc.request('POST', '/v1/claims', 'text=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415);
      isProblem(await fc.request('POST', '/v1/claims', 'x', { 'content-type': 'text/plain' }), 415);
      const chunked = await rawHttp(
        t.baseUrl,
        `POST /v1/claims HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${fc.key}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\nx\r\n0\r\n\r\n`,
      );
      isProblem(chunked, 415);
    });

    it('a JSON media type with a suffix is parsed and guarded like application/json', async () => {
      const res = await fc.request('POST', '/v1/claims', '{"text":"a\\ud800"}', { 'content-type': 'application/merge-patch+json; charset=utf-8' });
      fieldError(res, 'text', /lone UTF-16 surrogate/);
    });

    it('a body over the limit: 413', async () => {
      isProblem(await fc.post('/v1/sources', { text: 'x'.repeat(1_100_000), publisher: 'P' }), 413);
    });

    it('an unknown route: 404', async () => {
      isProblem(await fc.get('/v1/no-such-thing'), 404);
      isProblem(await t.anonymous.get('/nothing/here'), 404);
    });
  });

  describe('text must be well-formed Unicode', () => {
    it('a lone surrogate in any string of any body: 400 naming the field, nothing stored', async () => {
      const before = await settledRowCounts(t.settings.database.path);
      fieldError(await fc.request('POST', '/v1/claims', '{"text":"a\\ud800b","claimant":{"name":"X"}}'), 'text', /lone UTF-16 surrogate/);
      fieldError(await fc.request('POST', '/v1/claims', '{"text":"ab","claimant":{"name":"X\\udfff"}}'), 'claimant.name', /lone UTF-16 surrogate/);
      fieldError(await fc.request('PATCH', `/v1/claims/${claim.id}`, '{"tags":["ok","\\ud83d"]}'), 'tags.1', /lone UTF-16 surrogate/);
      fieldError(await fc.request('POST', '/v1/sources', '{"text":"Der Text.","publisher":"\\udc00P"}'), 'publisher', /lone UTF-16 surrogate/);
      // a well-formed pair is fine
      expect((await fc.request('POST', '/v1/extract/quantities', '{"text":"\\ud83d\\ude00 5 Tote"}')).status).toBe(200);
      expect(await settledRowCounts(t.settings.database.path)).toEqual(before);
    });

    it('bytes that are not UTF-8 (a surrogate encoded as bytes): 400, not three U+FFFD stored', async () => {
      const body = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('b","claimant":{"name":"X"}}')]);
      const head = `POST /v1/claims HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${fc.key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
      fieldError(await rawHttp(t.baseUrl, Buffer.concat([Buffer.from(head), body])), 'body', /not valid UTF-8/);
    });
  });

  describe('raw UTF-8 in the request target', () => {
    let source: any;
    beforeAll(async () => {
      source = (await fc.post('/v1/sources', { publisher: 'Agentur', text: 'Das Außenministerium wies den Bericht als Desinformation zurück.', language: 'de' })).body;
    });

    // Node's HTTP parser refuses raw non-ASCII bytes in the target (even with --insecure-http-parser),
    // so the search can never silently miss: the client hears to percent-encode.
    it("Node's HTTP parser refuses it: 400 saying to percent-encode", async () => {
      fieldError(await rawGet(t.baseUrl, '/v1/sources?q=Außenministerium', fc.key), 'url', /percent-encode/);
    });

    it('the encoded form finds the source; the raw form, in the query or the path, is refused with that advice', async () => {
      const encoded = await fc.get(`/v1/sources?q=${encodeURIComponent('Außenministerium')}`);
      expect(encoded.body.items.map((s: any) => s.id)).toEqual([source.id]);
      fieldError(await rawGet(t.baseUrl, `/v1/sources/${source.id}/claims?x=é`, fc.key), 'url', /percent-encode/);
      fieldError(await rawGet(t.baseUrl, '/v1/claims/Außen', fc.key), 'url', /percent-encode/);
    });
  });
});
