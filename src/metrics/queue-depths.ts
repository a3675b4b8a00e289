import { Gauge, type Registry } from 'prom-client';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];
export type QueueDepths = Record<string, Record<QueueState, number>>;

/** Where the job counts come from; the jobs module answers it from BullMQ. */
export interface QueueDepthSource {
  depths(): Promise<QueueDepths>;
}

export const QUEUE_DEPTHS = Symbol('QUEUE_DEPTHS');

/**
 * Registers the queue depth gauges, read from `source` on every scrape. A scrape waits at most
 * `timeoutMs` for Redis: when it is away the depths are left out (not reported stale) and
 * claimdesk_redis_up says 0. A read still pending from an earlier scrape is awaited again instead
 * of starting another, so scrapes during an outage do not pile up commands in the Redis client.
 */
export function registerQueueDepths(registry: Registry, source: QueueDepthSource, timeoutMs: number): void {
  const read = sharedWhilePending(() => source.depths());
  // prom-client collects all metrics of a scrape at once: both gauges share one timed read
  const snapshot = sharedWhilePending(() => withinMs(read(), timeoutMs).catch(() => null));

  new Gauge({
    name: 'claimdesk_redis_up',
    help: 'Whether this scrape could read the queue depths from Redis (1) or not (0)',
    registers: [registry],
    async collect() {
      this.set((await snapshot()) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'claimdesk_queue_jobs',
    help: 'Jobs per queue and state (waiting includes prioritized), read from BullMQ when scraped',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const depths = await snapshot();
      this.reset();
      for (const [queue, counts] of Object.entries(depths ?? {})) {
        for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state]);
      }
    },
  });
}

/** Calls `start` only when no earlier call's promise is still unsettled; otherwise hands out that one. */
function sharedWhilePending<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const current = start();
      pending = current;
      const clear = () => {
        if (pending === current) pending = null;
      };
      current.then(clear, clear);
    }
    return pending;
  };
}

function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
