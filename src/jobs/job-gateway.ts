import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB_OPTIONS, jobIdFor, type JobPayloads, type QueueName } from './job-catalogue.js';

const ENQUEUE_TIMEOUT_MS = 3000;

/** The one way to enqueue: deterministic job id and per-queue options, with a time limit. */
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
    const jobId = jobIdFor(queue, payload);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not take job ${jobId} in ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([
        this.queues[queue].add(queue, payload, { ...JOB_OPTIONS[queue], jobId, ...(options.delayMs ? { delay: options.delayMs } : {}) }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
    return jobId;
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
