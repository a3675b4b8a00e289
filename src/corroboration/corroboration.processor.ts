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
 * Runs corroboration checks. Idempotent: a check recomputes the report from what is held now.
 * Failures are rethrown (BullMQ retries with the backoff of JOB_OPTIONS) and logged with the
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
    let outcome;
    try {
      outcome = await this.corroboration.check(job.data.claimId);
    } catch (error) {
      throw new Error(`corroboration check of claim ${job.data.claimId} failed: ${safeErrorText(error)}`);
    }
    if (outcome.summary === null) return { claimId: job.data.claimId, skipped: true };
    const { status, independentOrigins, supporting, contradicting, version } = outcome.summary;
    return { claimId: job.data.claimId, status, independentOrigins, supporting, contradicting, version };
  }

  @OnWorkerEvent('failed')
  onFailed(job: CorroborationJob | undefined, error: Error): void {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts;
    this.logger.warn(
      {
        queue: 'corroboration', jobId: job.id, claimId: job.data.claimId, reason: job.data.reason,
        attempt: job.attemptsMade, attempts, final, err: safeErrorText(error),
      },
      final ? 'corroboration check failed for good' : 'corroboration check failed; will retry',
    );
    if (final) {
      try {
        this.corroboration.releasePending(job.data.claimId);
      } catch (releaseError) {
        this.logger.warn({ claimId: job.data.claimId, err: safeErrorText(releaseError) }, 'could not release a pending corroboration status');
      }
    }
  }
}
