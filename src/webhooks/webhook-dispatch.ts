import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import type { EventEnvelope } from '../events/event-types.js';
import { JobGateway } from '../jobs/job-gateway.js';
import { jobIdFor } from '../jobs/job-catalogue.js';
import { OutboxRelay } from '../jobs/outbox-relay.js';
import { type DeliveryRef, WebhookStore } from './webhook-store.js';

const SHUTDOWN_WAIT_MS = 1000;
/** Redis calls of one sweep step give up after this; the next sweep tries again. */
const SWEEP_STEP_TIMEOUT_MS = 3000;

interface ActiveSubscription {
  id: string;
  createdAt: string;
  types: Set<string>;
}

/**
 * Turns events into delivery rows and delivery rows into jobs.
 *  - Fan-out: a listener on each outbox batch writes one pending attempt per matching enabled
 *    subscription (idempotent on (subscription, event, attempt)) in one transaction, then enqueues
 *    them. The relay marks the batch dispatched only afterwards, so a crash or a Redis outage in
 *    between repeats the batch and nothing is lost.
 *  - Sweep: a plain timer re-enqueues pending attempts that are overdue and not held by a worker:
 *    after a Redis flush or restart, a killed worker, or an enqueue that failed. SQLite is the
 *    record; the deterministic job id keeps the queue from holding an attempt twice.
 */
@Injectable()
export class WebhookDispatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatch.name);
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | null = null;
  private stopped = false;
  private sweepFailing = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly jobs: JobGateway,
    private readonly store: WebhookStore,
    relay: OutboxRelay,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    relay.onBatch((events) => this.fanOut(events));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.settings.webhooks.sweepIntervalMs);
    this.timer.unref();
    // Attempts that fell due while no process was running go out now, not one interval later.
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    // A sweep stuck on an unreachable Redis must not hold up shutdown; what it left undone stays pending in SQLite.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.sweeping?.catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  /** The relay's per-batch hook. Throws when Redis does not take the jobs: the relay retries the batch. */
  async fanOut(events: EventEnvelope[]): Promise<void> {
    const subscriptions = this.activeSubscriptions();
    if (subscriptions.length === 0) return;
    const now = this.clock.now().toISOString();
    const queued = this.db.write(() => {
      const refs: DeliveryRef[] = [];
      for (const event of events) {
        for (const subscription of subscriptions) {
          if (!matches(subscription, event)) continue;
          const ref =
            this.store.insertAttempt(subscription.id, event.id, event.type, 1, now, now) ??
            // Already there: a repeated batch, or a ping whose first attempt the route wrote.
            this.pendingFirstAttempt(subscription.id, event.id);
          if (ref) refs.push(ref);
        }
      }
      return refs;
    });
    await Promise.all(queued.map((ref) => this.jobs.enqueue('webhooks', ref)));
  }

  /**
   * Makes sure a pending attempt is in the queue and runs no later than `delayMs` from now: adds its job,
   * brings a delayed one forward, or replaces one Redis still remembers as finished (a worker that
   * skipped it, e.g. while another held it). Used by the sweep, redeliver and retries.
   */
  async ensureQueued(ref: DeliveryRef, delayMs = 0): Promise<boolean> {
    const queue = this.jobs.queue('webhooks');
    const jobId = jobIdFor('webhooks', ref);
    const state = await queue.getJobState(jobId);
    // 'unknown' may still leave the job's hash behind: keys deleted by a scan that passed the hash
    // after an add and the state sets before it. BullMQ's add ignores an id whose hash exists, so
    // the attempt would never run again; removing first (a no-op when nothing is there) clears it.
    if (state === 'completed' || state === 'failed' || state === 'unknown') {
      await queue.remove(jobId);
    } else if (state === 'delayed') {
      if (delayMs > 0) return false;
      await (await queue.getJob(jobId))?.promote();
      return true;
    } else {
      return false; // waiting, active, prioritized: it will run
    }
    await this.jobs.enqueue('webhooks', ref, { delayMs });
    return true;
  }

  /** Fire and forget: for API routes, which never wait on Redis. The sweep covers a failure. */
  kick(ref: DeliveryRef): void {
    this.ensureQueued(ref).catch((error: Error) =>
      this.logger.warn({ deliveryId: ref.deliveryId, err: error.message }, 'could not enqueue a webhook attempt; the sweep will'),
    );
  }

  /** One pass; returns how many attempts it (re-)enqueued. Public for tests and operators. */
  sweep(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<number> {
    const { sweepGraceMs, sweepBatch } = this.settings.webhooks;
    const now = this.clock.now();
    const due = this.db.all<{ id: string; attempt: number }>(
      `SELECT id, attempt FROM webhook_deliveries
       WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
       ORDER BY next_attempt_at LIMIT ?`,
      new Date(now.getTime() - sweepGraceMs).toISOString(),
      now.toISOString(),
      sweepBatch,
    );
    let enqueued = 0;
    try {
      for (let i = 0; i < due.length && !this.stopped; i += 50) {
        await Promise.all(
          due.slice(i, i + 50).map(async ({ id, attempt }) => {
            if (await withTimeout(this.ensureQueued({ deliveryId: id, attempt }), SWEEP_STEP_TIMEOUT_MS)) enqueued++;
          }),
        );
      }
      if (this.sweepFailing) this.logger.log('webhook sweep recovered');
      this.sweepFailing = false;
      if (enqueued > 0) this.logger.log({ enqueued }, 'webhook sweep re-enqueued overdue deliveries');
    } catch (error) {
      if (!this.sweepFailing) this.logger.warn({ err: (error as Error).message }, 'webhook sweep could not reach Redis; will retry');
      this.sweepFailing = true;
    }
    return enqueued;
  }

  private activeSubscriptions(): ActiveSubscription[] {
    return this.db
      .all<{ id: string; events: string; created_at: string }>('SELECT id, events, created_at FROM webhook_subscriptions WHERE enabled = 1')
      .map((row) => ({ id: row.id, createdAt: row.created_at, types: new Set(JSON.parse(row.events) as string[]) }));
  }

  private pendingFirstAttempt(subscriptionId: string, eventId: string): DeliveryRef | null {
    const row = this.db.get<{ id: string }>(
      `SELECT id FROM webhook_deliveries WHERE subscription_id = ? AND event_id = ? AND attempt = 1 AND status = 'pending'`,
      subscriptionId,
      eventId,
    );
    return row ? { deliveryId: row.id, attempt: 1 } : null;
  }
}

/** A ping goes to the one subscription it names; other events to subscriptions listing their type or "*", from their creation on. */
function matches(subscription: ActiveSubscription, event: EventEnvelope): boolean {
  if (event.type === 'ping') return event.data.webhookId === subscription.id;
  return (subscription.types.has('*') || subscription.types.has(event.type)) && event.timestamp >= subscription.createdAt;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
