import { existsSync, statSync } from 'node:fs';
import { portIsFree } from '../support/ports.js';
import {
  exitWithin,
  isAlive,
  spawnService,
  waitForHealth,
  newServiceRun,
  endServiceRun,
  type LogLine,
  type ServiceProcess,
  type ServiceRun,
} from '../support/service-process.js';

// `npm start` builds first (incremental after the global setup, but the machine may be busy)
const START_MS = 120_000;
/** "Stops within a few seconds": the stop itself, with generous room for a loaded machine. */
const STOP_MS = 15_000;
const ADMIN_KEY = 'stop-test-admin-0123456789';

/** Per test: a start, some requests and a stop. */
const TEST_MS = START_MS + 60_000;

let run: ServiceRun;
let leftovers: number[];

beforeEach(async () => {
  run = await newServiceRun('claimdesk-stop-', ADMIN_KEY);
  leftovers = run.leftovers;
});

afterEach(() => endServiceRun(run));

/** The pids the service logged at start: its own (node) and the private redis-server's. */
function startedPids(service: ServiceProcess): { node: number; redis: number } {
  const line = service.logs().find((l) => l.redis === 'private');
  if (!line) throw new Error(`no Redis line in the log:\n${service.output()}`);
  leftovers.push(line.pid, line.redisPid as number);
  return { node: line.pid, redis: line.redisPid as number };
}

/** Its worker child has started its queue workers, so the stop has jobs to let finish (not a child still loading). */
async function workerReady(service: ServiceProcess): Promise<void> {
  const deadline = Date.now() + START_MS;
  while (!service.logs().some((l) => l.msg === 'worker process ready')) {
    if (Date.now() > deadline) throw new Error(`no worker process became ready:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Some writes and background jobs, so there is a WAL to checkpoint and work for the workers to finish. */
async function useIt(): Promise<void> {
  const post = (path: string, key: string, body: unknown) =>
    fetch(`${run.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const user = await post('/v1/users', ADMIN_KEY, { name: 'Frida', role: 'fact_checker' });
  expect(user.status).toBe(201);
  const { apiKey } = (await user.json()) as { apiKey: string };
  for (let i = 0; i < 5; i++) {
    const claim = await post('/v1/claims', apiKey, {
      text: `Between ${5000 + i} and 9,000 soldiers were killed in the first ${20 + i} days.`,
      claimant: { name: 'Officials', country: 'US' },
      claimedAt: '2022-03-14T00:00:00Z',
    });
    expect(claim.status).toBe(201);
  }
}

/** The steps one process logged; worker children write their own to the same stdout. */
function stoppedSteps(logs: LogLine[], pid: number): string[] {
  return logs.filter((l) => l.pid === pid && typeof l.msg === 'string' && l.msg.startsWith('stopped: ')).map((l) => l.step as string);
}

async function expectStoppedCleanly(service: ServiceProcess, pids: { node: number; redis: number }, steps: string[]): Promise<void> {
  expect(isAlive(pids.node)).toBe(false);
  expect(isAlive(pids.redis)).toBe(false);
  expect(await portIsFree(run.port)).toBe(true);
  let walBytes = 0;
  try {
    walBytes = statSync(`${run.dbPath}-wal`).size;
  } catch {
    // gone: checkpointed and removed on close
  }
  expect(walBytes).toBe(0);
  expect(stoppedSteps(service.logs(), pids.node)).toEqual(steps);
  const workers = service.logs().filter((l) => l.msg === 'worker process started').map((l) => l.workerPid as number);
  expect(workers.filter(isAlive)).toEqual([]);
}

// the queue workers run in a child process of their own (src/supervisor/), stopped after HTTP
const SERVICE_STEPS = ['HTTP server', 'worker processes', 'webhook sweep', 'database', 'Redis'];

describe('stopping `npm start`', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'started in the background of a script (`npm start &`), %s to the npm pid stops everything and npm exits 0',
    async (signal) => {
      // A non-interactive shell starts background jobs with SIGINT ignored; node must still handle it.
      const shell = spawnService('bash', ['-c', 'npm start & echo "npm-pid $!"; wait $!; echo "npm-exit $?"'], { env: run.env });
      await waitForHealth(shell, run.baseUrl, START_MS);
      const npmPid = Number(/npm-pid (\d+)/.exec(shell.output())![1]);
      leftovers.push(npmPid);
      const pids = startedPids(shell);
      await workerReady(shell);
      expect(shell.logs().find((l) => l.redis === 'private')!.msg).toMatch(/^Redis: a private redis-server on .*redis\.sock$/);
      await useIt();

      process.kill(npmPid, signal);
      expect(await exitWithin(shell, STOP_MS)).not.toBeNull();
      expect(/npm-exit (\d+)/.exec(shell.output())?.[1]).toBe('0');
      expect(shell.logs().find((l) => l.msg === `${signal}: stopping`)).toBeDefined();
      await expectStoppedCleanly(shell, pids, SERVICE_STEPS);
    },
    TEST_MS,
  );

  it('in the foreground, Ctrl-C (SIGINT to the whole process group) stops everything and npm exits 0', async () => {
    // detached: npm leads a process group of its own, as a terminal's foreground job does
    const npm = spawnService('npm', ['start'], { env: run.env, detached: true });
    leftovers.push(npm.child.pid!);
    await waitForHealth(npm, run.baseUrl, START_MS);
    const pids = startedPids(npm);
    await workerReady(npm);
    await useIt();

    process.kill(-npm.child.pid!, 'SIGINT');
    expect(await exitWithin(npm, STOP_MS)).toEqual({ code: 0, signal: null });
    await expectStoppedCleanly(npm, pids, SERVICE_STEPS);
  }, TEST_MS);
});

describe('stopping `node dist/worker.js`', () => {
  it('refuses to start on a SQLite file that is not there, and creates none', async () => {
    const worker = spawnService('node', ['dist/worker.js'], { env: run.env });
    leftovers.push(worker.child.pid!);
    expect(await exitWithin(worker, START_MS)).toEqual({ code: 1, signal: null });
    expect(worker.output()).toMatch(/claimdesk worker could not start: the database file .*claimdesk\.sqlite does not exist/);
    expect(existsSync(run.dbPath)).toBe(false);
    // nor a private Redis for nothing
    expect(worker.logs().some((l) => l.redis === 'private')).toBe(false);
  }, TEST_MS);

  it('SIGTERM stops the workers, then the database, then its private Redis, and exits 0', async () => {
    // the first process on a fresh file: allowed to create it (as an API started first would)
    const worker = spawnService('node', ['dist/worker.js'], { env: { ...run.env, DATABASE_CREATE: 'true' } });
    leftovers.push(worker.child.pid!);
    // ready once it logs that its modules (and so its workers) have started
    const deadline = Date.now() + START_MS;
    while (!worker.logs().some((l) => l.msg === 'worker started')) {
      if (Date.now() > deadline) throw new Error(`the worker did not start:\n${worker.output()}`);
      if ((await exitWithin(worker, 200)) !== null) throw new Error(`the worker ended at start:\n${worker.output()}`);
    }
    const pids = startedPids(worker);
    expect(pids.node).toBe(worker.child.pid);

    worker.child.kill('SIGTERM');
    expect(await exitWithin(worker, STOP_MS)).toEqual({ code: 0, signal: null });
    await expectStoppedCleanly(worker, pids, ['queue workers and outbox relay', 'database', 'Redis']);
  }, TEST_MS);
});

