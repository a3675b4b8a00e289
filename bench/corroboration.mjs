// Corroboration benchmark: how one check, one ingest and one ingest's reverse lookup scale with the
// number of held sources, and how many check jobs the queue runs per second.
// Run it with `npm run bench:corroboration` (which builds first). Needs Redis for the jobs/s figure:
// REDIS_URL, else a private redis-server if one is installed (else that figure is skipped).
//
// For each size (BENCH_SIZES, default 10000,100000 sources) the same temporary database (the app's own
// migrations) grows to that size. Sources are synthetic and deterministic: German and English, 4–8
// sentences from a 30,000-word generated vocabulary (Zipf-like), grouped in topics that share words,
// an entity and a key figure (so sources really do corroborate one another), 8 % reprints of an earlier
// source under a new header. They are loaded through the ingest code (SourceIndex: fingerprint, LSH
// band look-up, passages + FTS5), the CPU part in worker threads. One open claim per 5 sources, taken
// from a source sentence, half of them citing it, with their salient terms indexed. Then, timed:
//   - check: CorroborationService.check (FTS5 bm25 query, stance, report + claim update + event in one
//     write) for BENCH_SAMPLE (200) random claims;
//   - ingest: prepare (fingerprint, passages, terms) + the write (origin look-up through the bands,
//     source row, bands, passages, FTS rows) for BENCH_SAMPLE new sources;
//   - per new source: CorroborationService.mergeSource for each of those new sources, the whole
//     background work a source sets off (the `source_merge` job: reverse lookup over the open
//     claims' terms, the new passages scored against each claim found, merged reports written);
//     the lookup alone (claimsSpokenToBy) is timed beside it;
//   - jobs/s: BENCH_JOBS (400) check jobs through BullMQ with the app's default worker concurrency
//     (settings.jobs.concurrency.corroboration), app and workers in this process.
// Then, on the largest of those source sets, the claims held grow to each of BENCH_CLAIM_SIZES
// (default 10000,100000,1000000) and, at each, the cost per new claim (one full check) and per new
// source (ingest, then mergeSource) is measured again: what a desk with that many claims pays.
// Claims (all sizes) are generated rows written straight into the database, each with a generated
// empty report (uncorroborated, as if checked before any source spoke to it), not through the
// write path and not checked one by one: a 1M-claim desk built that way is a ceiling measurement
// of the background cost, labelled as such in the output.
// Results: console, and bench/results/corroboration-latest.json.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { sqliteDataSourceOptions } from '../dist/database/sqlite-options.js';
import { Db } from '../dist/database/db.js';
import { SystemClock } from '../dist/common/clock.js';
import { EventLog } from '../dist/events/event-log.js';
import { EventRouter } from '../dist/jobs/event-router.js';
import { loadSettings } from '../dist/config/settings.js';
import { SourceIndex } from '../dist/corroboration/source-index.js';
import { CorroborationService } from '../dist/corroboration/corroboration.service.js';
import { salientTerms } from '../dist/corroboration/index.js';
import { corroborationOptionsFrom } from '../dist/corroboration/corroboration-config.js';
import { createRandom } from './lib/corpus.mjs';
import { intEnv, sizesEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');

const SIZES = sizesEnv('10000,100000');
const CLAIM_SIZES = (process.env.BENCH_CLAIM_SIZES ?? '10000,100000,1000000').split(',').filter((x) => x.trim() !== '')
  .map((x) => {
    const n = Number(x.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CLAIM_SIZES: "${x}" is not a positive integer`);
    return n;
  }).sort((a, b) => a - b);
const SAMPLE = intEnv('BENCH_SAMPLE', 200);
const JOBS = process.env.BENCH_JOBS === '0' ? 0 : intEnv('BENCH_JOBS', 400); // 0: no jobs/s figure
const THREADS = intEnv('BENCH_THREADS', Math.max(1, Math.min(4, cpus().length)));
const SOURCES_PER_CLAIM = 5;
const TOPICS_PER_1000_SOURCES = 20;

// ---- deterministic synthetic text ----

// the same seeded generator as the API benchmark's corpus
const mulberry32 = (seed) => createRandom(seed).next;

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sel', 'dun', 'bra', 'phi', 'gor', 'nel', 'tas', 'wen', 'zu', 'fra',
  'quo', 'lin', 'mar', 'pek', 'sto', 'rup', 'hal', 'ben', 'cri', 'dov', 'eft', 'gla', 'ist', 'jor', 'kem', 'lum', 'nob', 'orp',
  'pra', 'ste', 'tru', 'ulm', 'vek', 'wis', 'yar', 'zel'];
const VOCABULARY = (() => {
  const rand = mulberry32(7);
  const words = new Set();
  while (words.size < 30000) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
})();
const FUNCTION_WORDS = {
  en: ['the', 'of', 'and', 'in', 'to', 'was', 'were', 'said', 'on', 'by', 'with', 'for', 'that', 'after', 'from', 'near'],
  de: ['der', 'die', 'das', 'und', 'in', 'von', 'mit', 'wurde', 'sagte', 'am', 'für', 'dass', 'nach', 'aus', 'bei', 'den'],
};
const ENTITIES = [
  ['Russia', 'Russland'], ['Moscow', 'Moskau'], ['China', 'China'], ['Beijing', 'Peking'], ['Ukraine', 'Ukraine'],
  ['Kyiv', 'Kiew'], ['Washington', 'Washington'], ['Germany', 'Deutschland'], ['France', 'Frankreich'], ['Poland', 'Polen'],
  ['Iran', 'Iran'], ['Turkey', 'Türkei'], ['Japan', 'Japan'], ['India', 'Indien'], ['Taiwan', 'Taiwan'], ['Finland', 'Finnland'],
  ['Israel', 'Israel'], ['Syria', 'Syrien'], ['NATO', 'NATO'], ['United Nations', 'Vereinte Nationen'],
];

const zipf = (rand, n) => Math.floor(n * rand() ** 3);

function topicOf(t) {
  const rand = mulberry32(1_000_003 * (t + 1));
  return {
    words: Array.from({ length: 24 }, () => VOCABULARY[zipf(rand, VOCABULARY.length)]),
    entity: ENTITIES[Math.floor(rand() * ENTITIES.length)],
    figure: String(10 + Math.floor(rand() * 9000)),
  };
}

function sentence(rand, lang, topic) {
  const length = 10 + Math.floor(rand() * 10);
  const words = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.3) words.push(FUNCTION_WORDS[lang][Math.floor(rand() * FUNCTION_WORDS[lang].length)]);
    else if (r < 0.7) words.push(topic.words[Math.floor(rand() * topic.words.length)]);
    else words.push(VOCABULARY[zipf(rand, VOCABULARY.length)]);
  }
  if (rand() < 0.6) words.splice(Math.floor(rand() * words.length), 0, topic.entity[lang === 'en' ? 0 : 1]);
  if (rand() < 0.5) words.splice(Math.floor(rand() * words.length), 0, rand() < 0.7 ? topic.figure : String(Math.floor(rand() * 100000)));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** Source n: topic, language and sentences follow from n alone. */
function baseSource(n, topics) {
  const rand = mulberry32(n + 1);
  const topicId = Math.floor(rand() * topics);
  const lang = rand() < 0.3 ? 'de' : 'en';
  const topic = topicOf(topicId);
  const count = 4 + Math.floor(rand() * 5);
  const sentences = Array.from({ length: count }, () => sentence(rand, lang, topic));
  return { lang, topicId, sentences, text: sentences.join(' ') };
}

function source(n, topics) {
  const rand = mulberry32(0x9e3779b9 ^ n);
  if (n > 10 && rand() < 0.08) {
    const of = Math.floor(rand() * n);
    const base = source(of, topics); // the text as held, itself maybe a reprint
    const header = base.lang === 'en' ? `Reprinted by outlet ${n}.` : `Nachdruck von Verlag ${n}.`;
    return { ...base, text: `${header} ${base.text}`, reprintOf: of };
  }
  return { ...baseSource(n, topics), reprintOf: null };
}

// ---- worker threads: text generation and the CPU part of ingest ----

function prepareInThreads(from, to, topics, onBatch) {
  const per = Math.ceil((to - from) / THREADS);
  const runs = [];
  for (let t = 0; t < THREADS; t++) {
    const a = from + t * per;
    const b = Math.min(to, a + per);
    if (a >= b) continue;
    runs.push(new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { from: a, to: b, topics } });
      worker.on('message', (batch) => (batch === null ? resolve() : onBatch(batch)));
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`ingest thread exited with ${code}`)));
    }));
  }
  return Promise.all(runs);
}

// ---- measurements ----

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { n: samples.length, meanMs: samples.reduce((s, x) => s + x, 0) / samples.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) };
}

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

function insertSource(db, index, n, lang, text, prepared) {
  const id = `s${String(n).padStart(9, '0')}`;
  const now = new Date().toISOString();
  const originId = index.originFor(prepared)?.originId ?? id;
  db.run(
    `INSERT INTO sources (id, publisher, language, text, content_hash, origin_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    id, `Publisher ${n % 1499}`, lang, text, `h${n}`, originId, now,
  );
  index.store(id, prepared);
  return { id, originId };
}

async function loadSources(db, index, from, to, topics) {
  const t0 = performance.now();
  let reprints = 0;
  let clustered = 0;
  const pending = new Map();
  let next = from;
  // Sources are written in order, so a reprint always finds the source it copies.
  const drain = () => {
    db.write(() => {
      while (pending.has(next)) {
        const { lang, text, prepared, reprintOf } = pending.get(next);
        pending.delete(next);
        const { id, originId } = insertSource(db, index, next, lang, text, prepared);
        if (reprintOf !== null) {
          reprints++;
          if (originId !== id) clustered++;
        }
        next++;
      }
    });
  };
  await prepareInThreads(from, to, topics, (batch) => {
    for (const item of batch) pending.set(item.n, { ...item, reprintOf: source(item.n, topics).reprintOf });
    if (pending.has(next)) drain();
  });
  drain();
  if (next !== to) throw new Error(`loaded up to ${next}, expected ${to}`);
  return { ms: performance.now() - t0, reprints, clustered };
}

function loadClaims(db, from, to, sourceCount, topics, queryOptions) {
  // in chunks: one transaction per 20,000 claims keeps the WAL small at a million
  for (let at = from; at < to; at += 20_000) loadClaimChunk(db, at, Math.min(to, at + 20_000), sourceCount, topics, queryOptions);
}

function loadClaimChunk(db, from, to, sourceCount, topics, queryOptions) {
  const rand = mulberry32(424242 + from);
  const now = new Date().toISOString();
  db.write(() => {
    for (let k = from; k < to; k++) {
      const n = Math.floor(rand() * sourceCount);
      const s = baseSource(n, topics);
      const words = s.sentences[Math.floor(rand() * s.sentences.length)].replace(/\.$/, '').split(' ');
      const text = `${words.slice(0, 8 + Math.floor(rand() * 6)).join(' ')}.`;
      const id = `c${String(k).padStart(9, '0')}`;
      const { lastInsertRowid } = db.run(
        `INSERT INTO claims (id, text, language, claimant_name, origin, tags, created_at, updated_at, status_changed_at)
         VALUES (?, ?, ?, ?, 'manual', '[]', ?, ?, ?)`,
        id, text, s.lang, `Claimant ${k % 997}`, now, now, now,
      );
      if (k % 2 === 0) {
        db.run(`INSERT INTO claim_citations (id, claim_id, source_id, created_at) VALUES (?, ?, ?, ?)`,
          `cc${k}`, id, `s${String(n).padStart(9, '0')}`, now);
      }
      db.run('INSERT INTO claims_terms_fts (rowid, terms) VALUES (?, ?)', lastInsertRowid, salientTerms(text, s.lang, queryOptions).join(' '));
      // generated: as if checked before any source spoke to it, so a merge has a report to change
      db.run(`INSERT INTO corroboration_reports (claim_id, status, checked_at, independent_origins, evidence, claim_version)
              VALUES (?, 'uncorroborated', ?, 0, '[]', 1)`, id, now);
    }
  });
}

/** A new source on a held topic, ingested; then the background work it sets off, timed. */
async function measureSources(db, index, service, held, topics, next) {
  const ingestMs = [];
  const lookupMs = [];
  const mergeMs = [];
  let found = 0;
  let assessed = 0;
  let changed = 0;
  for (let k = 0; k < SAMPLE; k++) {
    const n = next();
    const s = source(n % held, topics);
    const text = `${s.text} Update ${n}: ${sentence(mulberry32(n), s.lang, topicOf(s.topicId))}`;
    const t0 = performance.now();
    const prepared = index.prepare(text, s.lang);
    const { id } = db.write(() => insertSource(db, index, n, s.lang, text, prepared));
    const t1 = performance.now();
    service.claimsSpokenToBy(id);
    const t2 = performance.now();
    const outcome = await service.mergeSource(id);
    mergeMs.push(performance.now() - t2);
    lookupMs.push(t2 - t1);
    ingestMs.push(t1 - t0);
    found += outcome.found;
    assessed += outcome.assessed;
    changed += outcome.changed;
  }
  return {
    ingest: stats(ingestMs), lookup: stats(lookupMs), perNewSource: stats(mergeMs),
    meanClaimsFound: found / SAMPLE, meanClaimsAssessed: assessed / SAMPLE, meanReportsChanged: changed / SAMPLE,
  };
}

function printSources(m) {
  console.log(`  ingest           p50 ${ms(m.ingest.p50Ms)} ms  p95 ${ms(m.ingest.p95Ms)} ms`);
  console.log(`  reverse lookup   p50 ${ms(m.lookup.p50Ms)} ms  p95 ${ms(m.lookup.p95Ms)} ms`);
  console.log(`  per new source   p50 ${ms(m.perNewSource.p50Ms)} ms  p95 ${ms(m.perNewSource.p95Ms)} ms  mean ${ms(m.perNewSource.meanMs)} ms  (lookup + merges: ${m.meanClaimsFound.toFixed(1)} claims found, ${m.meanClaimsAssessed.toFixed(1)} scored, ${m.meanReportsChanged.toFixed(1)} reports changed)`);
}

async function jobsPerSecond(dbPath, claimIds) {
  if (JOBS === 0) return { skipped: 'BENCH_JOBS=0' };
  let createApp;
  let resolveRedis;
  let JobGateway;
  try {
    ({ createApp } = await import('../dist/app.js'));
    ({ resolveRedis } = await import('../dist/redis/resolve-redis.js'));
    ({ JobGateway } = await import('../dist/jobs/job-gateway.js'));
  } catch (error) {
    return { skipped: `app did not load: ${error.message}` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-redis-'));
  const base = loadSettings({ ...process.env, NODE_ENV: 'bench' }, {
    database: { path: dbPath }, redis: { dataDir: dir }, log: { level: 'warn' },
    queue: { prefix: `cdbench-${randomBytes(4).toString('hex')}` },
  });
  let redis;
  try {
    redis = await resolveRedis(base);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `no Redis: ${error.message.split('\n')[0]}` };
  }
  const settings = { ...base, redis: { ...base.redis, url: redis.url } };
  const app = await createApp(settings);
  try {
    const gateway = app.get(JobGateway);
    const queue = gateway.queue('corroboration');
    const run = randomBytes(3).toString('hex');
    const t0 = performance.now();
    await Promise.all(Array.from({ length: JOBS }, (_, k) =>
      gateway.enqueue('corroboration', { claimId: claimIds[k % claimIds.length], reason: 'requested', key: `bench-${run}-${k}` })));
    for (;;) {
      const counts = await queue.getJobCounts('completed', 'failed');
      if (counts.completed + counts.failed >= JOBS) {
        const seconds = (performance.now() - t0) / 1000;
        return { jobs: JOBS, failed: counts.failed, seconds, jobsPerSecond: JOBS / seconds, concurrency: settings.jobs.concurrency.corroboration };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await app.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const settings = loadSettings({ NODE_ENV: 'bench' });
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-corroboration-'));
  const path = join(dir, 'bench.sqlite');
  const largest = SIZES.at(-1);
  const topics = Math.max(10, Math.round((largest / 1000) * TOPICS_PER_1000_SOURCES));
  console.log(`corroboration benchmark: sizes ${SIZES.join(', ')} sources, ${topics} topics, sample ${SAMPLE}, ${JOBS} jobs, ${THREADS} ingest threads`);

  const ds = new DataSource({ ...sqliteDataSourceOptions(path, 5000), autoLoadEntities: undefined, entities: [] });
  await ds.initialize(); // runs every migration
  await ds.destroy();
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -32000');
  const db = new Db(sqlite);
  const clock = new SystemClock();
  const index = new SourceIndex(db, settings);
  const service = new CorroborationService(db, clock, new EventLog(db, clock), null, null, new EventRouter(), settings);
  const queryOptions = corroborationOptionsFrom(settings.corroboration).query;

  const results = [];
  let held = 0;
  let claims = 0;
  let fresh = 10_000_000; // numbers of the sources ingested during the measurements
  try {
    for (const size of SIZES) {
      const load = await loadSources(db, index, held, size, topics);
      held = size;
      const claimTarget = Math.floor(size / SOURCES_PER_CLAIM);
      loadClaims(db, claims, claimTarget, held, topics, queryOptions);
      claims = claimTarget;
      sqlite.exec('ANALYZE');
      const passages = sqlite.prepare('SELECT COUNT(*) AS n FROM passages').get().n;
      console.log(`\n${size.toLocaleString('en-US')} sources (${passages.toLocaleString('en-US')} passages, ${claims.toLocaleString('en-US')} open claims): loaded in ${(load.ms / 1000).toFixed(1)} s; ${load.clustered}/${load.reprints} reprints joined their origin`);

      // one check
      const rand = mulberry32(size);
      const claimIds = Array.from({ length: SAMPLE }, () => `c${String(Math.floor(rand() * claims)).padStart(9, '0')}`);
      const checkMs = [];
      const statuses = {};
      let evidence = 0;
      for (const id of claimIds) {
        const t0 = performance.now();
        const outcome = await service.check(id);
        checkMs.push(performance.now() - t0);
        statuses[outcome.summary.status] = (statuses[outcome.summary.status] ?? 0) + 1;
        evidence += outcome.summary.supporting + outcome.summary.contradicting;
      }
      // one ingest and the background work it sets off
      const sources = await measureSources(db, index, service, held, topics, () => fresh++);
      const jobs = await jobsPerSecond(path, claimIds);

      const row = {
        sources: size, passages, openClaims: claims, loadSeconds: load.ms / 1000,
        reprints: load.reprints, reprintsClustered: load.clustered,
        check: stats(checkMs), checkOutcomes: statuses, meanEvidencePerCheck: evidence / SAMPLE,
        ...sources, jobs,
      };
      results.push(row);
      console.log(`  check            p50 ${ms(row.check.p50Ms)} ms  p95 ${ms(row.check.p95Ms)} ms  (mean ${row.meanEvidencePerCheck.toFixed(1)} supporting/contradicting; ${JSON.stringify(statuses)})`);
      printSources(sources);
      console.log(jobs.skipped
        ? `  jobs/s           skipped: ${jobs.skipped}`
        : `  jobs/s           ${jobs.jobsPerSecond.toFixed(0)} (${jobs.jobs} jobs in ${jobs.seconds.toFixed(1)} s, concurrency ${jobs.concurrency}, ${jobs.failed} failed)`);
    }

    // the desk grows: more claims held on the same sources
    const claimRows = [];
    for (const target of CLAIM_SIZES) {
      if (target <= claims) continue;
      const t0 = performance.now();
      loadClaims(db, claims, target, held, topics, queryOptions);
      claims = target;
      sqlite.exec('ANALYZE');
      console.log(`\n${claims.toLocaleString('en-US')} claims held (generated rows with generated reports: a ceiling measurement), ${held.toLocaleString('en-US')} sources: claims written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const checkMs = [];
      for (let k = 0; k < SAMPLE; k++) {
        // a new claim: one row like the others, then its one full check
        const id = `c${String(claims + k).padStart(9, '0')}`;
        loadClaims(db, claims + k, claims + k + 1, held, topics, queryOptions);
        const t1 = performance.now();
        await service.check(id);
        checkMs.push(performance.now() - t1);
      }
      claims += SAMPLE;
      const sources = await measureSources(db, index, service, held, topics, () => fresh++);
      const row = { claimsHeld: target, sources: held, generated: true, perNewClaim: stats(checkMs), ...sources };
      claimRows.push(row);
      console.log(`  per new claim    p50 ${ms(row.perNewClaim.p50Ms)} ms  p95 ${ms(row.perNewClaim.p95Ms)} ms  (one full check)`);
      printSources(sources);
    }
    results.push({ byClaimsHeld: claimRows });
  } finally {
    sqlite.close();
    if (process.env.BENCH_KEEP_DB) console.log(`database kept at ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'corroboration-latest.json'), `${JSON.stringify({ at: new Date().toISOString(), threads: THREADS, sample: SAMPLE, results }, null, 2)}\n`);
  console.log('\nwritten to bench/results/corroboration-latest.json');
}

// ---- entry: worker threads prepare sources, the main thread runs the benchmark ----

if (!isMainThread) {
  const { from, to, topics } = workerData;
  const index = new SourceIndex(null, loadSettings({ NODE_ENV: 'bench' }));
  const batch = [];
  for (let n = from; n < to; n++) {
    const s = source(n, topics);
    batch.push({ n, lang: s.lang, text: s.text, prepared: index.prepare(s.text, s.lang) });
    if (batch.length === 500 || n === to - 1) {
      parentPort.postMessage(batch.splice(0));
    }
  }
  parentPort.postMessage(null);
} else {
  await main();
}
