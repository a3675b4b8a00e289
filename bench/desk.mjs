// Desk benchmark: `npm run bench:desk` (builds first). What a fact-checking desk sees: the built
// service started as the README starts it, everything through the public HTTP API, the background
// work running. Phases:
//   1. preload (or reuse a prepared copy): BENCH_CLAIMS claims (5 % counter-claims) and BENCH_SOURCES
//      sources of generated German/English wire copy through POST /v1/claims, counter-claims and
//      /v1/sources, then wait until every queue is empty (read from /health; nothing is marked done);
//   2. load: open-loop streams at fixed rates for BENCH_SECONDS: claims, counter-claims, sources,
//      workflow steps, queue pages, single claims, corroboration reports, flags; latency from each
//      request's due time; lags from the write's answer to its background result, by webhook;
//   3. burst: BENCH_BURST claims at once, timed until the queues are empty again;
//   4. ceiling: a bare Fastify answering the same JSON under the same open-loop reads and posts;
//   BENCH_RATE_STEP=1 adds: claim arrival raised step by step (BENCH_STEPS, a source per 50 claims),
//   reporting the highest rate at which the lag stays bounded.
// Knobs (environment), defaults in brackets: BENCH_CLAIMS (100000), BENCH_SOURCES (10000), BENCH_SEED
// (42), BENCH_SECONDS (60), BENCH_WARMUP_SECONDS (5), BENCH_READ_CACHE (true), BENCH_LOG_LEVEL (warn),
// rates per second: BENCH_CLAIM_RATE (20), BENCH_SOURCE_RATE (1), BENCH_COUNTER_RATE (2),
// BENCH_WORKFLOW_RATE (2), BENCH_QUEUE_RATE (200), BENCH_READ_RATE (200), BENCH_CORROBORATION_RATE (20),
// BENCH_FLAGS_RATE (10); BENCH_MAX_IN_FLIGHT (256 per stream), BENCH_PRELOAD_CONCURRENCY (32),
// BENCH_BURST (5000; 0 skips), BENCH_CEILING_SECONDS (10; 0 skips), BENCH_RATE_STEP (off),
// BENCH_STEPS (20,50,100,150,200), BENCH_STEP_SECONDS (30), BENCH_DRAIN_TIMEOUT_SECONDS (14400, preload),
// BENCH_CACHE_DIR (bench/results/desk-cache), BENCH_FRESH=1 (ignore the cache), BENCH_PROFILE_PHASE (load; burst), BENCH_PROFILE_DIR (CPU profiles
// of the service and its worker children over the load phase, written there).
// Redis: REDIS_URL, else 127.0.0.1:6379; the run's keys live under a unique QUEUE_PREFIX.
// Results: console, and bench/results/desk-latest.json.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readBacklog, readQueueGauges, waitForDrain } from './desk/backlog.mjs';
import { createClient } from './desk/client.mjs';
import { claimBody, createRandom } from './desk/corpus.mjs';
import { LagTracker } from './desk/lag.mjs';
import { runOpenLoop } from './desk/open-loop.mjs';
import { preload } from './desk/preload.mjs';
import { backlogSeries, goalLines, growing, judge, lagLines, processLines, routeTable, writesP99 } from './desk/report.mjs';
import { Sampler } from './desk/sampler.mjs';
import { startReceiver } from './desk/receiver.mjs';
import { cacheKey, copyDatabase, readCache, saveCache, startService } from './desk/service.mjs';
import { deskStreams, pollExtraction } from './desk/streams.mjs';
import { intEnv } from './lib/env.mjs';
import { dropRedisKeys, resolveRedisUrl } from './lib/redis.mjs';
import { freePort, sleep, startNode, waitForHealth } from './lib/processes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const wall = () => performance.timeOrigin + performance.now();

