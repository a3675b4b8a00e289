// API benchmark: the built service on a temporary database with 100,000 preloaded claims, beside a bare
// Fastify server answering the same JSON, both loaded in turn by autocannon from this process.
// Run it with `npm run bench:api` (which builds first).
//
// Knobs (environment): BENCH_SECONDS (10) per measured run, BENCH_WARMUP_SECONDS (3) unmeasured load
// before each, BENCH_CONNECTIONS (50), BENCH_CLAIMS (100000), BENCH_LOG_LEVEL (warn) for the service,
// BENCH_SPLIT_WORKERS=1 (queue workers in their own process), BENCH_READ_CACHE=false (the service's
// READ_CACHE: single claims and queue pages built for every request),
// BENCH_ROUNDS (1) runs per route and server (the median counts), BENCH_SERVER_CPUS (e.g. 1) to pin both
// servers with taskset, away from the load generator (then start this script under `taskset -c 0`),
// BENCH_ONLY=get,queue,queueAlone,post to run only those routes (goals of the others are not judged),
// BENCH_PROFILE=get,queue,post to write a CPU profile of the service during those runs (bare:get and so on
// for the bare server), summarised on the console and kept in bench/results/.
// Redis: REDIS_URL if set, else 127.0.0.1:6379 if it answers; the run's keys live under a unique prefix.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClaimBody, createRandom } from './lib/corpus.mjs';
import { measure } from './lib/load.mjs';
import { preloadClaims } from './lib/preload.mjs';
import { cpuSeconds, freePort, machineBusySeconds, sleep, startNode, waitForHealth } from './lib/processes.mjs';
import { summariseProfile } from './lib/profile-summary.mjs';
import { clean, goalLines, judge, notes, table } from './lib/report.mjs';
import { intEnv } from './lib/env.mjs';
import { dropRedisKeys, resolveRedisUrl } from './lib/redis.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const HOST = '127.0.0.1';


