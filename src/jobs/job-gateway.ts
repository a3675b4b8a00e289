import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { jobOptionsFor, type JobPayloads, type QueueName } from './job-catalogue.js';
import type { RoutedJob } from './event-router.js';

const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * The one way to enqueue: deterministic job id, per-queue options, priority and coalescing, all
 * from the catalogue (jobOptionsFor), with a time limit.
 */
@Injectable()
export class JobGateway implements OnModuleDestroy {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue('consistency') consistency: Queue,
    @InjectQueue('corroboration') corroboration: Queue,
    @InjectQueue('extraction') extraction: Queue,
    @InjectQueue('webhooks') webhooks: Queue,
  ) {
    this.queues = { consistency, corroboration, extraction, webhooks };
  }

  async enqueue<Q extends QueueName>(queue: Q, payload: JobPayloads[Q], options: { delayMs?: number } = {}): Promise<string> {
    const opts = jobOptionsFor(queue, payload);
    const jobId = opts.jobId;
    await withinTimeLimit(
      this.queues[queue].add(queue, payload, { ...opts, ...(options.delayMs ? { delay: options.delayMs } : {}) }),
      `Redis did not take job ${jobId} in ${ENQUEUE_TIMEOUT_MS} ms`,
    );
    return jobId;
  }

  /**
   * Many jobs at once, as one bulk add per queue (one round trip each instead of one per job): the
   * outbox relay hands over whole batches of events. Same ids and options as enqueue().
   */
  async enqueueMany(jobs: readonly RoutedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, Array<{ name: string; data: unknown; opts: JobsOptions }>>();
    for (const { queue, payload } of jobs) {
      let list = byQueue.get(queue);
      if (!list) byQueue.set(queue, (list = []));
      list.push({ name: queue, data: payload, opts: jobOptionsFor(queue, payload as never) });
    }
    await withinTimeLimit(
      Promise.all([...byQueue].map(([queue, list]) => this.queues[queue].addBulk(list))),
      `Redis did not take ${jobs.length} jobs in ${ENQUEUE_TIMEOUT_MS} ms`,
    );
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  all(): Array<[QueueName, Queue]> {
    return Object.entries(this.queues) as Array<[QueueName, Queue]>;
  }

  async onModuleDestroy(): Promise<void> {
    // queues are closed by @nestjs/bullmq
  }
}

async function withinTimeLimit<T>(work: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ENQUEUE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