/** A rate or count that may be 0 or fractional (one source every two seconds is 0.5). */
const numEnv = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, not "${raw}"`);
  return n;
};

const config = {
  claims: intEnv('BENCH_CLAIMS', 100_000),
  sources: intEnv('BENCH_SOURCES', 10_000),
  seed: intEnv('BENCH_SEED', 42),
  seconds: intEnv('BENCH_SECONDS', 60),
  warmupSeconds: numEnv('BENCH_WARMUP_SECONDS', 5),
  readCache: process.env.BENCH_READ_CACHE !== 'false',
  logLevel: process.env.BENCH_LOG_LEVEL || 'warn',
  rates: {
    claims: numEnv('BENCH_CLAIM_RATE', 20),
    sources: numEnv('BENCH_SOURCE_RATE', 1),
    counterClaims: numEnv('BENCH_COUNTER_RATE', 2),
    workflow: numEnv('BENCH_WORKFLOW_RATE', 2),
    queuePages: numEnv('BENCH_QUEUE_RATE', 200),
    claimReads: numEnv('BENCH_READ_RATE', 200),
    corroborationReads: numEnv('BENCH_CORROBORATION_RATE', 20),
    flagReads: numEnv('BENCH_FLAGS_RATE', 10),
  },
  maxInFlight: intEnv('BENCH_MAX_IN_FLIGHT', 256),
  preloadConcurrency: intEnv('BENCH_PRELOAD_CONCURRENCY', 32),
  burst: numEnv('BENCH_BURST', 5000),
  ceilingSeconds: numEnv('BENCH_CEILING_SECONDS', 10),
  rateStep: process.env.BENCH_RATE_STEP === '1',
  steps: (process.env.BENCH_STEPS ?? '20,50,100,150,200').split(',').map(Number).filter((n) => n > 0),
  stepSeconds: intEnv('BENCH_STEP_SECONDS', 30),
  drainTimeoutMs: intEnv('BENCH_DRAIN_TIMEOUT_SECONDS', 14400) * 1000,
  cacheDir: process.env.BENCH_CACHE_DIR || join(RESULTS, 'desk-cache'),
  fresh: process.env.BENCH_FRESH === '1',
};

// ---- cleanup, whatever ends the run ----

const cleanups = [];
let cleaning = null;
const cleanup = () => (cleaning ??= (async () => {
  for (const step of cleanups.reverse()) {
    try {
      await step();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
})());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}



/** Processes whose last log lines are shown when the run fails (read before cleanup removes them). */
const withLogs = [];

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One service on its own database directory and queue prefix, stopped (and its keys dropped) at cleanup. */
async function service(dir, redisUrl, adminKey, name) {
  const queuePrefix = `bench-desk-${process.pid}-${randomBytes(3).toString('hex')}`;
  const svc = await startService(ROOT, {
    dir, redisUrl, queuePrefix, adminKey, readCache: config.readCache, logLevel: config.logLevel, name, onStart: (proc) => withLogs.push(proc),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await svc.proc.stop(30_000);
    await dropRedisKeys(redisUrl, queuePrefix);
  };
  cleanups.push(stop);
  return { ...svc, client: createClient(svc.base), stop };
}

/** Phase 1 on a miss: a fresh service, its users and webhook, the preload, the drain; the result is cached. */
async function prepare(cacheEntry, temp, redisUrl, receiver) {
  const dir = join(temp, 'prepare');
  mkdirSync(dir);
  const adminKey = `bench_${randomBytes(24).toString('base64url')}`;
  const svc = await service(dir, redisUrl, adminKey, 'claimdesk-preload');
  const checker = await svc.client.expect(201, adminKey, 'POST', '/v1/users', { name: 'Desk benchmark', role: 'fact_checker' });
  const hook = await svc.client.expect(201, adminKey, 'POST', '/v1/webhooks', { url: receiver.url, events: ['*'], description: 'desk benchmark receiver' });
  receiver.setSecret(hook.secret);
  console.log(`preloading ${config.claims.toLocaleString('en-US')} claims and ${config.sources.toLocaleString('en-US')} sources through the API (concurrency ${config.preloadConcurrency})…`);
  const loaded = await preload(svc.client, checker.apiKey, {
    claims: config.claims, sources: config.sources, concurrency: config.preloadConcurrency, seed: config.seed,
    onProgress: (done, total, ms) => console.log(`  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} requests, ${secs(ms)}`),
  });
  console.log(`  sent in ${secs(loaded.ms)}: ${Math.round(loaded.perSecond)} requests/s; waiting for the queues to drain…`);
  const drainStarted = Date.now();
  const drained = await waitForDrain(svc.client, { timeoutMs: config.drainTimeoutMs });
  console.log(`  drained ${secs(Date.now() - drainStarted)} after the last answer (${secs(loaded.ms + drained.ms)} from the first request)`);
  await svc.stop();
  const meta = {
    adminKey, checkerKey: checker.apiKey, webhookId: hook.id, webhookSecret: hook.secret, ids: loaded.ids,
    preload: { requests: loaded.requests, sendMs: loaded.ms, perSecond: loaded.perSecond, drainAfterMs: drained.ms, at: new Date().toISOString() },
  };
  saveCache(cacheEntry, dir, meta);
  return meta;
}

/** A load phase: streams at `rates` for `seconds`, lags tracked for what they create, then a drain. */
/** BENCH_PROFILE_DIR: SIGUSR2 to the service and its worker children starts, and then writes, their CPU profiles (child-hooks.mjs). */
function toggleProfiles(rootPid) {
  const pids = [rootPid, ...execFileSync('pgrep', ['-P', String(rootPid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)]
    .filter((pid) => /node/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')));
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  return pids;
}

async function phase({ svc, key, ids, rates, seconds, seed, sampler, label, track = true, onLoadEnd = () => {} }) {
  const lag = new LagTracker();
  current.lag = lag;
  lag.tracking = track;
  const poller = track ? pollExtraction({ client: svc.client, key, lag }) : null;
  const firstSample = sampler.samples.length;
  const from = wall();
  // this process's own loop: a stall here would delay sending, and count as the service's latency
  const generatorLoop = monitorEventLoopDelay({ resolution: GENERATOR_LOOP_RESOLUTION_MS });
  generatorLoop.enable();
  const recorders = await runOpenLoop(
    deskStreams({ client: svc.client, key, ids, lag, rates, seed, sourceSerial: 1_000_000 * seed }),
    { seconds, maxInFlight: config.maxInFlight },
  );
  const to = wall();
  generatorLoop.disable();
  onLoadEnd();
  const loadSamples = sampler.samples.slice(firstSample);
  const loopDelay = {
    api: apiLoopDelay(loadSamples),
    generator: {
      p99Ms: beyond(generatorLoop.percentile(99) / 1e6, GENERATOR_LOOP_RESOLUTION_MS),
      maxMs: beyond(generatorLoop.max / 1e6, GENERATOR_LOOP_RESOLUTION_MS),
    },
  };
  let drainMs = null;
  if (track) {
    try {
      drainMs = (await waitForDrain(svc.client, { timeoutMs: 120_000 })).ms;
    } catch (error) {
      console.log(`  ${label}: ${error.message}`);
    }
    await sleep(1000); // the last webhooks and polls
  }
  const polls = poller ? await poller.stop() : 0;
  lag.tracking = false;
  const lags = lag.summary({ from, to });
  const routes = recorders.map((r) => r.summary(seconds));
  if (process.env.BENCH_TRACE) {
    writeFileSync(`${process.env.BENCH_TRACE}-${label.replace(/\W+/g, '-')}.json`, JSON.stringify(Object.fromEntries(recorders.map((r) => [r.name, r.trace]))));
  }
  return { label, rates, seconds, routes, recorders, lags, loopDelay, samples: loadSamples, trend: growing(loadSamples, lags), drainAfterLoadMs: drainMs, extractionPolls: polls, webhookArrivals: lag.arrivalsTotal };
}

/**
 * Node's loop-delay histogram records the whole interval between two of its timer ticks, the tick
 * period included: an idle loop reads as the resolution itself (prom-client samples every 10 ms,
 * so its gauges never read below 10 ms). The delay a request can meet is what lies beyond it.
 */
const API_LOOP_RESOLUTION_MS = 10; // prom-client's default eventLoopMonitoringPrecision, which the service keeps
const GENERATOR_LOOP_RESOLUTION_MS = 1;
const beyond = (ms, resolutionMs) => Math.max(0, ms - resolutionMs);

/**
 * The API process's event-loop delay over a phase, from the once-a-second /metrics scrapes: the
 * median and worst of the per-second p99, and the worst single delay, each beyond the sampling tick.
 */
function apiLoopDelay(samples) {
  const p99s = [];
  let maxMs = null;
  for (const s of samples) {
    const g = s.probe?.gauges ?? {};
    if (g.nodejs_eventloop_lag_p99_seconds !== undefined) p99s.push(beyond(g.nodejs_eventloop_lag_p99_seconds * 1000, API_LOOP_RESOLUTION_MS));
    if (g.nodejs_eventloop_lag_max_seconds !== undefined) maxMs = Math.max(maxMs ?? 0, beyond(g.nodejs_eventloop_lag_max_seconds * 1000, API_LOOP_RESOLUTION_MS));
  }
  if (p99s.length === 0) return null;
  p99s.sort((a, b) => a - b);
  return { p99MedianMs: p99s[Math.floor(p99s.length / 2)], p99WorstMs: p99s.at(-1), maxMs };
}

/** The ceiling: bare Fastify with the service's own answers, under the same open-loop reads and posts. */
async function ceiling(svc, key, ids, temp) {
  const claim = await svc.client.expect(200, key, 'GET', `/v1/claims/${ids[0]}`);
  const page = await svc.client.expect(200, key, 'GET', '/v1/claims?sort=priority');
  const fixtures = join(temp, 'fixtures.json');
  writeFileSync(fixtures, JSON.stringify({ claim, page }));
  const port = await freePort();
  const bare = startNode('bare fastify', fileURLToPath(new URL('./lib/bare-server.mjs', import.meta.url)), {
    args: [String(port), '127.0.0.1', fixtures], env: { PATH: process.env.PATH }, cwd: temp, logFile: join(temp, 'bare.log'),
  });
  cleanups.push(() => bare.stop());
  await waitForHealth(bare, `http://127.0.0.1:${port}/health`, 30_000);
  const client = createClient(`http://127.0.0.1:${port}`);
  const r = createRandom(5);
  const recorders = await runOpenLoop([
    { name: 'POST /v1/claims', rate: config.rates.claims, send: async () => (await client.call('', 'POST', '/v1/claims', claimBody(r), { raw: true })).status },
    { name: 'GET /v1/claims?… (queue page)', rate: config.rates.queuePages, send: async () => (await client.call('', 'GET', '/v1/claims?sort=priority', undefined, { raw: true })).status },
    { name: 'GET /v1/claims/:id', rate: config.rates.claimReads, send: async () => (await client.call('', 'GET', `/v1/claims/${ids[r.int(0, ids.length - 1)]}`, undefined, { raw: true })).status },
  ], { seconds: config.ceilingSeconds, maxInFlight: config.maxInFlight });
  await client.close();
  await bare.stop();
  return Object.fromEntries(recorders.map((x) => [x.name, x.summary(config.ceilingSeconds)]));
}

