const fmt = (n, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '-'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));

/** A run is only worth comparing when every answer was the one expected. */
export const clean = (run) => run.non2xx === 0 && run.errors === 0 && run.timeouts === 0;

export function table(rows) {
  const header = [
    pad('route', 38), pad('server', 10), pad('req/s', 9, true), pad('p50 ms', 8, true), pad('p99 ms', 8, true),
    pad('CPU µs/req', 11, true), pad('non-2xx/err', 12, true), pad('ours/bare', 10, true),
  ].join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const { route, bare, ours } of rows) {
    for (const [server, run] of [['bare', bare], ['claimdesk', ours]]) {
      lines.push([
        pad(server === 'bare' ? route : '', 38), pad(server, 10), pad(fmt(run.reqPerSec), 9, true),
        pad(fmt(run.p50), 8, true), pad(fmt(run.p99), 8, true), pad(fmt(run.cpuUsPerRequest), 11, true),
        pad(`${run.non2xx}/${run.errors + run.timeouts}`, 12, true),
        pad(server === 'bare' ? '' : `${fmt(ours.reqPerSec / bare.reqPerSec, 2)}`, 10, true),
      ].join(' '));
    }
  }
  return lines.join('\n');
}

/** The goals of the benchmark, judged on the service's runs. */
export function judge(byRoute, { claims, connections }) {
  const { queue, get, post } = byRoute;
  const goal = (name, run, ok, measured) => ({
    name,
    measured,
    pass: clean(run) && ok,
    note: clean(run) ? undefined : `invalid run: ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts`,
  });
  // a route left out with BENCH_ONLY is not judged
  return [
    queue && goal(
      `queue page p99 < 20 ms at ${fmt(claims / 1000)}k claims (${connections} connections)`, queue.ours, queue.ours.p99 < 20, `p99 ${fmt(queue.ours.p99)} ms`),
    get && goal(
      'GET by id req/s >= 40% of bare', get.ours, get.ours.reqPerSec >= 0.4 * get.bare.reqPerSec,
      `${fmt((100 * get.ours.reqPerSec) / get.bare.reqPerSec, 1)}% (${fmt(get.ours.reqPerSec)} of ${fmt(get.bare.reqPerSec)})`,
    ),
    post && goal('POST >= 3,000 req/s', post.ours, post.ours.reqPerSec >= 3000, `${fmt(post.ours.reqPerSec)} req/s`),
  ].filter(Boolean);
}

export function goalLines(goals) {
  return goals.map((g) => `${g.pass ? 'PASS' : 'MISS'}  ${g.name}: ${g.measured}${g.note ? ` (${g.note})` : ''}`).join('\n');
}

/** Figures that explain the goals without being goals themselves. */
export function notes(byRoute, connections) {
  const { queue, queueAlone, get } = byRoute;
  const cpu = get?.ours.cpuUsPerRequest && get.bare.cpuUsPerRequest
    ? `note: GET by id costs claimdesk ${fmt(get.ours.cpuUsPerRequest)} µs CPU a request, bare ${fmt(get.bare.cpuUsPerRequest)} µs ` +
      `(${fmt((100 * get.bare.cpuUsPerRequest) / get.ours.cpuUsPerRequest, 1)}%: the ratio a saturated server would show)\n`
    : '';
  return cpu + (!queue || !queueAlone ? '' :
    `note: queue page p99 with ${connections} connections: bare ${fmt(queue.bare.p99)} ms; with 1 connection: ` +
    `claimdesk ${fmt(queueAlone.ours.p99)} ms, bare ${fmt(queueAlone.bare.p99)} ms (autocannon counts whole ms)`
  );
}
