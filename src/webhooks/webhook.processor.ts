import { Inject, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { Agent } from 'undici';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import type { JobPayloads } from '../jobs/job-catalogue.js';
import { Metrics } from '../metrics/metrics.js';
import { type DeliveryResult, sendWebhook } from './deliver.js';
import { createGuardedDispatcher } from './guarded-dispatcher.js';
import { delayBeforeRetry } from './retry-schedule.js';
import { buildHeaders, unixSeconds } from './signing.js';
import { validateTargetUrl } from './target-guard.js';
import { webhookBody, type StoredEvent } from './webhook-body.js';
import { WebhookDispatch } from './webhook-dispatch.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { type DeliveryRef, WebhookStore } from './webhook-store.js';

interface Claimed {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  url: string;
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_valid_until: string | null;
}

type Outcome = 'delivered' | 'failed' | 'gone' | 'refused' | 'timeout';

const MAX_ERROR_LENGTH = 200;
const SECRET_CACHE_SIZE = 10_000;

/**
 * Sends one attempt of one delivery. The attempt row in SQLite is the truth: a job whose row is no
 * longer pending (done, superseded, deleted) does nothing, so repeated jobs are harmless. A worker
 * holds an attempt with a lease while sending; a worker killed mid-send leaves the lease to run out,
 * after which the sweep sends the attempt again (same webhook-id: consumers de-duplicate).
 * Failures schedule the next attempt as a new pending row; BullMQ itself never retries.
 */
@Processor('webhooks')
export class WebhookProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookProcessor.name);
  private readonly http: Agent;
  private readonly inFlight = new Set<Promise<void>>();
  /** Decrypted secrets by their sealed form: a rotation changes the sealed form, so entries never go stale. */
  private readonly secretCache = new Map<string, string>();
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: WebhookStore,
    private readonly secrets: WebhookSecrets,
    private readonly dispatch: WebhookDispatch,
    private readonly metrics: Metrics,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    super();
    const { timeoutMs, allowPrivateTargets } = settings.webhooks;
    // sendWebhook enforces the exact deadline; undici's own timers are only a backstop.
    this.http = createGuardedDispatcher({
      allowPrivate: allowPrivateTargets,
      connectTimeoutMs: timeoutMs,
      headersTimeoutMs: timeoutMs + 1000,
      bodyTimeoutMs: timeoutMs + 1000,
    });
  }

  /**
   * A stopping process abandons its sends at once instead of holding shutdown for up to the timeout:
   * their attempts stay pending with the lease released, and the next sweep (here or in any other
   * process) sends them again.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.http.destroy().catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
  }

  async process(job: Job<JobPayloads['webhooks']>): Promise<void> {
    if (this.stopping) return;
    const work = this.attempt(job.data);
    this.inFlight.add(work);
    try {
      await work;
    } finally {
      this.inFlight.delete(work);
    }
  }

  private async attempt(ref: DeliveryRef): Promise<void> {
    const claimed = await this.claim(ref);
    if (claimed === null) return;
    const event = this.db.get<StoredEvent>('SELECT id, type, timestamp, data FROM events WHERE id = ?', claimed.event_id);
    const attemptedAt = this.clock.now();
    let result: DeliveryResult;
    if (event === undefined) {
      result = failure('the event is no longer held', 'connection');
    } else {
      result = await this.send(claimed, event);
    }
    if (this.stopping && !result.ok) {
      // Cut short by shutdown: not an answer from the consumer. Leave the attempt to the sweep.
      await this.db.writeGrouped(() => this.db.run('UPDATE webhook_deliveries SET lease_until = NULL WHERE id = ?', claimed.id));
      return;
    }
    await this.record(claimed, result, attemptedAt, event);
  }

  /** Takes the attempt if it is still pending and nobody else holds it. */
  private claim(ref: DeliveryRef): Promise<Claimed | null> {
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const { timeoutMs, leaseMarginMs } = this.settings.webhooks;
    return this.db.writeGrouped(() => {
      const row = this.db.get<Claimed & { status: string; lease_until: string | null; enabled: number }>(
        `SELECT d.id, d.subscription_id, d.event_id, d.event_type, d.attempt, d.status, d.lease_until,
                s.url, s.enabled, s.secret_enc, s.previous_secret_enc, s.previous_valid_until
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
         WHERE d.id = ?`,
        ref.deliveryId,
      );
      if (row === undefined || row.status !== 'pending' || row.attempt !== ref.attempt) return null;
      if (row.lease_until !== null && row.lease_until > nowIso) return null;
      if (row.enabled !== 1) {
        this.db.run(
          `UPDATE webhook_deliveries SET status = 'failed', error = 'subscription disabled', next_attempt_at = NULL, lease_until = NULL WHERE id = ?`,
          row.id,
        );
        return null;
      }
      const leaseUntil = new Date(now.getTime() + timeoutMs + leaseMarginMs).toISOString();
      this.db.run('UPDATE webhook_deliveries SET lease_until = ? WHERE id = ?', leaseUntil, row.id);
      return row;
    });
  }

  private async send(claimed: Claimed, event: StoredEvent): Promise<DeliveryResult> {
    const { allowHttp, allowPrivateTargets, timeoutMs } = this.settings.webhooks;
    // The policy may have tightened since registration; the dispatcher checks the connected address too.
    const target = validateTargetUrl(claimed.url, { allowHttp, allowPrivate: allowPrivateTargets });
    if (!target.ok) return failure(`target refused: ${target.reason}`, 'target_refused');
    let secrets: string[];
    try {
      secrets = this.signingSecrets(claimed);
    } catch {
      this.logger.error({ webhookId: claimed.subscription_id }, 'webhook secret cannot be decrypted; was WEBHOOK_SECRET_KEY changed?');
      return failure('the subscription secret cannot be decrypted (WEBHOOK_SECRET_KEY changed?)', 'connection');
    }
    const body = webhookBody(event);
    // Fresh per attempt: consumers reject old timestamps (replay protection).
    const headers = buildHeaders(secrets, event.id, unixSeconds(this.clock.now()), body);
    return sendWebhook({ url: target.url, body, headers, dispatcher: this.http, timeoutMs });
  }

  /** The current secret, and the previous one during the grace period after a rotation. */
  private signingSecrets(claimed: Claimed): string[] {
    const secrets = [this.openSecret(claimed.secret_enc, claimed.subscription_id)];
    const now = this.clock.now().toISOString();
    if (claimed.previous_secret_enc !== null && claimed.previous_valid_until !== null && claimed.previous_valid_until > now) {
      secrets.push(this.openSecret(claimed.previous_secret_enc, claimed.subscription_id));
    }
    return secrets;
  }

  private openSecret(sealed: string, subscriptionId: string): string {
    const key = `${subscriptionId}:${sealed}`;
    let secret = this.secretCache.get(key);
    if (secret === undefined) {
      secret = this.secrets.open(sealed, subscriptionId);
      if (this.secretCache.size >= SECRET_CACHE_SIZE) this.secretCache.clear();
      this.secretCache.set(key, secret);
    }
    return secret;
  }

  private async record(claimed: Claimed, result: DeliveryResult, attemptedAt: Date, event: StoredEvent | undefined): Promise<void> {
    const { retryScheduleMs, retryJitter, disableAfterFailingMs } = this.settings.webhooks;
    const finished = this.clock.now();
    const finishedIso = finished.toISOString();
    const { next, disabledFor } = await this.db.writeGrouped(() => {
      let next: { ref: DeliveryRef; delayMs: number } | null = null;
      let disabledFor: string | null = null;
      const subscription = this.db.get<{ enabled: number; failing_since: string | null }>(
        'SELECT enabled, failing_since FROM webhook_subscriptions WHERE id = ?',
        claimed.subscription_id,
      );
      if (subscription === undefined) return { next, disabledFor }; // deleted meanwhile; its deliveries went with it
      let nextAttemptAt: string | null = null;
      if (result.ok) {
        this.db.run(
          'UPDATE webhook_subscriptions SET last_success_at = ?, failing_since = NULL WHERE id = ?',
          finishedIso,
          claimed.subscription_id,
        );
      } else if (subscription.enabled === 1) {
        const failingSince = subscription.failing_since ?? attemptedAt.toISOString();
        if (subscription.failing_since === null) {
          this.db.run('UPDATE webhook_subscriptions SET failing_since = ? WHERE id = ?', failingSince, claimed.subscription_id);
        }
        if (result.gone) {
          disabledFor = 'the consumer answered 410 Gone';
        } else if (finished.getTime() - Date.parse(failingSince) >= disableAfterFailingMs) {
          disabledFor = `no successful delivery since ${failingSince} (${describeDuration(disableAfterFailingMs)} or more)`;
        } else {
          const delayMs = delayBeforeRetry({
            attemptsMade: claimed.attempt,
            retryAfterMs: result.retryAfterMs,
            schedule: retryScheduleMs,
            jitter: retryJitter,
          });
          if (delayMs !== null) {
            nextAttemptAt = new Date(finished.getTime() + delayMs).toISOString();
            const ref = this.store.insertAttempt(
              claimed.subscription_id, claimed.event_id, claimed.event_type, claimed.attempt + 1, nextAttemptAt, finishedIso,
            );
            if (ref) next = { ref, delayMs };
          }
        }
      }
      this.db.run(
        `UPDATE webhook_deliveries
         SET status = ?, response_status = ?, error = ?, duration_ms = ?, attempted_at = ?, next_attempt_at = ?, lease_until = NULL
         WHERE id = ?`,
        result.ok ? 'delivered' : 'failed',
        result.status,
        result.ok ? null : shorten(result.error ?? 'failed'),
        result.durationMs,
        attemptedAt.toISOString(),
        nextAttemptAt,
        claimed.id,
      );
      if (disabledFor !== null) this.store.disable(claimed.subscription_id, disabledFor, finishedIso, true);
      return { next, disabledFor };
    });

    const outcome: Outcome = result.ok
      ? 'delivered'
      : result.gone
        ? 'gone'
        : result.failure === 'target_refused'
          ? 'refused'
          : result.failure === 'timeout'
            ? 'timeout'
            : 'failed';
    this.metrics.webhookAttempts.inc({ outcome });
    this.metrics.webhookDuration.observe({ outcome }, result.durationMs / 1000);
    if (result.ok && event !== undefined) {
      this.metrics.webhookLatency.observe(Math.max(0, finished.getTime() - Date.parse(event.timestamp)) / 1000);
    }
    if (disabledFor !== null) {
      this.logger.warn({ webhookId: claimed.subscription_id, reason: disabledFor }, 'webhook subscription disabled');
    }
    if (next !== null) {
      const { ref, delayMs } = next;
      this.dispatch.ensureQueued(ref, delayMs).catch((error: Error) =>
        this.logger.warn({ deliveryId: ref.deliveryId, err: error.message }, 'could not enqueue a webhook retry; the sweep will'),
      );
    }
  }
}

function failure(error: string, kind: DeliveryResult['failure']): DeliveryResult {
  return { ok: false, status: null, durationMs: 0, error, failure: kind, excerpt: '' };
}

function shorten(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}

function describeDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 24 && Number.isInteger(hours / 24)) return `${hours / 24} days`;
  if (hours >= 1) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round(ms / 100) / 10} s`;
}
