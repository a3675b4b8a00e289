// Consistency benchmark: how the per-claim check (partner lookup + rules) and a full re-check scale with
// the number of stored quantities, and how fast the parser reads article text.
// Run it with `npm run bench:consistency` (which builds first); it starts nothing but SQLite.
//
// For each size (BENCH_SIZES, default 10000,100000,1000000 quantities) it creates a temporary database
// with the app's own migrations (TypeORM data source options of the app), bulk-loads synthetic claims
// (two quantities each) in one transaction with prepared statements, then times:
//   - the per-claim check: FlagFinder.evaluate (indexed partner lookup + range, single and part-sum rules)
//     for BENCH_SAMPLE (2000) random claims away from the ends of the date range, and the same claims
//     through the whole check (rules + flag persistence, one write transaction each);
//   - the full re-check: evaluate for every claim in the database (BENCH_SKIP_FULL=1 leaves it out);
//   - one crowded measure: BENCH_HOT (5000) more claims on one measure and subject (killed|RU) inside
//     one 14-day window, from BENCH_HOT_CLAIMANTS (40) claimants repeating a few figures, and the check
//     of BENCH_HOT_SAMPLE (300) of them with the bounded partner lookup (src/consistency/partner-bound.ts,
//     the default) and, for comparison, without a bound (every figure in the window, as before).
// Claims arrive at a constant rate (BENCH_QUANTITIES_PER_DAY, default 100), as on a desk that keeps
// working: a bigger database covers a longer period, so the figures within one 14-day window stay as many.
// The per-claim time must then stay flat; the growth factor from the smallest to the largest size says so.
// Results: console, and bench/results/consistency-latest.json.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { sqliteDataSourceOptions } from '../dist/database/sqlite-options.js';
import { Db } from '../dist/database/db.js';
import { SystemClock } from '../dist/common/clock.js';
import { EventLog } from '../dist/events/event-log.js';
import { ClaimHistory } from '../dist/claims/claim-history.js';
import { DEFAULT_PARTNER_BOUND, FlagFinder } from '../dist/consistency/flag-finder.js';
import { QUANTITY_COLUMNS } from '../dist/claims/claim-quantities.js';
import { FlagsService } from '../dist/consistency/flags.service.js';
import { DEFAULT_CONSISTENCY_OPTIONS, measureKey } from '../dist/consistency/rules.js';
import { extractQuantities } from '../dist/quantities/index.js';
import { createRandom } from './lib/corpus.mjs';
import { intEnv, sizesEnv } from './lib/env.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const DAY_MS = 86_400_000;

const sizes = sizesEnv('10000,100000,1000000');
const SAMPLE = intEnv('BENCH_SAMPLE', 2000);
const PER_DAY = intEnv('BENCH_QUANTITIES_PER_DAY', 100);
const PARSER_KB = intEnv('BENCH_PARSER_KB', 512);
const THREADS = intEnv('BENCH_THREADS', Math.min(4, cpus().length));
// BENCH_SKIP_FULL=1 leaves out the full re-check (minutes at 1M on a busy machine)
const SKIP_FULL = process.env.BENCH_SKIP_FULL === '1';
const HOT = intEnv('BENCH_HOT', 5000);
const HOT_CLAIMANTS = intEnv('BENCH_HOT_CLAIMANTS', 40);
const HOT_SAMPLE = intEnv('BENCH_HOT_SAMPLE', 300);
const options = DEFAULT_CONSISTENCY_OPTIONS;

// ---- deterministic synthetic data ----

// the same seeded generator as the API benchmark's corpus
const mulberry32 = (seed) => createRandom(seed).next;

const MEASURES = [
  { measure: 'killed', unit: 'count', base: 8000 },
  { measure: 'wounded', unit: 'count', base: 20000 },
  { measure: 'casualties', unit: 'count', base: 30000 },
  { measure: 'troops', unit: 'count', base: 150000 },
  { measure: 'equipment', unit: 'count', base: 400 },
  { measure: 'aid', unit: 'USD', base: 5e9 },
  { measure: 'share', unit: 'percent', base: 40 },
];
const SUBJECTS = ['RU', 'UA', 'US', 'DE', 'KP', 'IL', 'PS', 'SY', 'SD', 'FR'];

