import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobPayloads } from '../jobs/job-catalogue.js';
import { CorroborationService } from './corroboration.service.js';

type CorroborationJob = Job<JobPayloads['corroboration']>;

/**
 * Error text that may be shown on /admin/queues and in logs: quoted parts are cut out, because a
 * database error can quote the statement's parameters (search terms taken from the claim text).
 */
export function safeErrorText(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return raw.replace(/"[^"]*"|'[^']*'/g, '"…"').slice(0, 300);
}

/**
 * Runs corroboration checks and source merges. Idempotent: a check recomputes the report from what
 * is held now; a merge replaces what a report holds from its source.
 * Failures are rethrown (BullMQ retries with the backoff of its queue rule in job-catalogue.ts) and logged with the
 * claim id only; after the last attempt a claim left `pending` returns to its last outcome.
 */
@Processor('corroboration')
export class CorroborationProcessor extends WorkerHost {
  private readonly logger = new Logger(CorroborationProcessor.name);

  constructor(
    private readonly corroboration: CorroborationService,
  ) {
    super();
  }

  async process(job: CorroborationJob) {
    const data = job.data;
    if ('sourceId' in data) {
      try {
        return await this.corroboration.mergeSource(data.sourceId);
      } catch (error) {
        throw new Error(`corroboration merge of source ${data.sourceId} failed: ${safeErrorText(error)}`);
      }
    }
    let outcome;
    try {
      outcome = await this.corroboration.check(data.claimId);
    } catch (error) {
      throw new Error(`corroboration check of claim ${data.claimId} failed: ${safeErrorText(error)}`);
    }
    if (outcome.summary === null) return { claimId: data.claimId, skipped: true };
    const { status, independentOrigins, supporting, contradicting, version } = outcome.summary;
    return { claimId: data.claimId, status, independentOrigins, supporting, contradicting, version };
  }

  @OnWorkerEvent('failed')
  onFailed(job: CorroborationJob | undefined, error: Error): void {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts;
    const subject = 'sourceId' in job.data ? { sourceId: job.data.sourceId } : { claimId: job.data.claimId };
    this.logger.warn(
      {
        queue: 'corroboration', jobId: job.id, ...subject, reason: job.data.reason,
        attempt: job.attemptsMade, attempts, final, err: safeErrorText(error),
      },
      `corroboration ${'sourceId' in subject ? 'merge' : 'check'} failed${final ? ' for good' : '; will retry'}`,
    );
    if (final && !('sourceId' in job.data)) {
      const claimId = job.data.claimId;
      try {
        this.corroboration.releasePending(claimId);
      } catch (releaseError) {
        this.logger.warn({ claimId, err: safeErrorText(releaseError) }, 'could not release a pending corroboration status');
      }
    }
  }
}
