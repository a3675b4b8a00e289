import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { Db } from '../../src/database/db.js';
import { WebhookSecrets } from '../../src/webhooks/webhook-secrets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { WebhookReceiver, type Received } from '../support/webhook-receiver.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

// Waits for background delivery are bounded by eventually(); the suite default of 5 s is too tight on a busy CI machine.
jest.setTimeout(60_000);

// Short retries so failures and their follow-ups happen within a test.
const FAST_RETRIES = {
  webhooks: { retryScheduleMs: [0, 200, 200, 200, 200, 200, 200, 200], retryJitter: 0, sweepIntervalMs: 250, sweepGraceMs: 250 },
};

async function subscribe(client: ApiClient, url: string, events: string[] = ['*'], extra: Record<string, unknown> = {}) {
  const res = await client.post('/v1/webhooks', { url, events, ...extra });
  if (res.status !== 201) throw new Error(`subscribe failed: ${res.status} ${res.text}`);
  return res.body as { id: string; secret: string; url: string; events: string[]; enabled: boolean };
}

async function deliveries(client: ApiClient, hookId: string, query = ''): Promise<any[]> {
  const res = await client.get(`/v1/webhooks/${hookId}/deliveries${query}`);
  if (res.status !== 200) throw new Error(`deliveries: ${res.status} ${res.text}`);
  return res.body.items;
}

function verify(secret: string, request: Received): any {
  return new Webhook(secret).verify(request.body, request.headers);
}

