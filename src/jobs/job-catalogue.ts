import type { JobsOptions } from 'bullmq';

/**
 * Every queue, its payload type and how its jobs are added, in one place (QUEUE_RULES below).
 * Job ids are deterministic (derived from the payload), so a duplicate enqueue — two relays, a
 * sweep, a retry — is dropped by BullMQ while the first job is known, and harmless after.
 * A new queue is one entry in JobPayloads, QUEUE_NAMES and QUEUE_RULES; the type checker asks for
 * the rest.
 */
export interface JobPayloads {
  consistency: { claimId: string; version: number };
  /** A check of one claim, or (`source_merge`) one new source merged into the reports of the claims it speaks to. */
  corroboration: { claimId: string; reason: CorroborationReason; key: string } | { sourceId: string; reason: 'source_merge'; key: string };
  extraction: { sourceId: string };
  webhooks: { deliveryId: string; attempt: number };
}

export type CorroborationReason = 'created' | 'edited' | 'requested' | 'source_ingested' | 'linked' | 'source_merge';

export type QueueName = keyof JobPayloads;

export const QUEUE_NAMES: readonly QueueName[] = ['consistency', 'corroboration', 'extraction', 'webhooks'];

/**
 * BullMQ priorities: a lower number runs first, and a job WITHOUT a priority runs before every
 * prioritised one (it goes to the plain wait list, which workers drain first). So every job of a
 * queue that mixes kinds of work carries one of these, never none.
 */
export const JOB_PRIORITY = {
  /** A person is waiting for it: a claim just created, edited, linked, or a check asked for. */
  person: 1,
  /** Set off by the desk itself: re-checks after a new source, backfills. */
  background: 10,
} as const;

export type PriorityClass = keyof typeof JOB_PRIORITY;

/** Who caused a corroboration check; anything but a new source is someone at the desk. */
export function corroborationClass(reason: CorroborationReason): PriorityClass {
  return reason === 'source_ingested' || reason === 'source_merge' ? 'background' : 'person';
}

interface QueueRule<P> {
  options: JobsOptions;
  jobId(payload: P): string;
  /** Omitted: the queue holds one kind of work, which then keeps BullMQ's cheaper FIFO list. */
  priority?(payload: P): PriorityClass;
  /**
   * Jobs that do the same work share this key, and BullMQ keeps at most one of them waiting:
   * a request while one waits joins it; a request while one runs is kept and runs once after it
   * (deduplication with keepLastIfActive), since the running one may have read the state before
   * the change. null: every job runs.
   */
  coalesceKey?(payload: P): string | null;
}

const retried = (attempts: number, delay: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
});

const QUEUE_RULES: { [Q in QueueName]: QueueRule<JobPayloads[Q]> } = {
  consistency: {
    options: retried(5, 1000),
    jobId: (p) => `consistency-${p.claimId}-v${p.version}`,
    // a check judges the claim as it is when it runs, so edits in a row need one check
    coalesceKey: (p) => `consistency-${p.claimId}`,
  },
  corroboration: {
    options: retried(5, 2000),
    jobId: (p) => ('sourceId' in p ? `corroboration-source-${p.sourceId}` : `corroboration-${p.claimId}-${p.key}`),
    priority: (p) => corroborationClass(p.reason),
    // Per class, so a person's check never waits behind (or merges into) a background one with its
    // low priority. A requested check is never merged: its 202 answer named this very job.
    // (a source merge has one job per source: its id already keeps it single)
    coalesceKey: (p) => ('sourceId' in p || p.reason === 'requested' ? null : `corroboration-${p.claimId}-${corroborationClass(p.reason)}`),
  },
  extraction: {
    options: retried(3, 2000),
    jobId: (p) => `extraction-${p.sourceId}`,
  },
  webhooks: {
    // delivery retries follow the webhook schedule kept in SQLite, not BullMQ's backoff
    options: { attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } },
    jobId: (p) => `webhook-${p.deliveryId}-a${p.attempt}`,
  },
};

const rule = <Q extends QueueName>(queue: Q): QueueRule<JobPayloads[Q]> => {
  const found = QUEUE_RULES[queue] as QueueRule<JobPayloads[Q]> | undefined;
  if (!found) throw new Error(`no job rule for queue ${String(queue)}`);
  return found;
};

/** BullMQ job ids may not contain ':' (its key separator). */
export function jobIdFor<Q extends QueueName>(queue: Q, payload: JobPayloads[Q]): string {
  return rule(queue).jobId(payload);
}

/** Everything BullMQ is told when this job is added: the queue's options, id, priority and coalescing. */
export function jobOptionsFor<Q extends QueueName>(queue: Q, payload: JobPayloads[Q]): JobsOptions & { jobId: string } {
  const r = rule(queue);
  const priorityClass = r.priority?.(payload);
  const coalesceKey = r.coalesceKey?.(payload) ?? null;
  return {
    ...r.options,
    jobId: r.jobId(payload),
    ...(priorityClass && { priority: JOB_PRIORITY[priorityClass] }),
    ...(coalesceKey !== null && { deduplication: { id: coalesceKey, keepLastIfActive: true } }),
  };
}
