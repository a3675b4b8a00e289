import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { Webhook } from 'standardwebhooks';
import { Db } from '../../src/database/db.js';
import { JobGateway } from '../../src/jobs/job-gateway.js';
import { WebhookProcessor } from '../../src/webhooks/webhook.processor.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { testRedisUrl } from '../support/redis.js';
import { WebhookReceiver, type Received } from '../support/webhook-receiver.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

// Waits for background delivery are bounded by eventually(); the suite default of 5 s is too tight on a busy CI machine.
jest.setTimeout(60_000);

/**
 * What consumers see when things go wrong: a failing or hanging consumer, a Redis that forgets,
 * a worker that dies mid-send, and a burst. Everything on loopback, bounded in count and time.
 */

const FAULT_SETTINGS = {
  webhooks: {
    timeoutMs: 800,
    retryScheduleMs: [0, 150, 150, 150, 150, 150, 150, 150],
    retryJitter: 0,
    sweepIntervalMs: 200,
    sweepGraceMs: 200,
    leaseMarginMs: 300,
  },
};

async function subscribe(client: ApiClient, url: string, events: string[]) {
  const res = await client.post('/v1/webhooks', { url, events });
  if (res.status !== 201) throw new Error(`subscribe failed: ${res.status} ${res.text}`);
  return res.body as { id: string; secret: string };
}

async function deliveries(client: ApiClient, hookId: string): Promise<any[]> {
  return (await client.get(`/v1/webhooks/${hookId}/deliveries?limit=200`)).body.items;
}

const seen = (receiver: WebhookReceiver, id: string) => receiver.received.filter((r) => r.headers['webhook-id'] === id).length;

