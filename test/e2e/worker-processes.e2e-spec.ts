import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { eventually } from '../support/eventually.js';
import { portIsFree } from '../support/ports.js';
import {
  endServiceRun, exitWithin, isAlive, newServiceRun, spawnService, waitForHealth, type LogLine, type ServiceProcess, type ServiceRun,
} from '../support/service-process.js';

/*
 * The default process model of `node dist/main.js`: the API in one process, the queue workers in
 * child processes it supervises (src/supervisor/). Real processes, real Redis, real SQLite.
 */

const START_MS = 90_000;
const STOP_MS = 20_000;
const ADMIN_KEY = 'workers-test-admin-0123456789';

let run: ServiceRun;
let leftovers: number[];

beforeEach(async () => {
  run = await newServiceRun('claimdesk-workers-', ADMIN_KEY);
  leftovers = run.leftovers;
});

afterEach(() => endServiceRun(run));

function startService(env: Record<string, string> = {}): ServiceProcess {
  const service = spawnService('node', ['dist/main.js'], { env: { ...run.env, ...env } });
  leftovers.push(service.child.pid!);
  return service;
}

/** The pid of a steady (or burst) worker child that told the parent it is ready, other than those in `except`. */
async function readyWorker(service: ServiceProcess, except: number[] = [], burst = false): Promise<number> {
  const pid = await eventually(() => {
    const line = service.logs().find((l) => l.msg === 'worker process ready' && l.burst === burst && !except.includes(l.workerPid as number));
    return line ? (line.workerPid as number) : false;
  }, START_MS, 100);
  leftovers.push(pid);
  return pid;
}

function redisPid(service: ServiceProcess): number {
  const line = service.logs().find((l) => l.redis === 'private' && l.pid === service.child.pid);
  if (!line) throw new Error(`no Redis line in the log:\n${service.output()}`);
  leftovers.push(line.redisPid as number);
  return line.redisPid as number;
}

