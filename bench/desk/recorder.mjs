// Latencies of one stream of requests, and what became of the requests that got no answer in time.

/** The q-quantile (0..1) of an ascending list, nearest rank; null for an empty list. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(values) {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : null,
  };
}

export class Recorder {
  constructor(name, { offeredRate = null, write = false } = {}) {
    this.name = name;
    this.offeredRate = offeredRate;
    this.write = write;
    this.latencies = [];
    this.offered = 0;
    /** Not sent: the cap on requests in flight was reached, so the service was not keeping up. */
    this.notServed = 0;
    this.errors = 0;
    this.statuses = {};
    /** BENCH_TRACE: [due ms, latency ms] of every answer, to see when the slow ones came. */
    this.trace = process.env.BENCH_TRACE ? [] : null;
  }

  /** One answered request; latency from its scheduled send time, so a late send counts against the service. */
  record(latencyMs, status, dueMs) {
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    this.trace?.push([dueMs, latencyMs]);
    if (status >= 200 && status < 300) this.latencies.push(latencyMs);
  }

  fail(error) {
    this.errors++;
    const key = error?.code ?? error?.name ?? 'error';
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
  }

  summary(seconds) {
    const s = summarise(this.latencies);
    const non2xx = Object.entries(this.statuses).filter(([k]) => !/^2\d\d$/.test(k)).reduce((n, [, v]) => n + v, 0);
    return {
      route: this.name,
      write: this.write,
      offeredRate: this.offeredRate,
      offered: this.offered,
      servedRate: s.count / seconds,
      served: s.count,
      notServed: this.notServed,
      non2xx,
      statuses: this.statuses,
      p50: s.p50,
      p95: s.p95,
      p99: s.p99,
      max: s.max,
    };
  }
}
