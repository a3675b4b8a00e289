// Webhook delivery benchmark: `npm run bench:webhooks` (builds first).
//
// Measures, on this machine and loopback only:
//  1. end-to-end latency from the API's response to a local receiver getting the event (p50, p99),
//     at 50 and 500 events/s (POST /v1/webhooks/:id/ping: event + outbox + relay + fan-out + queue +
//     signed POST), and at 50 claims/s through POST /v1/claims (claim.created, with the other
//     background work a claim starts);
//  2. the maximum sustained deliveries/s: a backlog of events written to the outbox at once;
//  3. beside both, a bare BullMQ worker posting the same signed payloads with undici to the same
//     receiver in the same run: the ceiling.
// Goals (issue 4): p50 < 20 ms and p99 < 100 ms at 50 events/s; sustained >= half the bare ceiling.
//
// Environment: REDIS_URL (else 127.0.0.1:6379, else a private redis-server), BENCH_SUSTAINED_EVENTS
// (default 20000), BENCH_SECONDS (seconds per latency phase, default 8).
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, connect } from 'node:net';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (process.argv.includes('--bare-worker')) {
  await bareWorker();
} else {
  await main();
}

/** The ceiling: a plain BullMQ worker that POSTs each job's prepared body and headers with undici. */
async function bareWorker() {
  const { Worker } = await import('bullmq');
  const { Agent, request } = await import('undici');
  const agent = new Agent({ keepAliveTimeout: 4000 });
  const url = process.env.TARGET_URL;
  const worker = new Worker(
    'bare-webhooks',
    async (job) => {
      const res = await request(url, { method: 'POST', body: job.data.body, headers: job.data.headers, dispatcher: agent });
      await res.body.text();
      if (res.statusCode >= 300) throw new Error(`HTTP ${res.statusCode}`);
    },
    {
      connection: redisOptions(process.env.REDIS_URL, { maxRetriesPerRequest: null }),
      prefix: process.env.QUEUE_PREFIX,
      concurrency: Number(process.env.CONCURRENCY ?? 50),
      removeOnComplete: { count: 1000 },
    },
  );
  await worker.waitUntilReady();
  process.send?.({ type: 'ready' });
  process.on('SIGTERM', async () => {
    await worker.close();
    await agent.close();
    process.exit(0);
  });
}

