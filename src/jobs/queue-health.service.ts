import { Injectable } from '@nestjs/common';
import type { QueueHealth } from '../health/queue-health.js';
import type { QueueDepthSource, QueueDepths } from '../metrics/queue-depths.js';
import { JobGateway } from './job-gateway.js';

/** Job counts per queue for /health and /metrics. */
@Injectable()
export class QueueStats implements QueueHealth, QueueDepthSource {
  constructor(private readonly jobs: JobGateway) {}

  async describe(): Promise<Record<string, unknown>> {
    return { queues: await this.depths() };
  }

  /** BullMQ keeps jobs with a priority apart from the others; to a reader both are waiting. */
  async depths(): Promise<QueueDepths> {
    const counted = await Promise.all(
      this.jobs.all().map(async ([name, queue]) => {
        const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
        const counts = { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
        return [name, counts] as const;
      }),
    );
    return Object.fromEntries(counted);
  }
}