describe('webhooks API', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let checker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(FAST_RETRIES);
    receiver = await WebhookReceiver.start();
    checker = await t.user('fact_checker');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  beforeEach(() => {
    receiver.answer = () => ({ status: 204 });
  });

  describe('registration', () => {
    it('validates the body and is admin only', async () => {
      const bad = async (body: unknown, field: string) => {
        const res = await t.admin.post('/v1/webhooks', body);
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      };
      await bad({ events: ['*'] }, 'url');
      await bad({ url: receiver.url, events: [] }, 'events');
      await bad({ url: receiver.url, events: ['claim.exploded'] }, 'events');
      await bad({ url: receiver.url, events: ['*'], secret: 'whsec_mine' }, 'secret');
      await bad({ url: 'not a url', events: ['*'] }, 'url');
      await bad({ url: 'ftp://127.0.0.1/hook', events: ['*'] }, 'url');
      await bad({ url: 'http://user:pass@127.0.0.1/hook', events: ['*'] }, 'url');
      await bad({ url: 'http://169.254.169.254/latest/meta-data/', events: ['*'] }, 'url');
      await bad({ url: 'http://[::ffff:169.254.169.254]/', events: ['*'] }, 'url');
      await bad({ url: 'http://[fe80::1]/', events: ['*'] }, 'url');

      const editor = await t.user('editor');
      expect((await editor.post('/v1/webhooks', { url: receiver.url, events: ['*'] })).status).toBe(403);
      expect((await editor.get('/v1/webhooks')).status).toBe(403);
      expect((await t.anonymous.get('/v1/webhooks')).status).toBe(401);
    });

    it('shows the secret once, at creation, and manages the subscription', async () => {
      const created = await t.admin.post('/v1/webhooks', {
        url: receiver.url, events: ['verdict.approved', 'claim.status_changed', 'verdict.approved'], description: 'CMS publisher',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        url: receiver.url, events: ['verdict.approved', 'claim.status_changed'], description: 'CMS publisher', enabled: true,
      });
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(created.body.secret.slice(6), 'base64')).toHaveLength(32);
      const id = created.body.id;

      const got = await t.admin.get(`/v1/webhooks/${id}`);
      expect(got.status).toBe(200);
      expect(got.body.secret).toBeUndefined();
      expect(got.text).not.toContain(created.body.secret.slice(6));
      const listed = await t.admin.get('/v1/webhooks?limit=200');
      expect(listed.body.items.map((w: { id: string }) => w.id)).toContain(id);
      expect(listed.text).not.toContain(created.body.secret.slice(6));

      const patched = await t.admin.patch(`/v1/webhooks/${id}`, { events: ['*'], description: 'all of it' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ events: ['*'], description: 'all of it', enabled: true });
      expect((await t.admin.patch(`/v1/webhooks/${id}`, { url: 'http://169.254.169.254/' })).status).toBe(400);
      expect((await t.admin.patch(`/v1/webhooks/${id}`, { secret: 'x' })).status).toBe(400);

      const off = await t.admin.patch(`/v1/webhooks/${id}`, { enabled: false });
      expect(off.body).toMatchObject({ enabled: false, disabledReason: 'disabled by an admin' });
      expect((await t.admin.post(`/v1/webhooks/${id}/ping`)).status).toBe(409);
      const on = await t.admin.patch(`/v1/webhooks/${id}`, { enabled: true });
      expect(on.body).toMatchObject({ enabled: true, disabledReason: null });

      expect((await t.admin.delete(`/v1/webhooks/${id}`)).status).toBe(204);
      expect((await t.admin.get(`/v1/webhooks/${id}`)).status).toBe(404);
      expect((await t.admin.delete(`/v1/webhooks/${id}`)).status).toBe(404);
    });

    it('keeps secrets encrypted at rest and out of the logs', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['verdict.rejected']);
      const rotated = (await t.admin.post(`/v1/webhooks/${hook.id}/rotate-secret`)).body;
      const row = t.app.get(Db).get<{ secret_enc: string; previous_secret_enc: string }>(
        'SELECT secret_enc, previous_secret_enc FROM webhook_subscriptions WHERE id = ?', hook.id,
      )!;
      for (const [sealed, plain] of [[row.secret_enc, rotated.secret], [row.previous_secret_enc, hook.secret]]) {
        expect(sealed).toMatch(/^v1:/);
        expect(sealed).not.toContain(plain.slice(6));
        expect(t.app.get(WebhookSecrets).open(sealed, hook.id)).toBe(plain);
        // Sealed for this row: copied onto another subscription it does not open.
        expect(() => t.app.get(WebhookSecrets).open(sealed, 'another-subscription')).toThrow();
      }
      t.app.get(Db).sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const file = readFileSync(t.settings.database.path).toString('latin1');
      expect(file).not.toContain(hook.secret.slice(6));
      expect(file).not.toContain(rotated.secret.slice(6));
    });
  });

  describe('deliveries', () => {
    it('delivers events as Standard Webhooks the official library verifies, with the claim version (German and English)', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['claim.created', 'claim.updated']);
      const before = receiver.received.length;
      const english = (await checker.post('/v1/claims', { text: 'The convoy carried 40 tonnes of flour.', claimant: { name: 'Relief agency' }, language: 'en' })).body;
      const german = (await checker.post('/v1/claims', { text: 'Der Konvoi brachte 40 Tonnen Mehl in die Stadt.', claimant: { name: 'Hilfswerk' }, language: 'de' })).body;
      expect((await checker.patch(`/v1/claims/${english.id}`, { tags: ['aid'] })).status).toBe(200);
      await receiver.waitFor(before + 3);
      const mine = receiver.received.slice(before);

      const feed = (await t.admin.get('/v1/events?limit=200')).body.items as any[];
      for (const request of mine) {
        expect(request.headers['content-type']).toBe('application/json');
        const payload = verify(hook.secret, request);
        expect(request.headers['webhook-id']).toBe(payload.id);
        const event = feed.find((e) => e.id === payload.id);
        // The body is the feed's envelope, byte for byte what was signed.
        expect(payload).toEqual(event);
        expect(Number(request.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
        expect(payload.data.version).toEqual(expect.any(Number));
      }
      const byClaim = (id: string, type: string) => mine.map((r) => JSON.parse(r.body)).find((p) => p.type === type && p.data.claimId === id);
      expect(byClaim(english.id, 'claim.created').data).toMatchObject({ claimId: english.id, version: 1, language: 'en' });
      expect(byClaim(german.id, 'claim.created').data).toMatchObject({ claimId: german.id, version: 1, language: 'de' });
      // Background work (corroboration) may bump the version too; the edit's event carries a later one than creation.
      expect(byClaim(english.id, 'claim.updated').data).toMatchObject({ claimId: english.id, version: expect.any(Number) });
      expect(byClaim(english.id, 'claim.updated').data.version).toBeGreaterThan(1);

      // A tampered body or a wrong secret does not verify.
      expect(() => new Webhook(hook.secret).verify(mine[0].body.replace('"version":1', '"version":9'), mine[0].headers)).toThrow();
      const other = await subscribe(t.admin, receiver.url, ['verdict.approved']);
      expect(() => verify(other.secret, mine[0])).toThrow();
      await t.admin.delete(`/v1/webhooks/${hook.id}`);
      await t.admin.delete(`/v1/webhooks/${other.id}`);
    });

    it('signs with both secrets for 24 h after a rotation, then with the new one only', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
      const rotated = await t.admin.post(`/v1/webhooks/${hook.id}/rotate-secret`);
      expect(rotated.status).toBe(200);
      expect(rotated.body.secret).toMatch(/^whsec_/);
      expect(rotated.body.secret).not.toBe(hook.secret);
      const validUntil = Date.parse(rotated.body.previousSecretValidUntil);
      expect(validUntil - Date.now()).toBeGreaterThan(23.9 * 3600_000);
      expect(validUntil - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

      const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
      await eventually(() => receiver.withId(ping.eventId).length === 1);
      const during = receiver.withId(ping.eventId)[0];
      expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
      expect(during.headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
      // A consumer still holding the old secret verifies, and so does one already on the new one.
      expect(verify(hook.secret, during).type).toBe('ping');
      expect(verify(rotated.body.secret, during).type).toBe('ping');

      // The grace period is over (moved into the past rather than waited for).
      t.app.get(Db).write(() =>
        t.app.get(Db).run('UPDATE webhook_subscriptions SET previous_valid_until = ? WHERE id = ?', new Date(Date.now() - 1000).toISOString(), hook.id),
      );
      expect((await t.admin.get(`/v1/webhooks/${hook.id}`)).body.previousSecretValidUntil).toBeNull();
      const later = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
      await eventually(() => receiver.withId(later.eventId).length === 1);
      const after = receiver.withId(later.eventId)[0];
      expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
      expect(verify(rotated.body.secret, after).type).toBe('ping');
      expect(() => verify(hook.secret, after)).toThrow();
      await t.admin.delete(`/v1/webhooks/${hook.id}`);
    });

    it('ping reaches the pinged subscription only, and filters hold', async () => {
      const pinged = await subscribe(t.admin, receiver.url, ['verdict.approved']);
      const everything = await subscribe(t.admin, receiver.url, ['*']);
      const res = await t.admin.post(`/v1/webhooks/${pinged.id}/ping`);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ eventId: expect.any(String), deliveryId: expect.any(String) });
      await eventually(async () => (await deliveries(t.admin, pinged.id)).some((d) => d.status === 'delivered'));
      const got = receiver.withId(res.body.eventId);
      expect(got).toHaveLength(1);
      expect(verify(pinged.secret, got[0])).toMatchObject({ type: 'ping', data: { webhookId: pinged.id } });
      expect(() => verify(everything.secret, got[0])).toThrow();
      // A claim created now reaches "*" but not the verdict.approved subscription.
      const claim = (await checker.post('/v1/claims', { text: 'Two bridges were repaired last week.', claimant: { name: 'City council' } })).body;
      await eventually(async () => (await deliveries(t.admin, everything.id)).some((d) => d.eventType === 'claim.created' && d.status === 'delivered'));
      expect((await deliveries(t.admin, everything.id)).map((d) => d.eventType)).not.toContain('ping');
      expect((await deliveries(t.admin, pinged.id)).map((d) => d.eventType)).toEqual(['ping']);
      expect(receiver.received.filter((r) => JSON.parse(r.body).type === 'claim.created' && JSON.parse(r.body).data.claimId === claim.id)).toHaveLength(1);
      expect((await t.admin.post('/v1/webhooks/00000000-0000-4000-8000-000000000000/ping')).status).toBe(404);
      await t.admin.delete(`/v1/webhooks/${pinged.id}`);
      await t.admin.delete(`/v1/webhooks/${everything.id}`);
    });

    it('carries the events that mark checks done: consistency.completed and source.extracted (German and English)', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['consistency.completed', 'source.extracted']);
      const claim = (await checker.post('/v1/claims', { text: 'Drei Brücken wurden letzte Woche repariert.', claimant: { name: 'Stadtrat' }, language: 'de' })).body;
      const source = (await checker.post('/v1/sources', { text: 'The harbour office said on Monday that the pier would reopen in May.', publisher: 'Harbour News', language: 'en' })).body;
      // the receiver also hears other subscriptions: ours are those its secret verifies
      const ours = (r: Received) => { try { return [verify(hook.secret, r)]; } catch { return []; } };
      const received = () => receiver.received.flatMap(ours).filter((p) => p.data.claimId === claim.id || p.data.sourceId === source.id);
      const got = await eventually(() => {
        const mine = received();
        return mine.some((p) => p.type === 'consistency.completed') && mine.some((p) => p.type === 'source.extracted') ? mine : false;
      });
      expect(got.find((p) => p.type === 'consistency.completed').data).toEqual({ claimId: claim.id, version: 1, raised: [], closed: [] });
      expect(got.find((p) => p.type === 'source.extracted').data).toEqual({ sourceId: source.id, claimCount: expect.any(Number), status: 'done' });
      // the subscription's filter holds: nothing else of these two reached it
      expect((await deliveries(t.admin, hook.id)).map((d) => d.eventType).every((type) => ['consistency.completed', 'source.extracted'].includes(type))).toBe(true);
      await t.admin.delete(`/v1/webhooks/${hook.id}`);
    });

    it('lists one row per attempt, newest first, without the consumer body; redeliver sends again', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
      receiver.answer = (_request, index) =>
        receiver.received.slice(0, index).some((r) => r.headers['webhook-id'] === _request.headers['webhook-id'])
          ? { status: 200 }
          : { status: 500, body: 'internal detail the desk must not repeat' };
      const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
      const rows = await eventually(async () => {
        const items = await deliveries(t.admin, hook.id);
        return items.length === 2 && items[0].status === 'delivered' ? items : false;
      });
      expect(rows[0]).toMatchObject({ eventId: ping.eventId, eventType: 'ping', attempt: 2, status: 'delivered', responseStatus: 200, error: null, nextAttemptAt: null });
      expect(rows[1]).toMatchObject({ id: ping.deliveryId, eventId: ping.eventId, attempt: 1, status: 'failed', responseStatus: 500, error: 'HTTP 500' });
      expect(rows[1].durationMs).toEqual(expect.any(Number));
      expect(Date.parse(rows[1].nextAttemptAt)).toBeGreaterThanOrEqual(Date.parse(rows[1].attemptedAt));
      const listing = await t.admin.get(`/v1/webhooks/${hook.id}/deliveries`);
      expect(listing.text).not.toContain('internal detail');

      expect((await deliveries(t.admin, hook.id, '?status=failed')).map((d) => d.attempt)).toEqual([1]);
      expect((await deliveries(t.admin, hook.id, '?status=delivered')).map((d) => d.attempt)).toEqual([2]);
      expect((await t.admin.get(`/v1/webhooks/${hook.id}/deliveries?status=lost`)).status).toBe(400);
      const first = await t.admin.get(`/v1/webhooks/${hook.id}/deliveries?limit=1`);
      expect(first.body.items.map((d: any) => d.attempt)).toEqual([2]);
      const second = await t.admin.get(`/v1/webhooks/${hook.id}/deliveries?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((d: any) => d.attempt)).toEqual([1]);
      expect(second.body.nextCursor).toBeNull();

      const again = await t.admin.post(`/v1/webhooks/${hook.id}/deliveries/${rows[1].id}/redeliver`);
      expect(again.status).toBe(202);
      expect(again.body).toMatchObject({ eventId: ping.eventId, attempt: 3, status: 'pending' });
      await eventually(() => receiver.withId(ping.eventId).length === 3);
      const third = receiver.withId(ping.eventId)[2];
      expect(verify(hook.secret, third).id).toBe(ping.eventId);
      await eventually(async () => (await deliveries(t.admin, hook.id))[0].status === 'delivered');
      expect((await t.admin.post(`/v1/webhooks/${hook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`)).status).toBe(404);
      await t.admin.delete(`/v1/webhooks/${hook.id}`);
    });

    it('410 Gone disables the subscription at once, with an event', async () => {
      const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
      receiver.answer = () => ({ status: 410 });
      const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
      const disabled = await eventually(async () => {
        const body = (await t.admin.get(`/v1/webhooks/${hook.id}`)).body;
        return body.enabled === false ? body : false;
      });
      expect(disabled.disabledReason).toMatch(/410/);
      const rows = await deliveries(t.admin, hook.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ attempt: 1, status: 'failed', responseStatus: 410, nextAttemptAt: null });
      expect(receiver.withId(ping.eventId)).toHaveLength(1);
      const events = (await t.admin.get('/v1/events?type=webhook.disabled&limit=200')).body.items;
      expect(events.map((e: any) => e.data)).toContainEqual({ webhookId: hook.id, reason: disabled.disabledReason });
      expect((await t.admin.post(`/v1/webhooks/${hook.id}/deliveries/${rows[0].id}/redeliver`)).status).toBe(409);
      await t.admin.delete(`/v1/webhooks/${hook.id}`);
    });

    it('reports webhook outcomes in /metrics', async () => {
      const metrics = await t.anonymous.get('/metrics');
      expect(metrics.text).toMatch(/webhook_delivery_attempts_total\{outcome="delivered"\} [1-9]/);
      expect(metrics.text).toMatch(/webhook_delivery_attempts_total\{outcome="gone"\} [1-9]/);
      expect(metrics.text).toContain('webhook_delivery_duration_seconds_bucket');
    });
  });
});

describe('webhook targets without WEBHOOK_ALLOW_PRIVATE_TARGETS', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await startTestApp({ ...FAST_RETRIES, webhooks: { ...FAST_RETRIES.webhooks, allowPrivateTargets: false } });
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['loopback, short form', 'http://127.1/hook'],
    ['loopback as a decimal number', 'http://2130706433/hook'],
    ['localhost', 'http://localhost:8080/hook'],
    ['IPv6 loopback', 'http://[::1]:8080/hook'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]:8080/hook'],
    ['IPv4-mapped loopback, hex', 'http://[::ffff:7f00:1]/hook'],
    ['private 10/8', 'http://10.1.2.3/hook'],
    ['private 192.168/16', 'https://192.168.0.10/hook'],
    ['unique local', 'http://[fd12:3456::1]/hook'],
    ['link-local metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['IPv4-mapped metadata', 'http://[::ffff:169.254.169.254]/'],
    ['unspecified', 'http://0.0.0.0:8080/hook'],
  ])('refuses %s at registration', async (_label, url) => {
    const res = await t.admin.post('/v1/webhooks', { url, events: ['*'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'url', message: expect.stringMatching(/address|public/) }]);
  });

  it('accepts a public address (left disabled: no traffic leaves this machine)', async () => {
    const res = await t.admin.post('/v1/webhooks', { url: 'https://198.51.100.7/hook', events: ['*'], enabled: false });
    // 198.51.100.0/24 is documentation space: refused too. A global address is accepted.
    expect(res.status).toBe(400);
    const global = await t.admin.post('/v1/webhooks', { url: 'https://8.8.8.8/hook', events: ['verdict.approved'], enabled: false });
    expect(global.status).toBe(201);
    await t.admin.delete(`/v1/webhooks/${global.body.id}`);
  });

  it('checks the target again at send time and sends nothing to a refused address', async () => {
    // As if it had been registered under another policy: straight into the table.
    const id = '11111111-1111-4111-8111-111111111111';
    const now = new Date().toISOString();
    const db = t.app.get(Db);
    db.write(() =>
      db.run(
        `INSERT INTO webhook_subscriptions (id, url, events, enabled, secret_enc, created_at, updated_at) VALUES (?, ?, '["*"]', 1, ?, ?, ?)`,
        id, receiver.url, t.app.get(WebhookSecrets).seal('whsec_' + Buffer.alloc(32, 7).toString('base64'), id), now, now,
      ),
    );
    const ping = (await t.admin.post(`/v1/webhooks/${id}/ping`)).body;
    const rows = await eventually(async () => {
      const items = await deliveries(t.admin, id);
      return items.some((d) => d.status === 'failed') ? items : false;
    });
    expect(rows.find((d) => d.attempt === 1)).toMatchObject({ eventId: ping.eventId, status: 'failed', responseStatus: null });
    expect(rows.find((d) => d.attempt === 1).error).toMatch(/refused/);
    expect(receiver.received).toHaveLength(0);
    await t.admin.delete(`/v1/webhooks/${id}`);
  });
});

describe('webhook targets without WEBHOOK_ALLOW_HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ webhooks: { allowHttp: false } });
  });
  afterAll(() => t.close());

  it('accepts https only', async () => {
    const res = await t.admin.post('/v1/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['*'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({ field: 'url', message: 'webhook URLs must use https' });
    const ok = await t.admin.post('/v1/webhooks', { url: 'https://127.0.0.1:9/hook', events: ['verdict.approved'], enabled: false });
    expect(ok.status).toBe(201);
  });
});
