// The desk benchmark's report: per route, lags, backlog over time, processes, and the goals.
import { summarise } from './recorder.mjs';

const f = (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));

export function routeTable(routes, ceiling = {}) {
  const header = [pad('route', 40), pad('offered/s', 10, true), pad('served/s', 9, true), pad('p50 ms', 8, true), pad('p99 ms', 8, true),
    pad('max ms', 8, true), pad('not served', 11, true), pad('non-2xx', 8, true), pad('bare p50/p99', 14, true)].join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const r of routes) {
    const bare = ceiling[r.route];
    lines.push([pad(r.route, 40), pad(f(r.offeredRate, 1), 10, true), pad(f(r.servedRate, 1), 9, true), pad(f(r.p50, 1), 8, true),
      pad(f(r.p99, 1), 8, true), pad(f(r.max, 0), 8, true), pad(f(r.notServed), 11, true), pad(f(r.non2xx), 8, true),
      pad(bare ? `${f(bare.p50, 1)} / ${f(bare.p99, 1)}` : '', 14, true)].join(' '));
  }
  return lines.join('\n');
}

export function writesP99(recorders) {
  return summarise(recorders.filter((r) => r.write).flatMap((r) => r.latencies)).p99;
}

export function lagLines(lags) {
  const row = (name, s, extra = '') => `  ${pad(name, 44)} p50 ${pad(f(s.p50), 6, true)} ms  p95 ${pad(f(s.p95), 6, true)} ms  (${f(s.count)} measured${extra})`;
  return [
    row('claim created → corroboration.completed', lags.corroboration, `, ${f(lags.corroboration.notDone)} of ${f(lags.corroboration.of)} not done`),
    row('claim created → flag.raised (claims flagged)', lags.flags, ` of ${f(lags.flags.of)} claims`),
    row('source ingested → extraction done (polled)', lags.extraction, `, ${f(lags.extraction.notDone)} not done, ${f(lags.extraction.failed)} failed`),
    row('event timestamp → webhook received', lags.webhook),
  ].join('\n');
}

/**
 * Backlog total, one figure per `bucket` seconds of the phase (the largest seen in it), compact enough
 * for a console; '?' where /health could not count in time.
 */
export function backlogSeries(samples, bucket = 5) {
  const out = [];
  const t0 = samples[0]?.t ?? 0;
  for (const s of samples) {
    const i = Math.floor((s.t - t0) / bucket);
    out[i] ??= '?';
    if (typeof s.probe?.total === 'number') out[i] = Math.max(out[i] === '?' ? 0 : out[i], s.probe.total);
  }
  return Array.from(out, (v) => v ?? '?');
}

/**
 * Growing when the last third of the phase holds clearly more than the first third, in backlog or
 * in corroboration lag (a steady but high lag is judged by the p95 goal, not here).
 */
export function growing(samples, lags) {
  const totals = samples.map((s) => s.probe?.total).filter((v) => typeof v === 'number');
  const third = Math.max(1, Math.floor(totals.length / 3));
  const mean = (a) => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0);
  const first = mean(totals.slice(0, third));
  const last = mean(totals.slice(-third));
  const backlogGrows = last > first + Math.max(50, first * 0.5);
  const t = lags.corroboration.trend;
  const lagGrows = Boolean(t && t.lastThirdP50 !== null && t.firstThirdP50 !== null && t.lastThirdP50 > 2 * t.firstThirdP50 + 500);
  return { growing: backlogGrows || lagGrows, backlogFirstThird: first, backlogLastThird: last, lagTrend: t };
}

export function processLines(perProcess) {
  return Object.entries(perProcess)
    .map(([label, p]) => `  ${pad(label, 50)} CPU mean ${pad(f(p.cpuMeanPercent), 4, true)} %  peak ${pad(f(p.cpuPeakPercent), 4, true)} %  RSS peak ${pad(f(p.rssPeakMiB), 5, true)} MiB`)
    .join('\n');
}

/** The goals, judged on one load phase (and the burst, and the rate steps when run). */
export function judge({ routes, writeP99, lags, trend, burst, steps }) {
  const by = (prefix) => routes.find((r) => r.route.startsWith(prefix));
  const reads = routes.filter((r) => !r.write);
  const goal = (name, pass, measured) => ({ name, pass, measured });
  const lagP95 = Math.max(...[lags.corroboration.p95, lags.extraction.p95, lags.webhook.p95, lags.flags.p95].filter((v) => v !== null));
  const out = [
    goal('every read served at the offered rate', reads.every((r) => r.notServed === 0 && r.non2xx === 0 && r.servedRate >= 0.98 * r.offeredRate),
      reads.map((r) => `${r.route.split(' ')[1]} ${f(r.servedRate)}/${f(r.offeredRate)}`).join(', ')),
    goal('queue page p99 ≤ 20 ms', (by('GET /v1/claims?')?.p99 ?? Infinity) <= 20, `${f(by('GET /v1/claims?')?.p99, 1)} ms`),
    goal('claim read p99 ≤ 10 ms', (by('GET /v1/claims/:id')?.p99 ?? Infinity) <= 10, `${f(by('GET /v1/claims/:id')?.p99, 1)} ms`),
    goal('write p99 ≤ 50 ms', (writeP99 ?? Infinity) <= 50, `${f(writeP99, 1)} ms`),
    goal('background lag p95 ≤ 2 s, every result in', lagP95 <= 2000 && lags.corroboration.notDone === 0 && lags.extraction.notDone === 0,
      `worst p95 ${f(lagP95)} ms; ${lags.corroboration.notDone} corroborations and ${lags.extraction.notDone} extractions not done`),
    goal('no growing backlog', !trend.growing, `backlog mean ${f(trend.backlogFirstThird)} → ${f(trend.backlogLastThird)} (first → last third)`),
  ];
  if (burst) out.push(goal(`burst of ${f(burst.claims)} claims drained within 30 s`, burst.drainedMs <= 30_000, `${f(burst.drainedMs / 1000, 1)} s`));
  if (steps) {
    const best = steps.filter((s) => s.bounded).map((s) => s.claimsPerSecond);
    const highest = best.length ? Math.max(...best) : null;
    out.push(goal('lag bounded up to ≥ 100 claims/s', (highest ?? 0) >= 100, `highest bounded rate ${f(highest)} claims/s`));
  }
  return out;
}

export const goalLines = (goals) => goals.map((g) => `${g.pass ? 'MET   ' : 'MISSED'}  ${g.name}: ${g.measured}`).join('\n');