async function deleteQueueKeys(prefix: string): Promise<number> {
  const redis = new Redis(await testRedisUrl(), { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

describe('webhook delivery under faults', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    t = await startTestApp(FAULT_SETTINGS);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });
  beforeEach(() => {
    receiver.answer = () => ({ status: 204 });
  });

  it('503 twice then 200: delivered on the third attempt, same webhook-id and body, each attempt verifiable', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) => (seen(receiver, request.headers['webhook-id']) <= 2 ? { status: 503 } : { status: 200 });
    const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    await eventually(async () => (await deliveries(t.admin, hook.id)).some((d) => d.status === 'delivered'));
    const got = receiver.received.filter((r) => r.headers['webhook-id'] === ping.eventId);
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.body)).size).toBe(1);
    for (const request of got) expect(new Webhook(hook.secret).verify(request.body, request.headers)).toMatchObject({ id: ping.eventId, type: 'ping' });
    const rows = await deliveries(t.admin, hook.id);
    expect(rows.map((d) => [d.attempt, d.status, d.responseStatus])).toEqual([
      [3, 'delivered', 200],
      [2, 'failed', 503],
      [1, 'failed', 503],
    ]);
  }, 30000);

  it("honours Retry-After on 429 and 503", async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) =>
      seen(receiver, request.headers['webhook-id']) === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 };
    const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    await eventually(() => seen(receiver, ping.eventId) === 2);
    const [first, second] = receiver.received.filter((r) => r.headers['webhook-id'] === ping.eventId);
    // The schedule says 150 ms; the consumer asked for a second.
    expect(second.at - first.at).toBeGreaterThanOrEqual(950);
    const failed = (await deliveries(t.admin, hook.id)).find((d) => d.attempt === 1);
    expect(Date.parse(failed.nextAttemptAt) - Date.parse(failed.attemptedAt)).toBeGreaterThanOrEqual(1000);
  }, 30000);

  it('a consumer that hangs past the timeout is retried', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) => (seen(receiver, request.headers['webhook-id']) === 1 ? { hang: true } : { status: 200 });
    const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    await eventually(async () => (await deliveries(t.admin, hook.id)).some((d) => d.status === 'delivered'));
    expect(seen(receiver, ping.eventId)).toBe(2);
    const rows = await deliveries(t.admin, hook.id);
    expect(rows[1]).toMatchObject({ attempt: 1, status: 'failed', responseStatus: null });
    expect(rows[1].error).toMatch(/timeout/);
    expect(rows[1].durationMs).toBeGreaterThanOrEqual(750);
    expect(rows[0]).toMatchObject({ attempt: 2, status: 'delivered', responseStatus: 200 });
  }, 30000);

  it('Redis keys of our prefix deleted while deliveries wait in the queue: all still arrive after the sweep', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['ping', 'verdict.approved']);
    const worker = t.app.get(WebhookProcessor).worker;
    await worker.pause(true);
    const pings: string[] = [];
    try {
      const queue = t.app.get(JobGateway).queue('webhooks');
      const jobIds: string[] = [];
      for (let i = 0; i < 10; i++) {
        const ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
        pings.push(ping.eventId);
        jobIds.push(`webhook-${ping.deliveryId}-a1`);
      }
      // All ten are in the queue (the fan-out ran) and, the worker being paused, waiting there.
      await eventually(async () => (await Promise.all(jobIds.map((id) => queue.getJobState(id)))).every((state) => state !== 'unknown'));
      expect(await deleteQueueKeys(t.settings.queue.prefix)).toBeGreaterThan(0);
    } finally {
      worker.resume();
    }
    await eventually(() => pings.every((id) => seen(receiver, id) >= 1), 20000);
    expect(pings.map((id) => seen(receiver, id))).toEqual(pings.map(() => 1));
  }, 40000);

  it('Redis keys deleted while retries are scheduled: the retries still go out when due', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) =>
      seen(receiver, request.headers['webhook-id']) === 1 ? { status: 503, headers: { 'retry-after': '2' } } : { status: 200 };
    const pings: string[] = [];
    for (let i = 0; i < 5; i++) pings.push((await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body.eventId);
    await eventually(async () => (await deliveries(t.admin, hook.id)).filter((d) => d.status === 'pending').length === 5);
    await deleteQueueKeys(t.settings.queue.prefix);
    await eventually(() => pings.every((id) => seen(receiver, id) === 2), 20000);
    // the receiver answers before the worker records the outcome: wait for the records too
    await eventually(async () => (await deliveries(t.admin, hook.id)).filter((d) => d.status === 'delivered').length >= 5);
    const rows = await deliveries(t.admin, hook.id);
    expect(rows.filter((d) => d.status === 'delivered').map((d) => d.attempt)).toEqual([2, 2, 2, 2, 2]);
    expect(pings.map((id) => seen(receiver, id))).toEqual(pings.map(() => 2));
  }, 40000);

  it('a job hash left behind by a partial key deletion does not stop the attempt: the sweep clears it and sends', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    const worker = t.app.get(WebhookProcessor).worker;
    await worker.pause(true);
    let ping: { eventId: string; deliveryId: string };
    try {
      ping = (await t.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
      const queue = t.app.get(JobGateway).queue('webhooks');
      const jobId = `webhook-${ping.deliveryId}-a1`;
      await eventually(async () => (await queue.getJobState(jobId)) !== 'unknown');
      // What a scan that deleted the state sets but passed the job's hash earlier leaves behind.
      const redis = new Redis(await testRedisUrl(), { maxRetriesPerRequest: 1 });
      try {
        const hashKey = `${t.settings.queue.prefix}:webhooks:${jobId}`;
        expect(await redis.exists(hashKey)).toBe(1);
        const hash = await redis.hgetall(hashKey);
        await deleteQueueKeys(t.settings.queue.prefix);
        await redis.hset(hashKey, hash);
      } finally {
        redis.disconnect();
      }
      expect(await queue.getJobState(jobId)).toBe('unknown');
    } finally {
      worker.resume();
    }
    await eventually(() => seen(receiver, ping.eventId) === 1, 15000);
  }, 30000);

  it('a subscription failing for the configured period (5 days) is disabled, with an event and a log line', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = () => ({ status: 500 });
    const fiveDaysAgo = new Date(Date.now() - 5 * 24 * 3600_000 - 60_000).toISOString();
    const db = t.app.get(Db);
    db.write(() => db.run('UPDATE webhook_subscriptions SET failing_since = ? WHERE id = ?', fiveDaysAgo, hook.id));
    await t.admin.post(`/v1/webhooks/${hook.id}/ping`);
    const disabled = await eventually(async () => {
      const body = (await t.admin.get(`/v1/webhooks/${hook.id}`)).body;
      return body.enabled === false ? body : false;
    });
    expect(disabled.disabledReason).toContain(fiveDaysAgo);
    expect(disabled.disabledReason).toContain('5 days');
    const events = (await t.admin.get('/v1/events?type=webhook.disabled&limit=200')).body.items;
    expect(events.map((e: any) => e.data.webhookId)).toContain(hook.id);
    // One failed attempt, no retry scheduled.
    expect((await deliveries(t.admin, hook.id)).map((d) => [d.attempt, d.status, d.nextAttemptAt])).toEqual([[1, 'failed', null]]);
  });

  it('a success clears the failing period', async () => {
    const hook = await subscribe(t.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) => (seen(receiver, request.headers['webhook-id']) === 1 ? { status: 500 } : { status: 200 });
    await t.admin.post(`/v1/webhooks/${hook.id}/ping`);
    await eventually(async () => (await deliveries(t.admin, hook.id)).some((d) => d.status === 'delivered'));
    const body = (await t.admin.get(`/v1/webhooks/${hook.id}`)).body;
    expect(body).toMatchObject({ enabled: true, failingSince: null, lastSuccessAt: expect.any(String) });
  });
});

