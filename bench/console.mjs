// Console benchmark: how soon the queue page is usable in a real browser on a desk of 100,000 claims,
// while claims keep arriving through the API. Run it with `npm run bench:console` (which builds first).
//
// What is timed, per page load, from the moment the browser is told to open /console/ (signed in, by
// its session cookie) until the queue answers the keyboard: the first rows are drawn and `j` has moved
// the selection to the second row. "cold" loads use a fresh browser context each time (nothing cached:
// the script, the styles and the session lookup all go over the wire); "warm" loads reuse one context,
// as a fact-checker reopening the console does (the hashed assets come from the browser's cache).
//
// The 100,000 claims are written straight into the SQLite file before the service takes load (as in
// bench:api: posting them would take minutes and this benchmark measures reads). Meanwhile a writer
// posts claims through the public API at BENCH_WRITE_RATE per second (20), so the pages are read from a
// desk that writes, with its background checks running.
//
// Knobs: BENCH_CLAIMS (100000), BENCH_LOADS (15) per kind, BENCH_WRITE_RATE (20; 0: an idle desk),
// CHROMIUM_PATH (/usr/bin/chromium). Goal (issue: the console): interactive within 1 s.
import { randomBytes } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createClaimBody, createRandom } from './lib/corpus.mjs';
import { intEnv } from './lib/env.mjs';
import { preloadClaims } from './lib/preload.mjs';
import { freePort, sleep, startNode, waitForHealth } from './lib/processes.mjs';
import { dropRedisKeys, resolveRedisUrl } from './lib/redis.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// the flags the browser tests use: without the background-networking ones Chromium keeps calling home
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const GOAL_MS = 1000;

const config = {
  claims: intEnv('BENCH_CLAIMS', 100_000),
  loads: intEnv('BENCH_LOADS', 15),
  writeRate: intEnv('BENCH_WRITE_RATE', 20),
};

const cleanups = [];
async function cleanup() {
  for (const step of cleanups.reverse()) {
    try {
      await step();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const summary = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) };
};

/**
 * The shipped script and styles, raw and as served (brotli, gzip): what the first load fetches (the
 * files index.html names) and everything, with the chunks of the pages opened later.
 */
function assetSizes() {
  const root = join(ROOT, 'dist', 'console-ui');
  const dir = join(root, 'assets');
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/\/console\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const files = readdirSync(dir).filter((name) => /\.(js|css)$/.test(name));
  const sizes = (names) => {
    const buffers = names.map((name) => readFileSync(join(dir, name)));
    return {
      raw: buffers.reduce((sum, b) => sum + b.length, 0),
      gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
      brotli: buffers.reduce((sum, b) => sum + brotliCompressSync(b).length, 0),
    };
  };
  const js = files.filter((name) => name.endsWith('.js'));
  return {
    firstJs: sizes(js.filter((name) => named.has(name))),
    allJs: sizes(js),
    css: sizes(files.filter((name) => name.endsWith('.css'))),
    chunks: js.length,
  };
}