/** Where the receiver's arrivals go: the tracker of the phase running now. */
const current = { lag: new LagTracker() };

function printPhase(result, ceilingByRoute = {}) {
  console.log(`\n${result.label}: ${result.seconds} s, open loop; latency from each request's due time`);
  console.log(routeTable(result.routes, ceilingByRoute));
  console.log(`writes p99 (all write routes): ${writesP99(result.recorders)?.toFixed(1) ?? '-'} ms`);
  console.log('background lag (from the write\'s answer):');
  console.log(lagLines(result.lags));
  const { api, generator } = result.loopDelay;
  console.log(`event-loop delay beyond the sampling tick: API per-second p99 median ${api ? `${api.p99MedianMs.toFixed(1)} ms, worst ${api.p99WorstMs.toFixed(1)} ms, max ${api.maxMs.toFixed(0)} ms` : 'not reported'}` +
    `; load generator p99 ${generator.p99Ms.toFixed(1)} ms, max ${generator.maxMs.toFixed(0)} ms`);
  console.log(`backlog (jobs waiting+active+delayed, max per 5 s): ${backlogSeries(result.samples).join(' ')}`);
  console.log(`queues empty ${result.drainAfterLoadMs === null ? 'not reached' : `${secs(result.drainAfterLoadMs)} after the load stopped`}; ` +
    `${result.extractionPolls} extraction polls (GET /v1/sources/:id, not in the table)`);
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first (or use `npm run bench:desk`)');
  mkdirSync(RESULTS, { recursive: true });
  const { url: redisUrl } = await resolveRedisUrl();
  const temp = mkdtempSync(join(tmpdir(), `claimdesk-bench-${process.pid}-desk-`));
  // BENCH_KEEP=1 keeps the run's directory (databases, service logs) for a look afterwards
  if (process.env.BENCH_KEEP === '1') console.log(`keeping ${temp}`);
  else cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
  console.log(`claimdesk desk benchmark — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ` +
    `READ_CACHE=${config.readCache}, LOG_LEVEL=${config.logLevel}, RATE_LIMIT=0, node dist/main.js as started (WORKER_PROCESSES=${process.env.WORKER_PROCESSES ?? "default"})`);

  const receiver = await startReceiver((arrivals) => current.lag.onArrivals(arrivals));
  cleanups.push(() => receiver.stop());

  const entry = join(config.cacheDir, cacheKey(ROOT, { claims: config.claims, sources: config.sources, seed: config.seed }));
  let meta = config.fresh ? null : readCache(entry);
  if (meta) console.log(`prepared database: ${relative(ROOT, entry)} (preloaded ${meta.preload.at})`);
  else meta = await prepare(entry, temp, redisUrl, receiver);
  const preloadFigures = meta.preload;
  console.log(`preload: ${preloadFigures.requests.toLocaleString('en-US')} writes in ${secs(preloadFigures.sendMs)} ` +
    `(${Math.round(preloadFigures.perSecond)}/s), queues empty ${secs(preloadFigures.drainAfterMs)} after the last answer`);

  const runDir = join(temp, 'run');
  mkdirSync(runDir);
  copyDatabase(entry, runDir);
  const svc = await service(runDir, redisUrl, meta.adminKey, 'claimdesk');
  // the receiver listens on a new port every run: point the prepared subscription at it
  await svc.client.expect(200, meta.adminKey, 'PATCH', `/v1/webhooks/${meta.webhookId}`, { url: receiver.url });
  receiver.setSecret(meta.webhookSecret);
  const key = meta.checkerKey;
  const ids = [...meta.ids];

  const sampler = new Sampler({
    roots: { 'claimdesk (node dist/main.js)': svc.proc.child.pid, 'load generator + receiver (this process)': process.pid },
    extra: { 'redis-server (shared with other users)': 'redis-server' },
    probe: async () => ({ ...(await readBacklog(svc.client)), gauges: await readQueueGauges(svc.client, meta.adminKey) }),
  }).start();
  cleanups.push(() => sampler.stop());

  if (config.warmupSeconds > 0) {
    process.stdout.write(`warm-up ${config.warmupSeconds} s… `);
    await phase({ svc, key, ids, rates: config.rates, seconds: config.warmupSeconds, seed: 2, sampler, label: 'warm-up', track: false });
    await waitForDrain(svc.client, { timeoutMs: 120_000 });
    console.log('done');
  }

  console.log(`load: ${config.seconds} s at ${JSON.stringify(config.rates)} (per second)`);
  // BENCH_PROFILE_PHASE=burst profiles the burst instead of the load phase
  const profileBurst = process.env.BENCH_PROFILE_PHASE === 'burst';
  const profiled = process.env.BENCH_PROFILE_DIR && !profileBurst ? toggleProfiles(svc.proc.child.pid) : [];
  // SIGUSR2 ends a process that has no profiling hook (BENCH_PROFILE_DIR unset): only when profiling
  const load = await phase({
    svc, key, ids, rates: config.rates, seconds: config.seconds, seed: 3, sampler, label: 'steady desk',
    onLoadEnd: () => (profiled.length ? toggleProfiles(svc.proc.child.pid) : undefined),
  });
  if (profiled.length) console.log(`CPU profiles of pids ${profiled.join(', ')} over the load phase: ${process.env.BENCH_PROFILE_DIR}`);

  let burst = null;
  if (config.burst > 0) {
    current.lag = new LagTracker();
    process.stdout.write(`\nburst: ${config.burst} claims at once (concurrency ${config.preloadConcurrency})… `);
    const r = createRandom(11);
    const burstProfiled = process.env.BENCH_PROFILE_DIR && profileBurst ? toggleProfiles(svc.proc.child.pid) : [];
    const started = Date.now();
    let next = 0;
    await Promise.all(Array.from({ length: config.preloadConcurrency }, async () => {
      while (next++ < config.burst) ids.push((await svc.client.expect(201, key, 'POST', '/v1/claims', claimBody(r))).id);
    }));
    const sentMs = Date.now() - started;
    const drained = await waitForDrain(svc.client, { timeoutMs: 600_000 });
    burst = { claims: config.burst, sentMs, drainedMs: sentMs + drained.ms };
    if (burstProfiled.length) {
      toggleProfiles(svc.proc.child.pid);
      console.log(`CPU profiles of pids ${burstProfiled.join(', ')} over the burst: ${process.env.BENCH_PROFILE_DIR}`);
    }
    console.log(`sent in ${secs(sentMs)}, queues empty ${secs(burst.drainedMs)} after the first request`);
  }

  let steps = null;
  if (config.rateStep) {
    steps = [];
    for (const rate of config.steps) {
      const rates = { ...config.rates, claims: rate, sources: rate / 50 };
      console.log(`\nrate step: ${rate} claims/s, ${rate / 50} sources/s, reads as above, ${config.stepSeconds} s`);
      const result = await phase({ svc, key, ids, rates, seconds: config.stepSeconds, seed: 100 + rate, sampler, label: `step ${rate} claims/s` });
      const l = result.lags;
      const bounded = !result.trend.growing && l.corroboration.notDone === 0 && l.extraction.notDone === 0 &&
        (l.corroboration.p95 ?? Infinity) <= 2000 && (l.extraction.p95 ?? 0) <= 2000;
      steps.push({ claimsPerSecond: rate, bounded, lags: l, trend: result.trend, routes: result.routes, drainAfterLoadMs: result.drainAfterLoadMs });
      printPhase(result);
      console.log(`=> ${bounded ? 'bounded' : 'NOT bounded'}`);
      if (!bounded) break;
    }
  }

  const ceilingByRoute = config.ceilingSeconds > 0 ? await ceiling(svc, key, ids, temp) : {};
  const samples = sampler.stop();
  printPhase(load, ceilingByRoute);
  console.log('processes during the load phase:');
  const perProcess = Sampler.perProcess(load.samples);
  console.log(processLines(perProcess));
  const writeP99 = writesP99(load.recorders);
  const goals = judge({ routes: load.routes, writeP99, lags: load.lags, trend: load.trend, burst, steps });
  console.log(`\ngoals (${cpus().length} cores, one host, SQLite, READ_CACHE=${config.readCache}, ` +
    `${config.claims.toLocaleString('en-US')} claims + ${config.sources.toLocaleString('en-US')} sources preloaded):\n${goalLines(goals)}`);
  if (receiver.invalid()) console.log(`warning: ${receiver.invalid()} webhook deliveries failed signature verification`);

  const out = join(RESULTS, 'desk-latest.json');
  writeFileSync(out, JSON.stringify({
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    settings: { ...config, cacheDir: relative(ROOT, config.cacheDir) },
    preload: preloadFigures,
    load: { ...load, recorders: undefined, samples: undefined, backlogSeries: backlogSeries(load.samples), processes: perProcess },
    burst,
    steps,
    ceiling: ceilingByRoute,
    goals,
    samples,
  }, null, 2));
  console.log(`\nresults: ${relative(ROOT, out)}`);
  return goals.every((g) => g.pass) ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\ndesk benchmark failed: ${error.stack ?? error.message}`);
  for (const proc of withLogs) {
    const tail = proc.logTail(20);
    if (tail) console.error(`last lines of the ${proc.name} log:\n${tail}`);
  }
} finally {
  await cleanup();
}
process.exit(exitCode);
