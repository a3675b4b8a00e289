import { Injectable } from '@nestjs/common';
import type { QueueHealth } from '../health/queue-health.js';
import { JobGateway } from './job-gateway.js';

/** Job counts per queue for /health and /metrics. */
@Injectable()
export class QueueStats implements QueueHealth {
  constructor(private readonly jobs: JobGateway) {}

  async describe(): Promise<Record<string, unknown>> {
    const queues: Record<string, unknown> = {};
    for (const [name, queue] of this.jobs.all()) {
      queues[name] = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
    }
    return { queues };
  }
}