async function post(path: string, key: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${run.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function factChecker(): Promise<string> {
  const user = await post('/v1/users', ADMIN_KEY, { name: 'Frida', role: 'fact_checker' });
  expect(user.status).toBe(201);
  return user.body.apiKey as string;
}

async function createClaim(key: string, n: number): Promise<string> {
  const claim = await post('/v1/claims', key, {
    text: `Between ${5000 + n} and 9,000 soldiers were killed in the first ${20 + n} days.`,
    claimant: { name: 'Officials', country: 'US' },
    claimedAt: '2022-03-14T00:00:00Z',
  });
  expect(claim.status).toBe(201);
  return claim.body.id as string;
}

/** Its corroboration check has run, which only a queue worker does. */
async function checked(key: string, claimId: string): Promise<void> {
  await eventually(async () => {
    const res = await fetch(`${run.baseUrl}/v1/claims/${claimId}/corroboration`, { headers: { authorization: `Bearer ${key}` } });
    const report = (await res.json()) as { status: string; checkPending?: boolean };
    return res.status === 200 && report.status !== 'unchecked' && report.status !== 'pending' && report.checkPending !== true;
  }, 60_000, 200);
}

/** Completed job attempts of a queue, as the API process's /metrics reports them. */
async function completedJobs(queue: string): Promise<number> {
  const text = await (await fetch(`${run.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`claimdesk_job_duration_seconds_count{queue="${queue}",outcome="completed"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

function parentSteps(service: ServiceProcess): string[] {
  return service
    .logs()
    .filter((l: LogLine) => l.pid === service.child.pid && typeof l.msg === 'string' && l.msg.startsWith('stopped: '))
    .map((l) => l.step as string);
}

describe('`node dist/main.js`: queue workers in child processes', () => {
  it('checks claims in a worker child, restarts a killed child, and SIGTERM stops all of it in order with exit 0', async () => {
    const service = startService();
    await waitForHealth(service, run.baseUrl, START_MS);
    const apiPid = service.child.pid!;
    const worker = await readyWorker(service);
    expect(worker).not.toBe(apiPid);
    // background work yields the CPU to requests (WORKER_NICE, default 19), in every thread of the child
    expect(getPriority(worker)).toBe(Math.max(19, getPriority(apiPid)));
    const threads = readdirSync(`/proc/${worker}/task`).map(Number);
    expect(threads.length).toBeGreaterThan(1);
    for (const thread of threads) expect(getPriority(thread)).toBe(Math.max(19, getPriority(apiPid)));
    // the API process itself runs no queue worker
    expect(service.logs().some((l) => l.pid === apiPid && l.msg === 'API only: queue workers run in worker processes')).toBe(true);
    // the child's own line comes through its stdout, which may be read after the parent's "ready" line
    await eventually(() => service.logs().some((l) => l.pid === worker && l.role === 'worker' && l.msg === 'worker started'), 5000, 50);
    const redis = redisPid(service);
    // the console is served by the API process the build started (README "The console")
    const consolePage = await fetch(`${run.baseUrl}/console/`);
    expect(consolePage.status).toBe(200);
    expect(await consolePage.text()).toMatch(/<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(consolePage.headers.get('content-security-policy')).toContain("script-src 'self'");

    const key = await factChecker();
    const first = await createClaim(key, 0);
    await checked(key, first);
    // timed in the child, recorded on the API's /metrics (IPC, batched about once a second)
    await eventually(async () => (await completedJobs('corroboration')) > 0, 15_000, 200);

    process.kill(worker, 'SIGKILL');
    const replacement = await readyWorker(service, [worker]);
    expect(replacement).not.toBe(apiPid);
    expect(getPriority(replacement)).toBe(Math.max(19, getPriority(apiPid)));
    expect(isAlive(worker)).toBe(false);
    const crash = service.logs().find((l) => l.pid === apiPid && l.workerPid === worker && l.signal === 'SIGKILL');
    expect(crash?.level).toBe(50);
    const second = await createClaim(key, 1);
    await checked(key, second);

    service.child.kill('SIGTERM');
    expect(await exitWithin(service, STOP_MS)).toEqual({ code: 0, signal: null });
    expect(parentSteps(service)).toEqual(['HTTP server', 'worker processes', 'webhook sweep', 'database', 'Redis']);
    // the child finished before the parent reported its step done
    const childDone = service.logs().find((l) => l.pid === replacement && l.msg === 'stopped: database');
    const parentWorkersDone = service.logs().find((l) => l.pid === apiPid && l.msg === 'stopped: worker processes');
    expect(childDone!.time as number).toBeLessThanOrEqual(parentWorkersDone!.time as number);
    expect(isAlive(replacement)).toBe(false);
    expect(isAlive(redis)).toBe(false);
    expect(await portIsFree(run.port)).toBe(true);
  }, START_MS * 2 + 120_000);

  it('a burst child waits while the steady child keeps up, takes jobs while the backlog is long, and pauses again', async () => {
    const service = startService({ BURST_BACKLOG_OPEN: '40', BURST_BACKLOG_CLOSE: '0' });
    await waitForHealth(service, run.baseUrl, START_MS);
    const apiPid = service.child.pid!;
    const steady = await readyWorker(service);
    const burst = await readyWorker(service, [steady], true);
    expect(getPriority(burst)).toBe(Math.max(19, getPriority(apiPid)));
    const burstSaid = (msg: string) => service.logs().some((l) => l.pid === burst && l.msg === msg);
    await eventually(() => burstSaid('burst workers: paused until the backlog is long'), 5000, 50);

    const key = await factChecker();
    for (let n = 0; n < 3; n++) await checked(key, await createClaim(key, n));
    expect(burstSaid('burst workers: taking jobs while the backlog is long')).toBe(false);

    // A burst the steady child cannot keep up with, whatever the machine's speed: it is stopped
    // (idle, between jobs) while the claims are written, so their events wait in the outbox; let go,
    // its relay enqueues them all at once, and the backlog stands far past the open mark.
    const ids: string[] = [];
    await eventually(async () => {
      const health = (await (await fetch(`${run.baseUrl}/health`)).json()) as { checks: { queues: { queues: Record<string, Record<string, number>> } } };
      return Object.values(health.checks.queues.queues).every((q) => q.waiting === 0 && q.active === 0);
    }, 30_000, 100);
    process.kill(steady, 'SIGSTOP');
    try {
      let next = 0;
      await Promise.all(Array.from({ length: 20 }, async () => {
        while (next < 600) ids.push(await createClaim(key, 10 + next++));
      }));
      expect(burstSaid('burst workers: taking jobs while the backlog is long')).toBe(false);
    } finally {
      process.kill(steady, 'SIGCONT');
    }
    await eventually(() => burstSaid('burst workers: taking jobs while the backlog is long'), 30_000, 100);
    await eventually(() => burstSaid('burst workers: paused, the backlog is short again'), 60_000, 100);
    for (const id of ids.slice(-20)) await checked(key, id);
    const opened = service.logs().find((l) => l.pid === burst && l.msg === 'burst workers: taking jobs while the backlog is long');
    expect(opened!.waiting as number).toBeGreaterThanOrEqual(40);

    service.child.kill('SIGTERM');
    const ended = await exitWithin(service, STOP_MS);
    // a child that ends with 1 usually printed why on stderr, which the JSON log lines do not hold
    if (ended?.code !== 0) console.log(service.output().split('\n').slice(-40).join('\n'));
    expect(ended).toEqual({ code: 0, signal: null });
    expect(isAlive(steady)).toBe(false);
    expect(isAlive(burst)).toBe(false);
  }, START_MS * 2 + 120_000);

  it('a worker child stops by itself when the API process is killed outright', async () => {
    const service = startService();
    await waitForHealth(service, run.baseUrl, START_MS);
    const worker = await readyWorker(service);
    const redis = redisPid(service);

    service.child.kill('SIGKILL');
    await service.exited;
    await eventually(() => !isAlive(worker), STOP_MS, 100);
    expect(service.logs().some((l) => l.pid === worker && l.msg === 'parent process gone: stopping')).toBe(true);
    expect(service.logs().some((l) => l.pid === worker && l.msg === 'stopped: database')).toBe(true);
    // a private Redis left by a killed service is shut down at its next start; here the test does it
    process.kill(redis, 'SIGTERM');
    await eventually(() => !isAlive(redis), 5000, 50);
  }, START_MS + 60_000);
});