const config = {
  seconds: intEnv('BENCH_SECONDS', 10),
  warmupSeconds: intEnv('BENCH_WARMUP_SECONDS', 3),
  connections: intEnv('BENCH_CONNECTIONS', 50),
  claims: intEnv('BENCH_CLAIMS', 100_000),
  logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
  rounds: intEnv('BENCH_ROUNDS', 1),
  profile: new Set((process.env.BENCH_PROFILE ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
  only: new Set((process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
};

// ---- cleanup: runs once, whatever ends the run ----

const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Start-up, preloading and every run have their own limits; this one catches whatever hangs between them.
const budgetMs = (8 * config.rounds * (config.seconds + config.warmupSeconds + 20) + 300) * 1000;
const watchdog = setTimeout(() => {
  console.error(`benchmark exceeded its ${budgetMs / 1000} s budget; stopping`);
  void cleanup().finally(() => process.exit(2));
}, budgetMs);

// ---- pieces ----

const TEMP_PREFIX = 'claimdesk-bench-';

/** A run killed with SIGKILL cannot clean up; the next run removes what such runs left behind. */
function removeAbandonedTempDirs() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.startsWith(TEMP_PREFIX) && name.slice(TEMP_PREFIX.length).split('-')[0]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (error.code === 'ESRCH') rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/** The run with the median req/s: one slow or lucky round on a shared machine does not decide. */
const median = (runs) => [...runs].sort((a, b) => a.reqPerSec - b.reqPerSec)[Math.floor((runs.length - 1) / 2)];



async function call(base, apiKey, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body && { 'content-type': 'application/json' }) },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, text };
}

const expectStatus = (what, result, status) => {
  if (result.status !== status) throw new Error(`${what}: expected ${status}, got ${result.status}: ${result.text.slice(0, 500)}`);
  return result.json;
};

async function withProfile(proc, key, run) {
  if (!config.profile.has(key)) return { result: await run() };
  const file = join(RESULTS, `profile-${key.replace(':', '-')}.cpuprofile`);
  await proc.request({ type: 'profile:start' }, 'profile:started');
  const result = await run();
  await proc.request({ type: 'profile:stop', file }, 'profile:stopped');
  return { result, profile: file };
}

// ---- the run ----

/** Children whose last log lines are shown when the run fails (read before cleanup removes them). */
const withLogs = [];

async function main() {
  const mainJs = join(ROOT, 'dist', 'main.js');
  if (!existsSync(mainJs)) throw new Error('dist/main.js is missing: run `npm run build` first (or use `npm run bench:api`)');
  mkdirSync(RESULTS, { recursive: true });

  const redis = await resolveRedisUrl();
  removeAbandonedTempDirs();
  const temp = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${process.pid}-`));
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }));

  const queuePrefix = `bench-api-${process.pid}-${Date.now().toString(36)}`;
  const apiKey = `bench_${randomBytes(24).toString('base64url')}`;
  const databasePath = join(temp, 'claimdesk.sqlite');
  const [ourPort, barePort] = [await freePort(HOST), await freePort(HOST)];
  // Only what the service needs: NODE_ENV stays unset because production mode asks for secrets (webhook
  // encryption) that a benchmark has no use for, and nothing on the measured paths depends on it.
  const serviceEnv = {
    PATH: process.env.PATH,
    HOST,
    PORT: String(ourPort),
    DATABASE_PATH: databasePath,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: queuePrefix,
    ADMIN_API_KEY: apiKey,
    RATE_LIMIT: '0',
    LOG_LEVEL: config.logLevel,
    // BENCH_SPLIT_WORKERS=1: the API process serves HTTP only and a `dist/worker.js` process beside it
    // runs the queues (the deployment the README describes for load); default: one process does both
    RUN_WORKERS: process.env.BENCH_SPLIT_WORKERS === '1' ? 'false' : 'true',
    READ_CACHE: process.env.BENCH_READ_CACHE === 'false' ? 'false' : 'true',
    // the process layout is the service's default unless asked for (0: workers inside the API process, as in 0.2)
    ...(process.env.WORKER_PROCESSES !== undefined && { WORKER_PROCESSES: process.env.WORKER_PROCESSES }),
  };

  console.log(`claimdesk API benchmark, an idle-desk ceiling (nothing written meanwhile; a working desk: npm run bench:desk) — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(
    `service: LOG_LEVEL=${config.logLevel} RATE_LIMIT=0 READ_CACHE=${serviceEnv.READ_CACHE}, Redis from ${redis.from}; ` +
      `load: ${config.connections} connections, pipelining 1, ${config.warmupSeconds} s warm-up + ${config.seconds} s per run`,
  );

  const ours = startNode('claimdesk', mainJs, { env: serviceEnv, cwd: temp, logFile: join(temp, 'service.log'), cpus: process.env.BENCH_SERVER_CPUS });
  cleanups.push(() => ours.stop());
  withLogs.push(ours);
  const ourBase = `http://${HOST}:${ourPort}`;
  await waitForHealth(ours, `${ourBase}/health`, 60_000);
  if (process.env.BENCH_SPLIT_WORKERS === '1') {
    const worker = startNode('claimdesk worker', join(ROOT, 'dist', 'worker.js'), { env: serviceEnv, cwd: temp, logFile: join(temp, 'worker.log') });
    cleanups.push(() => worker.stop());
    withLogs.push(worker);
    console.log('workers: in a separate dist/worker.js process');
  }
  // Registered once the service is healthy, i.e. once this Redis is known to answer; the service must be
  // gone first or its workers write the keys again.
  cleanups.push(async () => {
    await ours.stop();
    await dropRedisKeys(redis.url, queuePrefix);
  });

  process.stdout.write(`preloading ${config.claims.toLocaleString('en-US')} claims… `);
  const preload = preloadClaims(databasePath, { count: config.claims });
  console.log(`${(preload.insertMs / 1000).toFixed(1)} s in one transaction (${(preload.totalMs / 1000).toFixed(1)} s with the WAL checkpoint)`);

  // Capture real answers for the bare server, and make sure ours answers as the load expects.
  const random = createRandom(7);
  const sampleIds = Array.from({ length: 10_000 }, () => random.pick(preload.ids));
  const claim = expectStatus('GET /v1/claims/:id', await call(ourBase, apiKey, 'GET', `/v1/claims/${sampleIds[0]}`), 200);
  const page = expectStatus('GET /v1/claims?sort=priority', await call(ourBase, apiKey, 'GET', '/v1/claims?sort=priority'), 200);
  expectStatus('POST /v1/claims', await call(ourBase, apiKey, 'POST', '/v1/claims', createClaimBody(random)), 201);
  const expectedItems = Math.min(50, config.claims);
  if (page.items.length !== expectedItems) throw new Error(`the queue page held ${page.items.length} claims, not ${expectedItems}`);
  const fixtures = join(temp, 'fixtures.json');
  writeFileSync(fixtures, JSON.stringify({ claim, page }));

  const bare = startNode('bare fastify', fileURLToPath(new URL('./lib/bare-server.mjs', import.meta.url)), {
    args: [String(barePort), HOST, fixtures],
    env: { PATH: process.env.PATH },
    cwd: temp,
    logFile: join(temp, 'bare.log'),
    cpus: process.env.BENCH_SERVER_CPUS,
  });
  cleanups.push(() => bare.stop());
  withLogs.push(bare);
  const bareBase = `http://${HOST}:${barePort}`;
  await waitForHealth(bare, `${bareBase}/health`, 30_000);

  const headers = { authorization: `Bearer ${apiKey}` };
  let next = 0;
  const routes = [
    {
      key: 'get',
      route: 'GET /v1/claims/:id',
      requests: () => [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/v1/claims/${sampleIds[next++ % sampleIds.length]}` }) }],
    },
    { key: 'queue', route: 'GET /v1/claims?sort=priority', requests: () => [{ method: 'GET', path: '/v1/claims?sort=priority' }] },
    // With many connections a closed loop's latency is mostly waiting in line (connections / throughput).
    // One connection shows what a request costs on its own. (autocannon's rate option sends each second's
    // quota in a burst, so it cannot give a steady light load.)
    {
      key: 'queueAlone',
      route: 'GET /v1/claims?sort=priority, 1 conn',
      connections: 1,
      requests: () => [{ method: 'GET', path: '/v1/claims?sort=priority' }],
    },
    // Last, so the claims it adds do not change what the read runs see.
    {
      key: 'post',
      route: 'POST /v1/claims',
      requests: () => {
        const bodies = createRandom(99);
        return [{
          method: 'POST',
          path: '/v1/claims',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: JSON.stringify(createClaimBody(bodies)) }),
        }];
      },
    },
  ];

  // Other programs using the CPU skew both servers' figures, so the run measures how much they took.
  const ownCpu = () => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 + cpuSeconds(ours.child.pid) + cpuSeconds(bare.child.pid);
  const startedAt = Date.now();
  const [busyBefore, ownBefore] = [machineBusySeconds(), ownCpu()];

  const rows = [];
  const profiles = {};
  const selected = config.only.size ? routes.filter((r) => config.only.has(r.key)) : routes;
  for (const r of selected) {
    const row = { route: r.route, rounds: { bare: [], ours: [] } };
    for (let round = 0; round < config.rounds; round++) {
      for (const [server, proc, base] of [['bare', bare, bareBase], ['ours', ours, ourBase]]) {
        const label = `${r.route} on ${server === 'bare' ? 'bare fastify' : 'claimdesk'}`;
        process.stdout.write(`${label}${config.rounds > 1 ? ` (round ${round + 1})` : ''}… `);
        const load = (seconds) =>
          measure({ url: base, requests: r.requests(), seconds, connections: r.connections ?? config.connections, headers });
        await load(config.warmupSeconds);
        await sleep(500);
        const profileKey = server === 'ours' ? r.key : `bare:${r.key}`;
        const cpuBefore = cpuSeconds(proc.child.pid);
        const { result, profile } = round === 0
          ? await withProfile(proc, profileKey, () => load(config.seconds))
          : { result: await load(config.seconds) };
        const cpuAfter = cpuSeconds(proc.child.pid);
        result.cpuUsPerRequest = cpuBefore === null || cpuAfter === null || result.total === 0
          ? null
          : (1e6 * (cpuAfter - cpuBefore)) / result.total;
        if (!proc.running) throw new Error(`${proc.name} died during the run`);
        row.rounds[server].push(result);
        if (profile) profiles[profileKey] = profile;
        console.log(
          `${Math.round(result.reqPerSec).toLocaleString('en-US')} req/s, p99 ${result.p99} ms` +
            `${clean(result) ? '' : ` (${result.non2xx} non-2xx, ${result.errors} errors)`}`,
        );
        await sleep(500);
      }
    }
    row.bare = median(row.rounds.bare);
    row.ours = median(row.rounds.ours);
    rows.push(row);
  }

  const byRoute = Object.fromEntries(selected.map((r, i) => [r.key, rows[i]]));
  const goals = judge(byRoute, config);
  console.log(`\n${table(rows)}\n\n${goalLines(goals)}\n${notes(byRoute, config.connections)}`);
  const busyAfter = machineBusySeconds();
  // Includes the kernel's loopback network work, which no process is charged for; a few percent is normal.
  const othersShare = busyBefore === null || busyAfter === null
    ? null
    : (busyAfter - busyBefore - (ownCpu() - ownBefore)) / (((Date.now() - startedAt) / 1000) * cpus().length);
  if (othersShare !== null) {
    console.log(`CPU used outside this benchmark's processes during the runs: ${(100 * othersShare).toFixed(0)}% of the machine`);
    if (othersShare > 0.15) console.log('warning: the machine was busy with other work; repeat when it is idle or use BENCH_ROUNDS');
  }

  for (const [key, file] of Object.entries(profiles)) {
    const summary = summariseProfile(file, ROOT);
    const who = key.startsWith('bare:') ? 'bare fastify' : 'claimdesk';
    console.log(`\nCPU profile of ${who} during ${key.replace('bare:', '')} (${relative(ROOT, file)}, ${summary.samples} samples), self time:`);
    console.log(summary.packages.map((p) => `  ${p.percent.toFixed(1).padStart(5)}%  ${p.name}`).join('\n'));
    console.log('  top functions:');
    console.log(summary.functions.slice(0, 10).map((f) => `  ${f.percent.toFixed(1).padStart(5)}%  ${f.name}`).join('\n'));
  }

  const out = join(RESULTS, 'api-latest.json');
  writeFileSync(out, JSON.stringify({
    at: new Date().toISOString(),
    machine: {
      cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version,
      platform: process.platform, cpuShareUsedByOthers: othersShare,
    },
    settings: {
      claims: config.claims, seconds: config.seconds, warmupSeconds: config.warmupSeconds, connections: config.connections,
      pipelining: 1, rounds: config.rounds, serverCpus: process.env.BENCH_SERVER_CPUS ?? null,
      logLevel: config.logLevel, rateLimit: 0, readCache: serviceEnv.READ_CACHE === 'true', redis: redis.from,
    },
    preload: { insertMs: preload.insertMs, totalMs: preload.totalMs },
    routes: rows,
    goals,
  }, null, 2));
  console.log(`\nresults: ${relative(ROOT, out)}`);
  return goals.every((g) => g.pass) ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nbenchmark failed: ${error.message}`);
  for (const proc of withLogs) {
    const tail = proc.logTail(20);
    if (tail) console.error(`last lines of the ${proc.name} log:\n${tail}`);
  }
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exit(exitCode);