describe('a worker stopped or killed during a send', () => {
  let dir: string;
  let receiver: WebhookReceiver;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-webhook-restart-'));
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(file: string): Promise<TestApp> {
    const app = await startTestApp({ ...FAULT_SETTINGS, database: { path: join(dir, file) } });
    apps.push(app);
    return app;
  }

  function row(file: string, id: string): { status: string; lease_until: string | null; attempt: number } {
    const db = new Database(join(dir, file));
    try {
      return db.prepare('SELECT status, lease_until, attempt FROM webhook_deliveries WHERE id = ?').get(id) as any;
    } finally {
      db.close();
    }
  }

  it('stopped mid-send: the attempt stays pending and the next process sends it', async () => {
    const first = await start('stopped.sqlite');
    const hook = await subscribe(first.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) => (seen(receiver, request.headers['webhook-id']) === 1 ? { hang: true } : { status: 200 });
    const ping = (await first.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    await eventually(() => seen(receiver, ping.eventId) === 1);
    await first.close(); // while the consumer still holds the request
    expect(row('stopped.sqlite', ping.deliveryId)).toMatchObject({ status: 'pending', attempt: 1, lease_until: null });

    const second = await start('stopped.sqlite');
    await eventually(() => row('stopped.sqlite', ping.deliveryId).status === 'delivered', 20000);
    expect(seen(receiver, ping.eventId)).toBe(2);
    const resent = receiver.received.filter((r) => r.headers['webhook-id'] === ping.eventId)[1];
    expect(new Webhook(hook.secret).verify(resent.body, resent.headers)).toMatchObject({ id: ping.eventId, type: 'ping' });
    await second.close();
  }, 40000);

  it('killed mid-send: the lease it held runs out, then the sweep sends the attempt again', async () => {
    const first = await start('killed.sqlite');
    const hook = await subscribe(first.admin, receiver.url, ['verdict.approved']);
    receiver.answer = (request) => (seen(receiver, request.headers['webhook-id']) === 1 ? { hang: true } : { status: 200 });
    const ping = (await first.admin.post(`/v1/webhooks/${hook.id}/ping`)).body;
    await eventually(() => seen(receiver, ping.eventId) === 1);
    const held = row('killed.sqlite', ping.deliveryId);
    expect(held.status).toBe('pending');
    expect(held.lease_until).not.toBeNull();
    await first.close();
    // A killed process writes nothing more: put back the lease it held, as SIGKILL would have left it.
    const leaseUntil = new Date(Date.now() + 1500).toISOString();
    const db = new Database(join(dir, 'killed.sqlite'));
    db.prepare('UPDATE webhook_deliveries SET lease_until = ? WHERE id = ?').run(leaseUntil, ping.deliveryId);
    db.close();

    const second = await start('killed.sqlite');
    await eventually(() => row('killed.sqlite', ping.deliveryId).status === 'delivered', 20000);
    const resent = receiver.received.filter((r: Received) => r.headers['webhook-id'] === ping.eventId);
    expect(resent).toHaveLength(2);
    // Not before the dead worker's lease ran out.
    expect(resent[1].at).toBeGreaterThanOrEqual(Date.parse(leaseUntil));
    await second.close();
  }, 40000);
});

describe('a burst: 200 events to three subscribers', () => {
  let t: TestApp;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    t = await startTestApp(FAULT_SETTINGS);
    for (let i = 0; i < 3; i++) receivers.push(await WebhookReceiver.start(`/consumer-${i}`));
  });
  afterAll(async () => {
    await t.close();
    for (const receiver of receivers) await receiver.close();
  });

  it('every (event, subscriber) pair arrives, verified; duplicates are counted and reported', async () => {
    const hooks: Array<{ id: string; secret: string }> = [];
    for (const receiver of receivers) hooks.push(await subscribe(t.admin, receiver.url, ['claim.created']));
    const checker = await t.user('fact_checker');
    const claimIds: string[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const n = batch * 10 + i;
          const body = n % 2 === 0
            ? { text: `Depot ${n} stored ${n + 10} tonnes of grain.`, claimant: { name: 'Port authority' }, language: 'en' }
            : { text: `Im Lager ${n} lagerten ${n + 10} Tonnen Getreide.`, claimant: { name: 'Hafenbehörde' }, language: 'de' };
          return checker.post('/v1/claims', body);
        }),
      );
      for (const res of created) {
        expect(res.status).toBe(201);
        claimIds.push(res.body.id);
      }
    }
    const wanted = new Set(claimIds);
    const eventIds: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await t.admin.get(`/v1/events?type=claim.created&limit=200${cursor ? `&cursor=${cursor}` : ''}`)).body;
      for (const e of page.items) if (wanted.has(e.data.claimId)) eventIds.push(e.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(eventIds).toHaveLength(200);

    const missing = () =>
      receivers.flatMap((receiver, i) => {
        const got = new Set(receiver.received.map((r) => r.headers['webhook-id']));
        return eventIds.filter((id) => !got.has(id)).map((id) => `${i}:${id}`);
      });
    await eventually(() => missing().length === 0, 45000, 100);

    let duplicates = 0;
    receivers.forEach((receiver, i) => {
      const counts = new Map<string, number>();
      for (const request of receiver.received) {
        const payload = new Webhook(hooks[i].secret).verify(request.body, request.headers) as any;
        expect(payload.type).toBe('claim.created');
        counts.set(payload.id, (counts.get(payload.id) ?? 0) + 1);
      }
      for (const [id, n] of counts) if (n > 1) {
        duplicates += n - 1;
        console.log(`duplicate delivery: subscriber ${i} got event ${id} ${n} times`);
      }
    });
    console.log(`burst: 200 events x 3 subscribers = 600 pairs, 0 missing, ${duplicates} duplicate deliveries`);
    expect(missing()).toEqual([]);
  }, 90000);
});
