import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '../jobs/job-catalogue.js';
import { SourceExtractionService, type SourceExtractionOutcome } from './source-extraction.service.js';

/**
 * The `extraction` queue: one job per ingested source (job id `extraction-<sourceId>`).
 * Idempotent (see SourceExtractionService); a throw is retried with the queue's backoff and leaves
 * the source's extraction status at `failed` until a retry succeeds.
 */
@Processor('extraction')
export class ExtractionProcessor extends WorkerHost {
  private readonly logger = new Logger(ExtractionProcessor.name);

  constructor(
    private readonly extraction: SourceExtractionService,
  ) {
    super();
  }

  async process(job: Job<JobPayloads['extraction']>): Promise<SourceExtractionOutcome | { skipped: true }> {
    const outcome = this.extraction.run(job.data.sourceId);
    if (!outcome) {
      this.logger.warn(`job ${job.id}: source gone, nothing to extract`);
      return { skipped: true };
    }
    return outcome;
  }
}
