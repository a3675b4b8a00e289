// The background backlog as the service reports it publicly: job counts per queue from /health
// (and, where /metrics carries them, its queue and outbox gauges). Read-only: the benchmark never
// changes queue state, it only waits.
import { sleep } from '../lib/processes.mjs';

const COUNTED = ['waiting', 'active', 'delayed'];

/**
 * {total, byQueue: {name: {waiting, active, delayed, failed}}} from one /health answer; total is null
 * when the service could not count in time (it answers 503 then), which is itself worth recording.
 */
export async function readBacklog(client) {
  const { status, json } = await client.call('', 'GET', '/health');
  const queues = json?.checks?.queues?.queues;
  if (!queues) return { total: null, status, error: json?.checks?.queues?.message ?? `HTTP ${status}` };
  let total = 0;
  for (const counts of Object.values(queues)) for (const k of COUNTED) total += counts[k] ?? 0;
  return { total, byQueue: queues };
}

/**
 * Gauges about queues or the outbox from /metrics, when the service exports them ({} otherwise):
 * events not yet handed to the queues are backlog too, and /health cannot see them.
 */
export async function readQueueGauges(client, adminKey) {
  const { status, text } = await client.call(adminKey, 'GET', '/metrics');
  if (status !== 200 || !text) return {};
  const gauges = new Set();
  const out = {};
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) gauge$/.exec(line);
    // the API's event-loop delay since the last scrape (prom-client resets it on every collect)
    if (type && /queue|outbox|backlog|^nodejs_eventloop_lag_(p99|max)_seconds$/i.test(type[1])) gauges.add(type[1]);
    else if (!line.startsWith('#')) {
      const sample = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)/.exec(line);
      if (sample && gauges.has(sample[1])) out[sample[1] + (sample[2] ?? '')] = Number(sample[3]);
    }
  }
  return out;
}

/**
 * Waits until every queue has been empty (nothing waiting, active or delayed) for `quietMs`, polling
 * twice a second. Resolves with the time it took, or throws after `timeoutMs`.
 */
export async function waitForDrain(client, { timeoutMs, quietMs = 1500, onSample } = {}) {
  const started = Date.now();
  let emptySince = null;
  while (Date.now() - started < timeoutMs) {
    const b = await readBacklog(client);
    onSample?.(b);
    // no count (total null) is not an empty queue
    if (b.total === 0) {
      emptySince ??= Date.now();
      if (Date.now() - emptySince >= quietMs) return { ms: emptySince - started };
    } else {
      emptySince = null;
    }
    await sleep(500);
  }
  throw new Error(`queues not empty after ${Math.round(timeoutMs / 1000)} s`);
}