const fmt = (n) => Math.round(n).toLocaleString('en-US');
/** Reported figures are round: 8,137 is written 8,100. */
function roundTo(x, digits) {
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, x))) + 1 - digits);
  return Math.max(1, Math.round(x / scale) * scale);
}

/**
 * One synthetic figure: most claimants report close to the current "true" value of a measure for a
 * subject (which drifts slowly), in varied forms; 4 % are far off (the conflicts a desk wants to see).
 * 30 % carry no comparison key (measure or subject unknown), as the parser leaves many figures unlabelled.
 */
function syntheticQuantity(rand, day) {
  const m = MEASURES[Math.floor(rand() * MEASURES.length)];
  const subjectIndex = Math.floor(rand() * SUBJECTS.length);
  const keyed = rand() >= 0.3;
  const truth = m.base * (1 + subjectIndex / 10) * (1 + day / 3650);
  const off = rand() < 0.04 ? (rand() < 0.5 ? 0.4 : 2.2) : 0.97 + rand() * 0.06;
  const value = roundTo(truth * off, 2);
  const kind = rand();
  let q;
  if (kind < 0.4) q = { text: fmt(value), min: value, max: value, minInclusive: true, maxInclusive: true, qualifier: 'exact' };
  else if (kind < 0.65) q = { text: `about ${fmt(value)}`, min: value, max: value, minInclusive: true, maxInclusive: true, qualifier: 'approx' };
  else if (kind < 0.8) {
    const lo = roundTo(value * 0.9, 2);
    const hi = roundTo(value * 1.15, 2);
    q = { text: `between ${fmt(lo)} and ${fmt(hi)}`, min: lo, max: hi, minInclusive: true, maxInclusive: true, qualifier: 'range' };
  } else if (kind < 0.92) {
    const lo = roundTo(value * 0.85, 2);
    q = { text: `more than ${fmt(lo)}`, min: lo, max: null, minInclusive: false, maxInclusive: false, qualifier: 'more_than' };
  } else {
    const hi = roundTo(value * 1.2, 2);
    q = { text: `up to ${fmt(hi)}`, min: null, max: hi, minInclusive: false, maxInclusive: true, qualifier: 'at_most' };
  }
  return {
    ...q,
    unit: m.unit,
    measure: keyed ? m.measure : null,
    subject: keyed ? SUBJECTS[subjectIndex] : null,
  };
}

/** A claim text holding both figures at the recorded offsets (part sums read the text between them). */
function syntheticClaim(rand, n, day) {
  const q1 = syntheticQuantity(rand, day);
  const q2 = syntheticQuantity(rand, day);
  const head = `Source ${n} reported `;
  const middle = rand() < 0.1 ? ', of which ' : ' and separately ';
  const text = `${head}${q1.text}${middle}${q2.text} in the period.`;
  const s1 = head.length;
  const s2 = s1 + q1.text.length + middle.length;
  return {
    text,
    quantities: [
      { ...q1, start: s1, end: s1 + q1.text.length },
      { ...q2, start: s2, end: s2 + q2.text.length },
    ],
  };
}

const claimId = (i) => `c${String(i).padStart(8, '0')}`;

// ---- schema from the app's migrations ----

async function migratedDatabase(path) {
  const ds = new DataSource({ ...sqliteDataSourceOptions(path, 5000), autoLoadEntities: undefined, entities: [] });
  await ds.initialize(); // runs every migration (migrationsRun)
  await ds.destroy();
}