/** Opens the queue and waits until it is drawn and answers `j`: the time a fact-checker waits. */
async function timeQueueLoad(page, base) {
  const started = performance.now();
  await page.goto(`${base}/console/`, { waitUntil: 'commit' });
  await page.locator('tbody tr[data-claim-id]').first().waitFor({ timeout: 30_000 });
  const drawn = performance.now() - started;
  const second = await page.locator('tbody tr[data-claim-id]').nth(1).getAttribute('data-claim-id');
  await page.keyboard.press('j');
  await page.locator(`tbody tr.selected[data-claim-id="${second}"]`).waitFor({ timeout: 30_000 });
  const interactive = performance.now() - started;
  // the page's own clock starts when its navigation starts: the console's mark, set once the first
  // queue page is on screen with its keys bound, leaves out the browser's set-up of a new tab and the
  // automation's round trips
  const inPage = await page.evaluate(() => performance.getEntriesByName('claimdesk:queue-drawn')[0]?.startTime ?? Number.NaN);
  if (process.env.BENCH_WATERFALL === '1') {
    console.log(await page.evaluate(() => performance.getEntries().map((e) => `${e.entryType} ${e.name.replace(location.origin, '')} start ${Math.round(e.startTime)} end ${Math.round(e.startTime + e.duration)}`).join('\n')));
  }
  return { drawn, interactive, inPage };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'main.js')) || !existsSync(join(ROOT, 'dist', 'console-ui', 'index.html'))) {
    throw new Error('the service or its console is not built: run `npm run build` first (or use `npm run bench:console`)');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const redis = await resolveRedisUrl();
  const temp = mkdtempSync(join(tmpdir(), 'claimdesk-bench-console-'));
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
  const queuePrefix = `bench-console-${process.pid}-${Date.now().toString(36)}`;
  const apiKey = `bench_${randomBytes(24).toString('base64url')}`;
  const databasePath = join(temp, 'claimdesk.sqlite');
  const port = await freePort(HOST);
  const base = `http://${HOST}:${port}`;

  console.log(`claimdesk console benchmark — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium headless`);
  const service = startNode('claimdesk', join(ROOT, 'dist', 'main.js'), {
    cwd: temp, logFile: join(temp, 'service.log'),
    env: { PATH: process.env.PATH, HOST, PORT: String(port), DATABASE_PATH: databasePath, REDIS_URL: redis.url, QUEUE_PREFIX: queuePrefix, ADMIN_API_KEY: apiKey, RATE_LIMIT: '0', LOG_LEVEL: 'warn' },
  });
  cleanups.push(async () => {
    await service.stop();
    await dropRedisKeys(redis.url, queuePrefix);
  });
  await waitForHealth(service, `${base}/health`, 60_000);

  process.stdout.write(`preloading ${config.claims.toLocaleString('en-US')} claims… `);
  const preload = preloadClaims(databasePath, { count: config.claims });
  console.log(`${(preload.totalMs / 1000).toFixed(1)} s`);

  // the desk keeps writing: claims posted through the API at a fixed rate (open loop)
  let writing = config.writeRate > 0;
  const writes = { sent: 0, failed: 0 };
  const random = createRandom(11);
  const writer = (async () => {
    const started = performance.now();
    while (writing) {
      const due = started + (writes.sent * 1000) / config.writeRate;
      if (due > performance.now()) await sleep(due - performance.now());
      writes.sent += 1;
      fetch(`${base}/v1/claims`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(createClaimBody(random)) })
        .then((response) => { if (response.status !== 201) writes.failed += 1; return response.arrayBuffer(); })
        .catch(() => { writes.failed += 1; });
    }
  })();
  cleanups.push(async () => { writing = false; await writer; });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  cleanups.push(() => browser.close());
  const signIn = async (context) => {
    const page = await context.newPage();
    await page.goto(`${base}/console/`);
    await page.locator('#api-key').fill(apiKey);
    await page.locator('#api-key').press('Enter');
    await page.locator('tbody tr[data-claim-id]').first().waitFor({ timeout: 30_000 });
    return page;
  };

  // one unmeasured load warms the service (its statements, the first queue page) as any running desk is
  const warmUp = await browser.newContext();
  await signIn(warmUp);
  const state = await warmUp.storageState();
  await warmUp.close();

  const cold = [];
  for (let i = 0; i < config.loads; i += 1) {
    const context = await browser.newContext({ storageState: state });
    cold.push(await timeQueueLoad(await context.newPage(), base));
    await context.close();
  }
  const warmContext = await browser.newContext({ storageState: state });
  const warmPage = await warmContext.newPage();
  await timeQueueLoad(warmPage, base);
  const warm = [];
  for (let i = 0; i < config.loads; i += 1) warm.push(await timeQueueLoad(warmPage, base));
  await warmContext.close();

  writing = false;
  await writer;
  const sizes = assetSizes();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value) => `${Math.round(value)} ms`;
  const row = (name, samples) => {
    const drawn = summary(samples.map((s) => s.drawn));
    const interactive = summary(samples.map((s) => s.interactive));
    const inPage = summary(samples.map((s) => s.inPage));
    return `${name.padEnd(6)} drawn p50 ${ms(drawn.p50).padStart(7)}  interactive p50 ${ms(interactive.p50).padStart(7)}  p95 ${ms(interactive.p95).padStart(7)}  max ${ms(interactive.max).padStart(7)}` +
      `   queue drawn (page clock) p50 ${ms(inPage.p50)} p95 ${ms(inPage.p95)}`;
  };
  console.log(`\nqueue page, ${config.claims.toLocaleString('en-US')} claims, ${config.loads} loads each, ${config.writeRate} claims/s posted meanwhile (${writes.sent} sent, ${writes.failed} failed):`);
  console.log(row('cold', cold));
  console.log(row('warm', warm));
  console.log(`script of the first load ${kb(sizes.firstJs.raw)} (${kb(sizes.firstJs.brotli)} brotli, ${kb(sizes.firstJs.gzip)} gzip); ` +
    `all ${sizes.chunks} chunks ${kb(sizes.allJs.raw)} (${kb(sizes.allJs.brotli)} brotli); styles ${kb(sizes.css.raw)} (${kb(sizes.css.brotli)} brotli)`);
  const worst = summary(cold.map((s) => s.inPage)).p95;
  console.log(`goal: the queue drawn and answering keys within ${GOAL_MS} ms of navigation (cold, page clock, p95) — ${worst <= GOAL_MS ? 'met' : 'MISSED'}`);
  console.log('"interactive" is timed from outside the browser until `j` has moved the selection: an upper bound (it holds the automation\'s round trips)');
}

main()
  .then(cleanup)
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exitCode = 1;
  });
