import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '../jobs/job-catalogue.js';
import { ConsistencyService } from './consistency.service.js';
import type { CheckOutcome } from './flags.service.js';

/**
 * The `consistency` queue. A check is one synchronous SQLite transaction and idempotent; a failure
 * (say the database is busy) throws, and BullMQ retries with the backoff of its queue rule in job-catalogue.ts.
 */
@Processor('consistency')
export class ConsistencyProcessor extends WorkerHost {
  private readonly logger = new Logger(ConsistencyProcessor.name);

  constructor(
    private readonly consistency: ConsistencyService,
  ) {
    super();
  }

  async process(job: Job<JobPayloads['consistency']>): Promise<CheckOutcome | { claimId: string; missing: true }> {
    const { claimId, version } = job.data;
    const outcome = await this.consistency.check(claimId);
    if (!outcome) {
      this.logger.warn({ claimId, version }, 'consistency check for a claim that does not exist');
      return { claimId, missing: true };
    }
    if (outcome.raised.length || outcome.closed.length) {
      this.logger.log({ claimId, version, raised: outcome.raised, closed: outcome.closed }, 'consistency flags changed');
    }
    return outcome;
  }
}
