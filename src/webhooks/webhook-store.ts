import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { EventLog } from '../events/event-log.js';
import { newId } from '../common/ids.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

export interface SubscriptionRow {
  id: string;
  url: string;
  events: string;
  description: string | null;
  enabled: number;
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_valid_until: string | null;
  created_at: string;
  updated_at: string;
  last_success_at: string | null;
  failing_since: string | null;
  disabled_reason: string | null;
}

export interface DeliveryRow {
  seq: number;
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  status: DeliveryStatus;
  response_status: number | null;
  error: string | null;
  duration_ms: number | null;
  attempted_at: string | null;
  next_attempt_at: string | null;
  lease_until: string | null;
  created_at: string;
}

/** A delivery attempt as a job: the webhooks queue payload. */
export interface DeliveryRef {
  deliveryId: string;
  attempt: number;
}

export interface SubscriptionView {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastSuccessAt: string | null;
  failingSince: string | null;
  disabledReason: string | null;
  previousSecretValidUntil: string | null;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  status: DeliveryStatus;
  responseStatus: number | null;
  error: string | null;
  durationMs: number | null;
  attemptedAt: string | null;
  nextAttemptAt: string | null;
}

export function toSubscriptionView(row: SubscriptionRow, now: string): SubscriptionView {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSuccessAt: row.last_success_at,
    failingSince: row.failing_since,
    disabledReason: row.disabled_reason,
    previousSecretValidUntil:
      row.previous_secret_enc !== null && row.previous_valid_until !== null && row.previous_valid_until > now
        ? row.previous_valid_until
        : null,
  };
}

export function toDeliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    attempt: row.attempt,
    status: row.status,
    responseStatus: row.response_status,
    error: row.error,
    durationMs: row.duration_ms,
    attemptedAt: row.attempted_at,
    nextAttemptAt: row.next_attempt_at,
  };
}

/** SQL shared by the API, the fan-out and the processor. Methods marked "in a write" need Db.write. */
@Injectable()
export class WebhookStore {
  constructor(
    private readonly db: Db,
    private readonly events: EventLog,
  ) {}

  subscription(id: string): SubscriptionRow | undefined {
    return this.db.get<SubscriptionRow>('SELECT * FROM webhook_subscriptions WHERE id = ?', id);
  }

  delivery(id: string): DeliveryRow | undefined {
    return this.db.get<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ?', id);
  }

  /** In a write. A new pending attempt, or null when that attempt of that event already exists for that subscription. */
  insertAttempt(subscriptionId: string, eventId: string, eventType: string, attempt: number, dueAt: string, now: string): DeliveryRef | null {
    const id = newId();
    const { changes } = this.db.run(
      `INSERT OR IGNORE INTO webhook_deliveries
         (id, subscription_id, event_id, event_type, attempt, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)`,
      id, subscriptionId, eventId, eventType, attempt, dueAt, now,
    );
    return changes === 1 ? { deliveryId: id, attempt } : null;
  }

  /**
   * In a write. Switches a subscription off and closes its pending attempts, so nothing more is sent
   * until an admin enables it again. `announce` writes a webhook.disabled event (automatic disables).
   */
  disable(subscriptionId: string, reason: string, now: string, announce: boolean): void {
    const { changes } = this.db.run(
      'UPDATE webhook_subscriptions SET enabled = 0, disabled_reason = ?, updated_at = ? WHERE id = ? AND enabled = 1',
      reason, now, subscriptionId,
    );
    if (changes === 0) return;
    this.db.run(
      `UPDATE webhook_deliveries SET status = 'failed', error = 'subscription disabled', next_attempt_at = NULL, lease_until = NULL
       WHERE subscription_id = ? AND status = 'pending'`,
      subscriptionId,
    );
    if (announce) this.events.append('webhook.disabled', { webhookId: subscriptionId, reason });
  }
}
