/* eslint-disable @typescript-eslint/no-explicit-any */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { SseStream } from '../support/sse-client.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { EventStreamHub } from '../../src/events/event-stream.hub.js';

/**
 * GET /v1/events/stream over real HTTP, read by a fetch client as an EventSource would read it. The
 * batch is tiny, so a client that resumes reads the feed in many pages while new events keep coming.
 */
describe('live event stream (GET /v1/events/stream)', () => {
  let t: TestApp;
  let checker: ApiClient & { userId: string };
  let receiver: WebhookReceiver;
  const open: SseStream[] = [];

  const stream = async (path = '/v1/events/stream', headers: Record<string, string> = { authorization: `Bearer ${t.admin.key}` }) => {
    const s = await SseStream.open(t.baseUrl + path, headers);
    open.push(s);
    return s;
  };
  /** Every event of the durable feed after `after` (all pages). */
  const feedAfter = async (after?: string): Promise<any[]> => {
    const items: any[] = [];
    let query = after ? `after=${after}` : '';
    for (;;) {
      const page = (await t.admin.get(`/v1/events?limit=200&${query}`)).body;
      items.push(...page.items);
      if (!page.nextCursor) return items;
      query = `cursor=${page.nextCursor}`;
    }
  };
  const claim = (text: string) => checker.post('/v1/claims', { text, claimant: { name: 'Harbour office' } });
  const ids = (events: Array<{ id: string }>) => events.map((e) => e.id);
  const gauge = async () => Number(/^claimdesk_event_streams (\d+)$/m.exec((await t.anonymous.get('/metrics')).text)![1]);

  beforeAll(async () => {
    // commits in this process wake the stream at once; the poll (1 s here) is for other processes' commits
    t = await startTestApp({ events: { stream: { batch: 3, heartbeatMs: 250, pollMs: 1000 } } });
    checker = await t.user('fact_checker', 'Ines Vogt');
    receiver = await WebhookReceiver.start();
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('sends each event once, in feed order, as id/event/data with the envelope', async () => {
    const before = (await feedAfter()).at(-1)?.id;
    const s = await stream();
    expect(s.status).toBe(200);
    expect(s.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(s.response.headers.get('cache-control')).toContain('no-cache');
    await s.until((x) => x.comments.includes('connected'));
    expect(s.received[0]).toEqual({ retry: 2000 });

    const created = (await claim('The ferry to the island runs every hour.')).body;
    expect((await checker.patch(`/v1/claims/${created.id}`, { tags: ['ferries'] })).status).toBe(200);
    await s.until((x) => x.events.some((e) => e.event === 'claim.updated' && e.data.data.claimId === created.id && e.data.data.fields.includes('tags')));
    const first = s.events.find((e) => e.event === 'claim.created')!;
    expect(first.data).toEqual({ id: first.id, type: 'claim.created', timestamp: expect.stringMatching(/Z$/), data: expect.objectContaining({ claimId: created.id, version: 1 }) });
    for (const e of s.events) expect(e.data.type).toBe(e.event);

    // the background checks add events of their own: once they are done, the stream is the feed
    await eventually(async () => expect(ids(s.events)).toEqual(ids(await feedAfter(before))), 30000, 200);
  });

  it('resumes after Last-Event-ID: the missed events first, then live ones, with no gap and no repeat', async () => {
    const first = await stream();
    const created = (await claim('The harbour bridge opens in May.')).body;
    await first.until((x) => x.events.some((e) => e.data.data.claimId === created.id));
    const lastSeen = first.events.at(-1)!.id;
    first.close();

    // missed while away: more than a few pages of the feed (batch 3)
    for (let i = 0; i < 8; i++) await claim(`Missed claim number ${i} about the harbour.`);
    const resumed = await stream('/v1/events/stream', { authorization: `Bearer ${t.admin.key}`, 'last-event-id': lastSeen });
    // and more while it catches up and after
    const live = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => claim(`Live claim number ${i} about the harbour.`)));
    await resumed.until((x) => live.every((c) => x.events.some((e) => e.event === 'claim.created' && e.data.data.claimId === c.body.id)));
    await eventually(async () => expect(ids(resumed.events)).toEqual(ids(await feedAfter(lastSeen))), 30000, 200);
    expect(new Set(ids(resumed.events)).size).toBe(resumed.events.length);

    // ?after= starts at the same point; a Last-Event-ID beside it wins (a reconnecting EventSource keeps its URL)
    const byQuery = await stream(`/v1/events/stream?after=${lastSeen}`);
    const byBoth = await stream(`/v1/events/stream?after=${lastSeen}`, { authorization: `Bearer ${t.admin.key}`, 'last-event-id': resumed.events[2].id });
    const expected = await feedAfter(lastSeen);
    await byQuery.until((x) => x.events.length >= expected.length);
    await byBoth.until((x) => x.events.length >= expected.length - 3);
    expect(ids(byQuery.events).slice(0, expected.length)).toEqual(ids(expected));
    expect(ids(byBoth.events).slice(0, expected.length - 3)).toEqual(ids(expected).slice(3));
  });

  it('sees events another process commits, and hands a resumed stream over to the poll loop without repeats', async () => {
    const live = await stream();
    await live.until((x) => x.comments.includes('connected'));
    const anchor = (await feedAfter()).at(-1)!.id;
    // another process of the service (a worker child, a second API process) writing to the same file:
    // no commit of this process wakes the stream, so only the poll loop can find these
    const other = new Database(t.settings.database.path);
    const written = [0, 1, 2, 3, 4].map((n) => ({ id: randomUUID(), n }));
    other.transaction(() => {
      for (const { id, n } of written) {
        other.prepare('INSERT INTO events (id, type, timestamp, data) VALUES (?, ?, ?, ?)')
          .run(id, 'claim.assigned', new Date().toISOString(), JSON.stringify({ claimId: `elsewhere-${n}`, note: 'written by another process' }));
      }
    }).immediate();
    other.close();
    // resumed before the poll has read them: it reads them from the feed itself, and the poll must not send them again
    const resumed = await stream('/v1/events/stream', { authorization: `Bearer ${t.admin.key}`, 'last-event-id': anchor });
    await live.until((x) => written.every((w) => ids(x.events).includes(w.id)), 5000);
    await resumed.until((x) => written.every((w) => ids(x.events).includes(w.id)), 5000);
    // one more poll round, which would be the one to repeat them
    await new Promise((r) => setTimeout(r, 1200));
    expect(ids(live.events).filter((id) => written.some((w) => w.id === id))).toEqual(written.map((w) => w.id));
    expect(ids(resumed.events)).toEqual(written.map((w) => w.id));
  });

  it('holds back for a client that stops reading, then catches it up from the feed with nothing lost', async () => {
    const hub = t.app.get(EventStreamHub);
    await claim('The old pier is closed for repairs.');
    const anchor = (await feedAfter()).at(-1)!.id;
    // far more than the sockets' buffers take (several MB), written as another process would
    const count = 30_000;
    const other = new Database(t.settings.database.path);
    const insert = other.prepare('INSERT INTO events (id, type, timestamp, data) VALUES (?, ?, ?, ?)');
    const padding = 'x'.repeat(300);
    other.transaction(() => {
      for (let n = 0; n < count; n++) insert.run(randomUUID(), 'claim.assigned', new Date().toISOString(), JSON.stringify({ claimId: `bulk-${n}`, padding }));
    }).immediate();
    other.close();

    let text = '';
    const response = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const req = request(`${t.baseUrl}/v1/events/stream`, { headers: { authorization: `Bearer ${t.admin.key}`, 'last-event-id': anchor } }, resolve);
      req.on('error', reject);
      req.end();
    });
    expect(response.statusCode).toBe(200);
    response.pause();
    // the client reads nothing: once its socket is full the stream waits for it, holding no more than the limit
    await eventually(() => hub.openStreams === 1 && hub.bufferedBytes > 0, 15000, 50);
    await new Promise((r) => setTimeout(r, 1500));
    expect(hub.streamsBehind).toBe(1);
    // one batch past the limit at most (and heartbeats), not the megabytes the client has not read
    expect(hub.bufferedBytes).toBeLessThan(t.settings.events.stream.maxBufferedBytes + 64 * 1024);
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.resume();
    await eventually(() => (text.match(/^event: claim\.assigned$/gm)?.length ?? 0) >= count, 30000, 100);
    const claimIds = [...text.matchAll(/"claimId":"bulk-(\d+)"/g)].map((m) => Number(m[1]));
    expect(claimIds).toEqual([...Array(count).keys()]);
    await eventually(() => hub.streamsBehind === 0, 5000);
    response.destroy();
    await eventually(() => hub.openStreams === 0, 5000);
  });

  it('keeps an idle stream open with heartbeat comments', async () => {
    const s = await stream('/v1/events/stream?type=verdict.approved');
    await s.until((x) => x.comments.filter((c) => c === 'heartbeat').length >= 3, 5000);
    expect(s.events).toEqual([]);
    expect(s.ended).toBe(false);
  });

  it("gives a console session the event types its role may read, and an admin all of them", async () => {
    const signIn = await fetch(`${t.baseUrl}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: checker.key }) });
    expect(signIn.status).toBe(201);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const asChecker = await stream('/v1/events/stream', { cookie });
    const asAdmin = await stream();
    expect(asChecker.status).toBe(200);
    await asChecker.until((x) => x.comments.includes('connected'));
    await asAdmin.until((x) => x.comments.includes('connected'));

    const hook = (await t.admin.post('/v1/webhooks', { url: receiver.url, events: ['ping'] })).body;
    const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    const after = (await claim('The lighthouse was switched off in March.')).body;
    await asAdmin.until((x) => x.events.some((e) => e.data.data.claimId === after.id));
    await asChecker.until((x) => x.events.some((e) => e.data.data.claimId === after.id));
    expect(asAdmin.events.filter((e) => e.event === 'ping')).toHaveLength(1);
    expect(ping).toBeDefined();
    expect(asChecker.events.map((e) => e.event)).not.toContain('ping');
    expect(asChecker.events.map((e) => e.event)).toContain('claim.created');

    // a type the role may not read is refused before the stream starts
    const refused = await fetch(`${t.baseUrl}/v1/events/stream?type=ping`, { headers: { cookie } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // the feed itself stays admin only
    expect((await fetch(`${t.baseUrl}/v1/events`, { headers: { cookie } })).status).toBe(403);
  });

  it('ends the streams of a revoked key and of a signed-out session at the next heartbeat', async () => {
    const user = await t.user('editor', 'Otto Brandt');
    const signIn = await fetch(`${t.baseUrl}/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey: checker.key }) });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    const csrf = ((await signIn.json()) as any).csrfToken;
    const byKey = await stream('/v1/events/stream', { authorization: `Bearer ${user.key}` });
    const bySession = await stream('/v1/events/stream', { cookie });
    const other = await stream();
    await Promise.all([byKey, bySession, other].map((s) => s.until((x) => x.comments.includes('heartbeat'))));

    expect((await t.admin.delete(`/v1/users/${user.userId}/api-keys`)).status).toBe(200);
    // the key cache (auth.keyCacheMs) may accept a revoked key a little longer
    await byKey.until((x) => x.ended, t.settings.auth.keyCacheMs + 5000);
    expect(bySession.ended).toBe(false);
    expect((await fetch(`${t.baseUrl}/v1/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } })).status).toBeLessThan(300);
    await bySession.until((x) => x.ended, 5000);
    // and they cannot come back
    expect((await fetch(`${t.baseUrl}/v1/events/stream`, { headers: { authorization: `Bearer ${user.key}` } })).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/v1/events/stream`, { headers: { cookie } })).status).toBe(401);
    expect(other.ended).toBe(false);
  });

  it('refuses a caller without credentials (401) and an unknown or malformed start (400), as problem+json', async () => {
    const anonymous = await fetch(`${t.baseUrl}/v1/events/stream`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const admin = { authorization: `Bearer ${t.admin.key}` };
    for (const [path, headers, field] of [
      ['/v1/events/stream', { ...admin, 'last-event-id': '00000000-0000-4000-8000-000000000000' }, 'Last-Event-ID'],
      ['/v1/events/stream', { ...admin, 'last-event-id': 'not an id at all' }, 'Last-Event-ID'],
      ['/v1/events/stream?after=00000000-0000-4000-8000-000000000000', admin, 'after'],
      ['/v1/events/stream?type=claim.exploded', admin, 'type'],
      ['/v1/events/stream?after=', admin, 'after'],
      ['/v1/events/stream?limit=5', admin, undefined],
    ] as Array<[string, Record<string, string>, string | undefined]>) {
      const res = await fetch(t.baseUrl + path, { headers });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const body = (await res.json()) as any;
      if (field) expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('lets go of everything when the clients leave: no stream, timer or listener is left', async () => {
    const hub = t.app.get(EventStreamHub);
    await eventually(async () => (await gauge()) === 0 && hub.idle);
    const streams = await Promise.all([stream(), stream(), stream('/v1/events/stream?type=claim.created')]);
    await Promise.all(streams.map((s) => s.until((x) => x.comments.includes('connected'))));
    expect(await gauge()).toBe(3);
    expect(hub.openStreams).toBe(3);
    expect(hub.idle).toBe(false);
    for (const s of streams) s.close();
    await eventually(async () => (await gauge()) === 0 && hub.openStreams === 0 && hub.idle);
  });

  it('ends open streams when the server stops, so their clients reconnect elsewhere', async () => {
    const s = await stream();
    await s.until((x) => x.comments.includes('connected'));
    t.app.get(EventStreamHub).closeAll();
    await s.until((x) => x.ended, 5000);
    expect(t.app.get(EventStreamHub).idle).toBe(true);
  });
});
