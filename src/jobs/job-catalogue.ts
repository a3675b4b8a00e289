import type { JobsOptions } from 'bullmq';

/**
 * Every queue, its payload type and its job options, in one place.
 * Job ids are deterministic (derived from the payload), so a duplicate enqueue — two relays, a
 * sweep, a retry — is dropped by BullMQ while the first job is known, and harmless after.
 */
export interface JobPayloads {
  consistency: { claimId: string; version: number };
  corroboration: { claimId: string; reason: 'created' | 'edited' | 'requested' | 'source_ingested' | 'linked'; key: string };
  extraction: { sourceId: string };
  webhooks: { deliveryId: string; attempt: number };
}

export type QueueName = keyof JobPayloads;

export const QUEUE_NAMES: readonly QueueName[] = ['consistency', 'corroboration', 'extraction', 'webhooks'];

const retried = (attempts: number, delay: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
});

export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  consistency: retried(5, 1000),
  corroboration: retried(5, 2000),
  extraction: retried(3, 2000),
  // delivery retries follow the webhook schedule kept in SQLite, not BullMQ's backoff
  webhooks: { attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } },
};

/** BullMQ job ids may not contain ':' (its key separator). */
export function jobIdFor<Q extends QueueName>(queue: Q, payload: JobPayloads[Q]): string {
  switch (queue) {
    case 'consistency': {
      const p = payload as JobPayloads['consistency'];
      return `consistency-${p.claimId}-v${p.version}`;
    }
    case 'corroboration': {
      const p = payload as JobPayloads['corroboration'];
      return `corroboration-${p.claimId}-${p.key}`;
    }
    case 'extraction':
      return `extraction-${(payload as JobPayloads['extraction']).sourceId}`;
    case 'webhooks': {
      const p = payload as JobPayloads['webhooks'];
      return `webhook-${p.deliveryId}-a${p.attempt}`;
    }
    default: {
      const unknown: never = queue;
      throw new Error(`no job id rule for ${String(unknown)}`);
    }
  }
}