function load(sqlite, quantityCount) {
  const claims = Math.ceil(quantityCount / 2);
  const days = Math.max(1, Math.ceil(quantityCount / PER_DAY));
  const start = Date.UTC(2020, 0, 1);
  const rand = mulberry32(42);
  const insertClaim = sqlite.prepare(
    `INSERT INTO claims (id, text, language, claimant_name, claimed_at, origin, tags, created_at, updated_at, status_changed_at)
     VALUES (?, ?, 'en', ?, ?, 'manual', '[]', ?, ?, ?)`,
  );
  const insertQuantity = sqlite.prepare(
    `INSERT INTO claim_quantities (claim_id, idx, text, start, "end", min, max, min_inclusive, max_inclusive, qualifier, unit,
       measure, subject, measure_key, reference_date, claimant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids = new Array(claims);
  const dates = new Float64Array(claims);
  const t0 = performance.now();
  sqlite.pragma('foreign_keys = OFF');
  sqlite.transaction(() => {
    for (let i = 0; i < claims; i++) {
      const id = claimId(i);
      // claims arrive in order over the period, at a constant rate
      const offset = Math.floor((i / claims) * days * DAY_MS + rand() * 3_600_000);
      const at = new Date(start + offset).toISOString();
      const claim = syntheticClaim(rand, i, offset / DAY_MS);
      const claimant = `Claimant ${i % 997}`;
      insertClaim.run(id, claim.text, claimant, at, at, at, at);
      claim.quantities.forEach((q, idx) => {
        insertQuantity.run(id, idx, q.text, q.start, q.end, q.min, q.max, q.minInclusive ? 1 : 0, q.maxInclusive ? 1 : 0,
          q.qualifier, q.unit, q.measure, q.subject, measureKey(q), at, claimant);
      });
      ids[i] = id;
      dates[i] = Date.parse(at);
    }
  })();
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec('ANALYZE');
  return { ids, dates, days, claims, loadMs: performance.now() - t0 };
}

/**
 * The crowded case: HOT claims about Russian soldiers killed within one window in the middle of the
 * period. Each claimant repeats one of a few figures (near the truth, a few far off), as wire copy does.
 */
function loadHot(sqlite, data) {
  const rand = mulberry32(99);
  const center = Date.UTC(2020, 0, 1) + Math.floor(data.days / 2) * DAY_MS;
  const window = options.windowDays * DAY_MS;
  const insertClaim = sqlite.prepare(
    `INSERT INTO claims (id, text, language, claimant_name, claimed_at, origin, tags, created_at, updated_at, status_changed_at)
     VALUES (?, ?, 'en', ?, ?, 'manual', '[]', ?, ?, ?)`,
  );
  const insertQuantity = sqlite.prepare(
    `INSERT INTO claim_quantities (claim_id, idx, text, start, "end", min, max, min_inclusive, max_inclusive, qualifier, unit,
       measure, subject, measure_key, reference_date, claimant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'count', 'killed', 'RU', 'killed|RU|count', ?, ?)`,
  );
  const figures = [5000, 6000, 7000, 7500, 8000, 9000, 2500, 20000].map((v) => ({ text: `about ${fmt(v)}`, v }));
  const ids = [];
  sqlite.pragma('foreign_keys = OFF');
  sqlite.transaction(() => {
    for (let i = 0; i < HOT; i++) {
      const id = `h${String(i).padStart(8, '0')}`;
      const at = new Date(center - window / 2 + Math.floor((i / HOT) * window)).toISOString();
      const claimantIndex = Math.floor(rand() * HOT_CLAIMANTS);
      const claimant = `Hot claimant ${claimantIndex}`;
      // a claimant mostly repeats its own figure; now and then it reports another
      const figure = figures[rand() < 0.8 ? claimantIndex % figures.length : Math.floor(rand() * figures.length)];
      const text = `Officials said ${figure.text} Russian soldiers were killed.`;
      insertClaim.run(id, text, claimant, at, at, at, at);
      const start = 'Officials said '.length;
      insertQuantity.run(id, 0, figure.text, start, start + figure.text.length, figure.v, figure.v, 1, 'approx', at, claimant);
      ids.push(id);
    }
  })();
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec('ANALYZE');
  return ids;
}

function timeChecks(finder, ids) {
  for (const id of ids.slice(0, 50)) finder.evaluate(id); // JIT warm-up
  const times = [];
  let partners = 0;
  let candidates = 0;
  for (const id of ids) {
    const t = performance.now();
    const e = finder.evaluate(id);
    times.push(performance.now() - t);
    partners += e.partnerCount;
    candidates += e.candidates.length;
  }
  return { ...stats(times), partnersPerCheck: partners / ids.length, flagsPerCheck: candidates / ids.length };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { meanMs: samples.reduce((s, x) => s + x, 0) / samples.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) };
}

function recheckInThread(path, from, to) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { path, from, to } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`re-check thread exited with ${code}`)));
  });
}

function recheckSlice({ path, from, to }) {
  const sqlite = new Database(path, { readonly: true });
  sqlite.pragma('cache_size = -32000');
  const finder = new FlagFinder(new Db(sqlite), options);
  let candidates = 0;
  const t = performance.now();
  for (let i = from; i < to; i += 10_000) {
    sqlite.transaction(() => {
      for (let j = i; j < Math.min(to, i + 10_000); j++) candidates += finder.evaluate(claimId(j)).candidates.length;
    })();
  }
  const ms = performance.now() - t;
  sqlite.close();
  return { candidates, ms };
}

async function runSize(quantityCount) {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-consistency-'));
  try {
    const path = join(dir, 'bench.sqlite');
    await migratedDatabase(path);
    const sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -32000'); // as the app (src/database/sqlite-options.ts)
    sqlite.pragma('temp_store = MEMORY');
    const data = load(sqlite, quantityCount);
    const db = new Db(sqlite);
    const finder = new FlagFinder(db, options);

    const partnerPlan = sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT ${QUANTITY_COLUMNS} FROM claim_quantities
        WHERE measure_key = ? AND reference_date >= ? AND reference_date <= ? AND claim_id <> ?
        ORDER BY reference_date DESC LIMIT ?`)
      .all('killed|RU|count', '2020-01-01', '2020-01-29', 'x', DEFAULT_PARTNER_BOUND.perSide)
      .map((r) => r.detail);

    // claims at least one window away from both ends, so every size sees full windows
    const margin = options.windowDays * DAY_MS;
    const first = data.dates[0] + margin;
    const last = data.dates[data.claims - 1] - margin;
    const interior = [];
    for (let i = 0; i < data.claims; i++) if (data.dates[i] >= first && data.dates[i] <= last) interior.push(i);
    const pool = interior.length >= SAMPLE ? interior : [...Array(data.claims).keys()];
    const rand = mulberry32(7);
    const sample = Array.from({ length: Math.min(SAMPLE, pool.length) }, () => data.ids[pool[Math.floor(rand() * pool.length)]]);

    for (const id of sample.slice(0, 200)) finder.evaluate(id); // JIT warm-up
    // pass 1: random claims, their pages mostly not yet in the cache (the pessimistic case);
    // pass 2: the same claims again, pages cached (as for new claims, whose dates are recent and hot)
    const evalTimes = [];
    const warmTimes = [];
    let partners = 0;
    let candidates = 0;
    for (const pass of [evalTimes, warmTimes]) {
      for (const id of sample) {
        const t = performance.now();
        const e = finder.evaluate(id);
        pass.push(performance.now() - t);
        if (pass === evalTimes) {
          partners += e.partnerCount;
          candidates += e.candidates.length;
        }
      }
    }

    // the whole check as the job runs it: rules + persisting flags in one write transaction
    const clock = new SystemClock();
    const flags = new FlagsService(db, clock, new EventLog(db, clock), new ClaimHistory(db, clock), {
      pagination: { defaultLimit: 50, maxLimit: 200 },
    });
    const checkTimes = [];
    for (const id of sample) {
      const t = performance.now();
      db.write(() => flags.apply(finder.evaluate(id)));
      checkTimes.push(performance.now() - t);
    }

    // full re-check: every claim, split over THREADS threads with their own read connections (WAL), as
    // several worker processes would share the work; each thread reads in transactions of 10,000 claims
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const t0 = performance.now();
    const per = Math.ceil(data.claims / THREADS);
    const parts = SKIP_FULL ? [{ candidates: NaN, ms: NaN }] : await Promise.all(
      Array.from({ length: THREADS }, (_, k) => recheckInThread(path, k * per, Math.min(data.claims, (k + 1) * per))),
    );
    const fullCandidates = parts.reduce((sum, p) => sum + p.candidates, 0);
    const fullCpuMs = parts.reduce((sum, p) => sum + p.ms, 0);
    const fullMs = performance.now() - t0;

    // after the measures above, so they stay comparable with earlier runs
    // one crowded measure, checked with the bounded lookup and without one (before/after)
    const hotIds = loadHot(sqlite, data);
    const middle = hotIds.slice(Math.floor(hotIds.length / 4), Math.floor((hotIds.length * 3) / 4));
    const hotRand = mulberry32(5);
    const hotSample = Array.from({ length: Math.min(HOT_SAMPLE, middle.length) }, () => middle[Math.floor(hotRand() * middle.length)]);
    const hot = {
      claims: hotIds.length,
      claimants: HOT_CLAIMANTS,
      bounded: timeChecks(new FlagFinder(db, options, DEFAULT_PARTNER_BOUND), hotSample),
      unbounded: timeChecks(new FlagFinder(db, options, { perSide: Infinity }), hotSample),
    };

    sqlite.close();
    return {
      quantities: quantityCount,
      claims: data.claims,
      days: data.days,
      loadSeconds: data.loadMs / 1000,
      partnerPlan,
      sample: sample.length,
      meanPartnersPerCheck: partners / sample.length,
      meanCandidatesPerCheck: candidates / sample.length,
      evaluate: stats(evalTimes),
      evaluateWarm: stats(warmTimes),
      checkWithPersist: stats(checkTimes),
      fullRecheckSeconds: fullMs / 1000,
      fullRecheckThreads: THREADS,
      fullRecheckPerClaimMs: fullCpuMs / data.claims,
      fullRecheckCandidates: fullCandidates,
      hot,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- parser throughput on article text ----

const ARTICLE_SENTENCES = {
  en: [
    'Officials in the capital said on Tuesday that between 1,200 and 1,500 soldiers had been wounded near the border.',
    'The finance committee approved a further $2.4 billion in aid, of which $1.1 billion is meant for air defence.',
    'According to the monitoring group, more than 300 drones were launched overnight, about 40 of them reached their targets.',
    'Turnout reached 61.5 percent, up from 58 percent four years ago, the electoral office reported.',
    'The ministry counted at least 2,000 tanks lost since the spring, a figure the other side disputes.',
    'In 2023 the agency received some 14,000 applications; fewer than 900 were approved by March 18.',
    'Analysts estimate that roughly a dozen brigades, or up to 40,000 troops, were moved to the south.',
    'The programme costs EUR 3.5 million a year and employs two hundred people in three regions.',
  ],
  de: [
    'Nach Angaben der Regierung wurden zwischen 1.200 und 1.500 Soldaten an der Grenze verwundet.',
    'Der Haushaltsausschuss bewilligte weitere 2,4 Milliarden Euro Hilfe, davon 1,1 Milliarden für die Luftabwehr.',
    'Laut der Beobachtungsgruppe wurden in der Nacht mehr als 300 Drohnen gestartet, rund 40 erreichten ihr Ziel.',
    'Die Wahlbeteiligung lag bei 61,5 Prozent, nach 58 Prozent vor vier Jahren, teilte das Wahlamt mit.',
    'Das Ministerium zählte seit dem Frühjahr mindestens 2.000 verlorene Panzer, was die Gegenseite bestreitet.',
    'Im Jahr 2023 gingen bei der Behörde etwa 14.000 Anträge ein; bis zum 18. März wurden weniger als 900 bewilligt.',
    'Fachleute schätzen, dass knapp ein Dutzend Brigaden, also bis zu 40.000 Soldaten, in den Süden verlegt wurden.',
    'Das Programm kostet 3,5 Mio. Euro im Jahr und beschäftigt zweihundert Menschen in drei Regionen.',
  ],
};

function parserThroughput(language) {
  const rand = mulberry32(language === 'de' ? 11 : 13);
  const sentences = ARTICLE_SENTENCES[language];
  const articles = [];
  let bytes = 0;
  while (bytes < PARSER_KB * 1024) {
    const parts = [];
    for (let i = 0; i < 30; i++) parts.push(sentences[Math.floor(rand() * sentences.length)]);
    const article = parts.join(' ');
    articles.push(article);
    bytes += Buffer.byteLength(article, 'utf8');
  }
  for (const a of articles.slice(0, 20)) extractQuantities(a, { language }); // warm-up
  let found = 0;
  const t = performance.now();
  for (const a of articles) found += extractQuantities(a, { language }).length;
  const seconds = (performance.now() - t) / 1000;
  return { language, kilobytes: bytes / 1024, articles: articles.length, quantities: found, seconds, kbPerSecond: bytes / 1024 / seconds };
}

// ---- run ----

if (!isMainThread) {
  parentPort.postMessage(recheckSlice(workerData));
} else {
  await main();
}

async function main() {
  const ms = (x) => `${x.toFixed(3)} ms`;
  const results = [];
  console.log(`consistency benchmark: sizes ${sizes.join(', ')} quantities, ${PER_DAY} quantities/day, sample ${SAMPLE}, ${cpus().length} cpus`);
  for (const size of sizes) {
    const r = await runSize(size);
    results.push(r);
    console.log(
      `\n${fmt(r.quantities)} quantities (${fmt(r.claims)} claims over ${fmt(r.days)} days), loaded in ${r.loadSeconds.toFixed(1)} s\n` +
        `  partner lookup plan: ${r.partnerPlan.join(' / ')}\n` +
        `  per-claim check (lookup + rules), random claims: mean ${ms(r.evaluate.meanMs)}, p50 ${ms(r.evaluate.p50Ms)}, p95 ${ms(r.evaluate.p95Ms)}` +
        ` (${r.meanPartnersPerCheck.toFixed(1)} partner quantities, ${r.meanCandidatesPerCheck.toFixed(2)} flags found per claim)\n` +
        `  per-claim check (lookup + rules), same claims cached: mean ${ms(r.evaluateWarm.meanMs)}, p50 ${ms(r.evaluateWarm.p50Ms)}, p95 ${ms(r.evaluateWarm.p95Ms)}\n` +
        `  per-claim check incl. persisting flags: mean ${ms(r.checkWithPersist.meanMs)}, p95 ${ms(r.checkWithPersist.p95Ms)}\n` +
        `  full re-check of all ${fmt(r.claims)} claims: ${r.fullRecheckSeconds.toFixed(1)} s on ${r.fullRecheckThreads} threads` +
        ` (${ms(r.fullRecheckPerClaimMs)} per claim per thread, ${fmt(r.fullRecheckCandidates)} flags found)\n` +
        `  crowded measure (${fmt(r.hot.claims)} claims on killed|RU in one window, ${r.hot.claimants} claimants), per new claim:\n` +
        `    bounded (${DEFAULT_PARTNER_BOUND.perSide} per side, one per claimant and figure): mean ${ms(r.hot.bounded.meanMs)}, p95 ${ms(r.hot.bounded.p95Ms)}` +
        ` (${r.hot.bounded.partnersPerCheck.toFixed(1)} partners compared, ${r.hot.bounded.flagsPerCheck.toFixed(1)} flags)\n` +
        `    unbounded (every figure in the window): mean ${ms(r.hot.unbounded.meanMs)}, p95 ${ms(r.hot.unbounded.p95Ms)}` +
        ` (${r.hot.unbounded.partnersPerCheck.toFixed(1)} partners compared, ${r.hot.unbounded.flagsPerCheck.toFixed(1)} flags)`,
    );
  }
  const ratio = (pick) => pick(results.at(-1)) / pick(results[0]);
  const growth = results.length > 1
    ? {
        randomMean: ratio((r) => r.evaluate.meanMs),
        randomP50: ratio((r) => r.evaluate.p50Ms),
        cachedMean: ratio((r) => r.evaluateWarm.meanMs),
        fullRecheckPerClaim: ratio((r) => r.fullRecheckPerClaimMs),
        crowdedBoundedMean: ratio((r) => r.hot.bounded.meanMs),
      }
    : null;
  if (growth !== null) {
    console.log(
      `\nper-claim check growth ${fmt(results[0].quantities)} → ${fmt(results.at(-1).quantities)} quantities:` +
        ` random claims ×${growth.randomMean.toFixed(2)} (mean), ×${growth.randomP50.toFixed(2)} (p50);` +
        ` cached ×${growth.cachedMean.toFixed(2)}; in the full re-check ×${growth.fullRecheckPerClaim.toFixed(2)};` +
        ` crowded measure, bounded ×${growth.crowdedBoundedMean.toFixed(2)}`,
    );
  }
  const parser = [parserThroughput('en'), parserThroughput('de')];
  for (const p of parser) {
    console.log(`parser (${p.language}): ${p.kbPerSecond.toFixed(0)} KB/s over ${p.kilobytes.toFixed(0)} KB in ${p.articles} articles (${fmt(p.quantities)} quantities)`);
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    join(RESULTS, 'consistency-latest.json'),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, perDay: PER_DAY, sizes: results, growth, parser }, null, 2),
  );
}
