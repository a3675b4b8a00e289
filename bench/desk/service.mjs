// The service as the README starts it after a build (`node dist/main.js`), on a database of its own,
// and the cache of prepared databases: preloading through the API takes long, so a database that has
// been preloaded and drained is kept, keyed by the parameters and the built code, and copied for
// every run (a run writes to it, so it is never used in place).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startNode, waitForHealth } from '../lib/processes.mjs';

const HOST = '127.0.0.1';
const DB_FILES = ['claimdesk.sqlite', 'claimdesk.sqlite-wal', 'claimdesk.sqlite-shm'];

/** A digest of every file under dir (names and contents): the code version of the build. */
function treeDigest(dir, hash = createHash('sha256')) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) treeDigest(path, hash);
    else if (!name.endsWith('.map')) hash.update(name).update(readFileSync(path));
  }
  return hash;
}

/** The cache entry's directory name: what was preloaded, how, and by which build. */
export function cacheKey(root, params) {
  const hash = treeDigest(join(root, 'dist'));
  hash.update(JSON.stringify(params));
  hash.update(readFileSync(new URL('./corpus.mjs', import.meta.url)));
  hash.update(readFileSync(new URL('./preload.mjs', import.meta.url)));
  return `c${params.claims}-s${params.sources}-${hash.digest('hex').slice(0, 16)}`;
}

export function readCache(dir) {
  const meta = join(dir, 'meta.json');
  return existsSync(meta) && existsSync(join(dir, DB_FILES[0])) ? JSON.parse(readFileSync(meta, 'utf8')) : null;
}

/** Moves a stopped service's database into the cache (written to a side directory first, so a half entry is never read). */
export function saveCache(dir, fromDir, meta) {
  const side = `${dir}.partial-${process.pid}`;
  rmSync(side, { recursive: true, force: true });
  mkdirSync(side, { recursive: true });
  for (const f of DB_FILES) if (existsSync(join(fromDir, f))) copyFileSync(join(fromDir, f), join(side, f));
  writeFileSync(join(side, 'meta.json'), JSON.stringify(meta));
  rmSync(dir, { recursive: true, force: true });
  renameSync(side, dir);
}

export function copyDatabase(fromDir, toDir) {
  for (const f of DB_FILES) if (existsSync(join(fromDir, f))) copyFileSync(join(fromDir, f), join(toDir, f));
}

/** Starts `node dist/main.js` with the benchmark's environment; resolves once /health answers 200. */
export async function startService(root, { dir, redisUrl, queuePrefix, adminKey, readCache, logLevel, name = 'claimdesk', onStart }) {
  const port = await freePort(HOST);
  const env = {
    PATH: process.env.PATH,
    HOST,
    PORT: String(port),
    DATABASE_PATH: join(dir, DB_FILES[0]),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    ADMIN_API_KEY: adminKey,
    RATE_LIMIT: '0',
    LOG_LEVEL: logLevel,
    READ_CACHE: readCache ? 'true' : 'false',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    // the process layout is the service's default unless asked for (0: workers inside the API process)
    ...(process.env.WORKER_PROCESSES !== undefined && { WORKER_PROCESSES: process.env.WORKER_PROCESSES }),
    ...(process.env.BENCH_PROFILE_DIR && { BENCH_PROFILE_DIR: process.env.BENCH_PROFILE_DIR }),
  };
  const proc = startNode(name, join(root, 'dist', 'main.js'), { env, cwd: dir, logFile: join(dir, `${name}.log`) });
  onStart?.(proc);
  const base = `http://${HOST}:${port}`;
  await waitForHealth(proc, `${base}/health`, 120_000);
  return { proc, base, port };
}
