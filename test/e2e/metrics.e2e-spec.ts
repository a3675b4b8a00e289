import Database from 'better-sqlite3';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';
import { JobGateway } from '../../src/jobs/job-gateway.js';

/** The value of one sample in Prometheus text, labels given in the order they are written; undefined if absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',');
  const head = wanted ? `${name}{${wanted}} ` : `${name} `;
  const line = text.split('\n').find((l) => l.startsWith(head));
  return line === undefined ? undefined : Number(line.slice(head.length));
}

const depth = (text: string, queue: string, state: string) => sample(text, 'claimdesk_queue_jobs', { queue, state });
const jobCount = (text: string, queue: string, outcome: string) =>
  sample(text, 'claimdesk_job_duration_seconds_count', { queue, outcome }) ?? 0;

const QUEUES = ['consistency', 'corroboration', 'extraction', 'webhooks'];
const STATES = ['waiting', 'active', 'delayed', 'failed'];

describe('/metrics with queue workers running', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const res = await t.anonymous.get('/metrics');
    expect(res.status).toBe(200);
    return res.text;
  };

  it('shows depths of every queue, and job durations per queue once the checks of new claims ran', async () => {
    const before = await scrape();
    expect(sample(before, 'claimdesk_redis_up')).toBe(1);
    for (const queue of QUEUES) for (const state of STATES) expect(depth(before, queue, state)).toEqual(expect.any(Number));
    expect(jobCount(before, 'consistency', 'completed')).toBe(0);

    const fc = await t.user('fact_checker');
    for (const text of ['Forty trucks crossed the border.', 'Twelve bridges were closed.', 'Nine ferries stopped running.']) {
      expect((await fc.post('/v1/claims', { text, claimant: { name: 'Transport ministry' } })).status).toBe(201);
    }
    const source = await fc.post('/v1/sources', { publisher: 'Harbour Gazette', text: 'The port authority said 300 containers were held back.' });
    expect(source.status).toBe(201);

    // each claim queues one consistency and one corroboration check, the source one extraction
    const after = await eventually(async () => {
      const text = await scrape();
      expect(jobCount(text, 'consistency', 'completed')).toBeGreaterThanOrEqual(3);
      expect(jobCount(text, 'corroboration', 'completed')).toBeGreaterThanOrEqual(3);
      expect(jobCount(text, 'extraction', 'completed')).toBe(1);
      for (const queue of ['consistency', 'corroboration', 'extraction']) {
        expect(depth(text, queue, 'waiting')).toBe(0);
        expect(depth(text, queue, 'active')).toBe(0);
      }
      return text;
    }, 20000);
    expect(jobCount(after, 'consistency', 'failed')).toBe(0);
    expect(sample(after, 'claimdesk_job_duration_seconds_sum', { queue: 'consistency', outcome: 'completed' })).toBeGreaterThan(0);
    expect(sample(after, 'claimdesk_job_duration_seconds_bucket', { le: '+Inf', queue: 'consistency', outcome: 'completed' })).toBe(
      jobCount(after, 'consistency', 'completed'),
    );
    // beside the HTTP and webhook metrics
    expect(after).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/v1\/claims",status="201"\} 3$/m);
    expect(after).toContain('# TYPE webhook_delivery_attempts_total counter');
  });

  it('counts failed attempts, retries waiting as delayed and jobs failed for good', async () => {
    const fc = await t.user('fact_checker');
    // break the passage index under the running app: every corroboration check now fails inside SQLite
    const db = new Database(t.settings.database.path);
    db.exec('DROP TABLE passages_fts');
    db.close();
    const before = await scrape();
    const claim = (await fc.post('/v1/claims', { text: 'Six lighthouses went dark.', claimant: { name: 'Coast guard' } })).body;
    // one job without retries, so that it fails for good at once
    await t.app.get(JobGateway).queue('corroboration').add('corroboration', { claimId: claim.id, reason: 'requested', key: 'no-retry' }, { attempts: 1, jobId: `corroboration-${claim.id}-no-retry` });

    const text = await eventually(async () => {
      const now = await scrape();
      expect(jobCount(now, 'corroboration', 'failed') - jobCount(before, 'corroboration', 'failed')).toBeGreaterThanOrEqual(2);
      expect(depth(now, 'corroboration', 'delayed')).toBe(1);
      expect(depth(now, 'corroboration', 'failed')).toBe(1);
      return now;
    }, 20000);
    expect(sample(text, 'claimdesk_redis_up')).toBe(1);
  });
});

describe('/metrics on an API-only process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ jobs: { runWorkers: false } as never });
  });
  afterAll(() => t.close());

  it('shows the jobs the checks of new claims left waiting, and delayed ones', async () => {
    const fc = await t.user('fact_checker');
    for (const text of ['Eight dams were opened.', 'Two airports closed at noon.']) {
      expect((await fc.post('/v1/claims', { text, claimant: { name: 'Water board' } })).status).toBe(201);
    }
    await t.app.get(JobGateway).enqueue('extraction', { sourceId: 'later' }, { delayMs: 600_000 });
    const text = await eventually(async () => {
      const now = (await t.anonymous.get('/metrics')).text;
      expect(depth(now, 'consistency', 'waiting')).toBe(2);
      expect(depth(now, 'corroboration', 'waiting')).toBe(2);
      return now;
    });
    expect(depth(text, 'extraction', 'delayed')).toBe(1);
    expect(depth(text, 'extraction', 'waiting')).toBe(0);
    expect(depth(text, 'consistency', 'active')).toBe(0);
    // nothing ran here, so there is nothing to time
    expect(text).not.toMatch(/^claimdesk_job_duration_seconds_count/m);
  });
});

describe('/metrics while Redis is away', () => {
  it('answers quickly with what it knows and claimdesk_redis_up 0', async () => {
    const t = await startTestApp({ redis: { url: 'redis://127.0.0.1:1' } as never, jobs: { runWorkers: false } as never });
    try {
      await t.admin.get('/v1/me');
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        const res = await t.anonymous.get('/metrics');
        expect(Date.now() - started).toBeLessThan(t.settings.metrics.queueReadTimeoutMs + 1500);
        expect(res.status).toBe(200);
        expect(sample(res.text, 'claimdesk_redis_up')).toBe(0);
        expect(res.text).not.toMatch(/^claimdesk_queue_jobs\{/m);
        expect(res.text).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/v1\/me",status="200"\} 1$/m);
      }
    } finally {
      await t.close();
    }
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  const token = 'scrape-token-0123456789abcdef';
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metrics: { token } });
  });
  afterAll(() => t.close());

  it('wants the token as a Bearer token and answers 401 problem+json otherwise', async () => {
    const refused: Array<Record<string, string>> = [{}, { authorization: `Bearer ${token}-wrong` }, { authorization: `Bearer ${t.admin.key}` }];
    for (const headers of refused) {
      const res = await t.anonymous.get('/metrics', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.body).toMatchObject({ status: 401, title: 'Unauthenticated', type: expect.any(String), detail: expect.any(String) });
      expect(res.text).not.toContain('claimdesk_');
    }
    const ok = await t.anonymous.get('/metrics', { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(sample(ok.text, 'claimdesk_redis_up')).toBe(1);
    // the API keys are unaffected by the metrics token
    expect((await t.admin.get('/v1/me')).status).toBe(200);
    expect((await t.as(token).get('/v1/me')).status).toBe(401);
  });
});