async function main() {
  const { default: Database } = await import('better-sqlite3');
  const { Queue } = await import('bullmq');
  const { Redis } = await import('ioredis');
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first');
  const { buildHeaders, unixSeconds } = await import('../dist/webhooks/signing.js');
  const { webhookBody } = await import('../dist/webhooks/webhook-body.js');

  const seconds = Number(process.env.BENCH_SECONDS ?? 8);
  const sustainedEvents = Number(process.env.BENCH_SUSTAINED_EVENTS ?? 20000);
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-webhooks-'));
  const children = [];
  let redisServer = null;
  const cleanup = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    redisServer?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  // Children must not outlive a crash of this process.
  process.on('exit', () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    redisServer?.kill('SIGTERM');
  });

  try {
    // --- Redis
    let redisUrl = process.env.REDIS_URL;
    if (!redisUrl && (await redisAnswers(6379))) redisUrl = 'redis://127.0.0.1:6379';
    if (!redisUrl) {
      const port = await freePort();
      redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !(await redisAnswers(port)); i++) await sleep(50);
      redisUrl = `redis://127.0.0.1:${port}`;
    }
    const runId = randomBytes(4).toString('hex');
    const appPrefix = `bench-wh-${runId}`;
    const barePrefix = `bench-bare-${runId}`;

    // --- the receiver: records when each webhook-id arrives
    const arrivals = new Map(); // webhook-id -> [times]
    let arrivalCount = 0;
    const arrivalLog = [];
    // Keyed by webhook-id; claim.created by the claim id in the body, which is what the API answered with.
    const receiver = createServer((req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const at = now();
        arrivalCount++;
        arrivalLog.push(at);
        const payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const key = payload.type === 'claim.created' ? payload.data.claimId : req.headers['webhook-id'];
        const list = arrivals.get(key);
        if (list) list.push(at);
        else arrivals.set(key, [at]);
        res.writeHead(204).end();
      });
    });
    receiver.keepAliveTimeout = 10_000;
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;

    // --- the app: API and workers in one process, as `node dist/main.js` runs it
    const adminKey = `bench-admin-${randomBytes(12).toString('hex')}`;
    const appPort = await freePort();
    const dbPath = join(dir, 'claimdesk.sqlite');
    // BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the app.
    const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const app = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(appPort),
        HOST: '127.0.0.1',
        DATABASE_PATH: dbPath,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: appPrefix,
        ADMIN_API_KEY: adminKey,
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
        RATE_LIMIT: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(app);
    const base = `http://127.0.0.1:${appPort}`;
    const auth = { authorization: `Bearer ${adminKey}` };
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 300) throw new Error('the app did not start within 30 s');
      await sleep(100);
    }
    const api = async (method, path, body) => {
      const headers = body === undefined ? auth : { ...auth, 'content-type': 'application/json' };
      const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    };
    const hook = await api('POST', '/v1/webhooks', { url: receiverUrl, events: ['*'], description: 'bench' });
    if (hook.status !== 201) throw new Error(`could not subscribe: ${hook.status} ${JSON.stringify(hook.body)}`);
    const checker = await api('POST', '/v1/users', { name: 'Bench checker', role: 'fact_checker' });
    const checkerAuth = { authorization: `Bearer ${checker.body.apiKey}`, 'content-type': 'application/json' };

    // --- the bare worker
    const bare = spawn(process.execPath, [fileURLToPath(import.meta.url), '--bare-worker'], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: redisUrl, QUEUE_PREFIX: barePrefix, TARGET_URL: receiverUrl, CONCURRENCY: '50' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(bare);
    await new Promise((resolve, reject) => {
      bare.once('message', resolve);
      bare.once('exit', (code) => reject(new Error(`bare worker exited (${code})`)));
    });
    const bareQueue = new Queue('bare-webhooks', { connection: redisOptions(redisUrl, { enableOfflineQueue: false }), prefix: barePrefix });
    await bareQueue.waitUntilReady();

    const signedPayload = (type, data) => {
      const event = { id: randomUUID(), type, timestamp: new Date().toISOString(), data: JSON.stringify(data) };
      const body = webhookBody(event);
      return { id: event.id, body, headers: buildHeaders([hook.body.secret], event.id, unixSeconds(), body) };
    };

    // warm-up: connections, JIT, prepared statements
    await openLoop(20, 2, async () => api('POST', `/v1/webhooks/${hook.body.id}/ping`));
    await sleep(500);

    const results = { machine: { cpus: cpus().length, node: process.version }, latency: [], sustained: {} };

    // --- 1. latency
    const apiPhase = async (label, rate, fire) => {
      const sent = [];
      await openLoop(rate, seconds, async () => {
        const started = now();
        const { id } = await fire();
        sent.push({ id, started, responded: now() });
      });
      const deadline = now() + 10_000;
      while (sent.some((s) => !arrivals.has(s.id)) && now() < deadline) await sleep(20);
      const fromResponse = [];
      const fromRequest = [];
      let early = 0;
      let lost = 0;
      for (const s of sent) {
        const at = arrivals.get(s.id)?.[0];
        if (at === undefined) {
          lost++;
          continue;
        }
        if (at < s.responded) early++;
        fromResponse.push(Math.max(0, at - s.responded));
        fromRequest.push(at - s.started);
      }
      const row = {
        label, rate, events: sent.length, lost, arrivedBeforeResponse: early,
        p50: pct(fromResponse, 50), p99: pct(fromResponse, 99), max: pct(fromResponse, 100),
        fromRequestP50: pct(fromRequest, 50), fromRequestP99: pct(fromRequest, 99),
      };
      results.latency.push(row);
      console.log(
        `${label.padEnd(44)} ${String(rate).padStart(4)}/s  n=${sent.length}  p50 ${fmt(row.p50)}  p99 ${fmt(row.p99)}  max ${fmt(row.max)}` +
          `  (from request: p50 ${fmt(row.fromRequestP50)}, p99 ${fmt(row.fromRequestP99)})  lost ${lost}`,
      );
      await sleep(1000);
    };
    const ping = async () => {
      const res = await api('POST', `/v1/webhooks/${hook.body.id}/ping`);
      if (res.status !== 202) throw new Error(`ping answered ${res.status}`);
      return { id: res.body.eventId };
    };
    const bareAdd = async () => {
      const payload = signedPayload('verdict.approved', { claimId: randomUUID(), verdictId: randomUUID(), rating: 'false', actor: 'bench', version: 3 });
      await bareQueue.add('post', { body: payload.body, headers: payload.headers }, { removeOnComplete: { count: 1000 } });
      return { id: payload.id };
    };
    let claimNo = 0;
    const createClaim = async () => {
      const n = claimNo++;
      const body = n % 2 === 0
        ? { text: `Warehouse ${n} held ${n + 12} tonnes of seed potatoes.`, claimant: { name: 'Farm cooperative' }, language: 'en' }
        : { text: `Im Speicher ${n} lagerten ${n + 12} Tonnen Saatkartoffeln.`, claimant: { name: 'Genossenschaft' }, language: 'de' };
      const res = await fetch(`${base}/v1/claims`, { method: 'POST', headers: checkerAuth, body: JSON.stringify(body) });
      const claim = await res.json();
      if (res.status !== 201) throw new Error(`claim answered ${res.status}`);
      return { id: claim.id };
    };

    console.log(`\nlatency, from the API response (bare worker: from queue.add resolving) to the receiver, ${seconds} s per phase`);
    await apiPhase('claimdesk: POST /ping -> webhook', 50, ping);
    await apiPhase('bare BullMQ: queue.add -> POST', 50, bareAdd);
    await apiPhase('claimdesk: POST /ping -> webhook', 500, ping);
    await apiPhase('bare BullMQ: queue.add -> POST', 500, bareAdd);
    await apiPhase('claimdesk: POST /v1/claims -> claim.created', 50, createClaim);

    // --- 2. sustained throughput: a backlog, measured between 10 % and 90 % of the arrivals
    const sustained = async (label, start, count) => {
      const first = arrivalCount;
      const startedAt = now();
      await start();
      const deadline = now() + 180_000;
      while (arrivalCount - first < count && now() < deadline) await sleep(50);
      const log = arrivalLog.slice(first, first + count);
      const lo = log[Math.floor(count * 0.1)];
      const hi = log[Math.floor(count * 0.9) - 1];
      const rate = ((Math.floor(count * 0.9) - Math.floor(count * 0.1)) / ((hi - lo) / 1000));
      const total = count / ((log[log.length - 1] - startedAt) / 1000);
      console.log(`${label.padEnd(44)} ${count} deliveries: ${Math.round(rate)}/s steady (10-90 %), ${Math.round(total)}/s overall, ${arrivalCount - first < count ? 'INCOMPLETE' : 'all arrived'}`);
      return { count, steadyPerSecond: Math.round(rate), overallPerSecond: Math.round(total), complete: arrivalCount - first >= count };
    };

    // The machine may be shared: alternate the two a few times and keep each one's best round.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
    console.log(`\nsustained throughput, ${sustainedEvents} events written at once, ${rounds} alternating rounds`);
    const ours = [];
    const bareRuns = [];
    for (let round = 0; round < rounds; round++) {
      // claimdesk: verdict.approved events (no other feature routes them) written straight into the outbox,
      // as another process would; the relay's poll picks them up.
      ours.push(await sustained('claimdesk: outbox -> webhooks', async () => {
        const db = new Database(dbPath);
        db.pragma('busy_timeout = 5000');
        const insert = db.prepare('INSERT INTO events (id, type, timestamp, data) VALUES (?, ?, ?, ?)');
        db.transaction(() => {
          for (let i = 0; i < sustainedEvents; i++) {
            insert.run(randomUUID(), 'verdict.approved', new Date().toISOString(),
              JSON.stringify({ claimId: randomUUID(), verdictId: randomUUID(), rating: 'false', actor: 'bench', version: 3 }));
          }
        })();
        db.close();
      }, sustainedEvents));
      await sleep(1000);
      bareRuns.push(await sustained('bare BullMQ worker -> POST', async () => {
        await bareQueue.pause();
        for (let i = 0; i < sustainedEvents; i += 1000) {
          const jobs = [];
          for (let j = i; j < Math.min(sustainedEvents, i + 1000); j++) {
            const payload = signedPayload('verdict.approved', { claimId: randomUUID(), verdictId: randomUUID(), rating: 'false', actor: 'bench', version: 3 });
            jobs.push({ name: 'post', data: { body: payload.body, headers: payload.headers }, opts: { removeOnComplete: { count: 1000 } } });
          }
          await bareQueue.addBulk(jobs);
        }
        await bareQueue.resume();
      }, sustainedEvents));
      await sleep(1000);
    }
    const best = (runs) => runs.reduce((a, b) => (b.steadyPerSecond > a.steadyPerSecond ? b : a));
    results.sustained.claimdesk = { ...best(ours), rounds: ours.map((r) => r.steadyPerSecond) };
    results.sustained.bare = { ...best(bareRuns), rounds: bareRuns.map((r) => r.steadyPerSecond) };
    console.log(`best: claimdesk ${results.sustained.claimdesk.steadyPerSecond}/s, bare ${results.sustained.bare.steadyPerSecond}/s`);
    const ratio = results.sustained.claimdesk.steadyPerSecond / results.sustained.bare.steadyPerSecond;
    results.sustained.ratio = Math.round(ratio * 100) / 100;

    const at50 = results.latency.find((r) => r.label.startsWith('claimdesk: POST /ping') && r.rate === 50);
    results.goals = {
      p50Under20msAt50: at50.p50 < 20,
      p99Under100msAt50: at50.p99 < 100,
      sustainedAtLeastHalfOfBare: ratio >= 0.5,
    };
    console.log(`\ngoals: p50 < 20 ms at 50/s: ${at50.p50 < 20 ? 'met' : 'MISSED'} (${fmt(at50.p50)}); p99 < 100 ms at 50/s: ${at50.p99 < 100 ? 'met' : 'MISSED'} (${fmt(at50.p99)}); sustained >= 0.5 x bare: ${ratio >= 0.5 ? 'met' : 'MISSED'} (${results.sustained.ratio})`);
    const resultsDir = join(HERE, 'results');
    if (existsSync(resultsDir)) writeFileSync(join(resultsDir, 'webhooks-latest.json'), JSON.stringify(results, null, 2) + '\n');

    await bareQueue.obliterate({ force: true }).catch(() => undefined);
    await bareQueue.close();
    app.kill('SIGTERM');
    bare.kill('SIGTERM');
    await Promise.all([app, bare].map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))));
    receiver.close();
    receiver.closeAllConnections();
    const redis = new Redis(redisUrl);
    for (const prefix of [appPrefix, barePrefix]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    }
    redis.disconnect();
  } finally {
    cleanup();
  }
}

/** Fires `fire` at `rate` per second for `seconds`, on schedule (open loop), and waits for all to finish. */
async function openLoop(rate, seconds, fire) {
  const total = Math.round(rate * seconds);
  const period = 1000 / rate;
  const start = now();
  const pending = [];
  let failure = null;
  for (let i = 0; i < total && failure === null; i++) {
    const due = start + i * period;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    pending.push(fire().catch((error) => (failure ??= error)));
  }
  await Promise.all(pending);
  if (failure) throw failure;
}

function pct(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function fmt(ms) {
  return Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(1)} ms`;
}

function redisOptions(url, extra) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379), ...(u.password ? { password: decodeURIComponent(u.password) } : {}), ...extra };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
