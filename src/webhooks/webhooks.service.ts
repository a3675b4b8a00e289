import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { DomainError, notFound } from '../common/errors.js';
import { newId } from '../common/ids.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import { generateSecret } from './signing.js';
import { classifyAddress, isAllowedAddress, validateTargetUrl } from './target-guard.js';
import { WebhookDispatch } from './webhook-dispatch.js';
import { WebhookSecrets } from './webhook-secrets.js';
import {
  type DeliveryRow, type DeliveryStatus, type DeliveryView, type SubscriptionRow, type SubscriptionView,
  toDeliveryView, toSubscriptionView, WebhookStore,
} from './webhook-store.js';
import type { CreateWebhookDto, UpdateWebhookDto } from './webhooks.dto.js';

/** How long registration waits for DNS before leaving the name to the send-time check. */
const REGISTRATION_DNS_TIMEOUT_MS = 1000;

export type SubscriptionWithSecret = SubscriptionView & { secret: string };

/** Subscriptions and their deliveries (api.md "Events and webhooks"). No route here waits on Redis. */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly store: WebhookStore,
    private readonly secrets: WebhookSecrets,
    private readonly dispatch: WebhookDispatch,
    private readonly events: EventLog,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async create(input: CreateWebhookDto): Promise<SubscriptionWithSecret> {
    const url = await this.checkTarget(input.url);
    const id = newId();
    const secret = generateSecret();
    const now = this.clock.now().toISOString();
    this.db.write(() => {
      this.db.run(
        `INSERT INTO webhook_subscriptions (id, url, events, description, enabled, secret_enc, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        id, url, JSON.stringify(normaliseEvents(input.events)), input.description ?? null, input.enabled === false ? 0 : 1,
        this.secrets.seal(secret, id), now, now,
      );
      if (input.enabled === false) this.db.run(`UPDATE webhook_subscriptions SET disabled_reason = 'disabled by an admin' WHERE id = ?`, id);
    });
    this.logger.log({ webhookId: id }, 'webhook subscription created');
    return { ...this.view(id), secret };
  }

  list(query: { limit?: number; cursor?: string }): Page<SubscriptionView> {
    const limit = clampLimit(query.limit, this.settings.pagination);
    const cursor = decodeCursor(query.cursor, 2) as [string, string] | null;
    const rows = cursor
      ? this.db.all<SubscriptionRow>(
          'SELECT * FROM webhook_subscriptions WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?',
          String(cursor[0]), String(cursor[1]), limit + 1,
        )
      : this.db.all<SubscriptionRow>('SELECT * FROM webhook_subscriptions ORDER BY created_at, id LIMIT ?', limit + 1);
    const now = this.clock.now().toISOString();
    return toPage(rows, limit, (r) => toSubscriptionView(r, now), (r) => [r.created_at, r.id]);
  }

  get(id: string): SubscriptionView {
    return this.view(id);
  }

  async update(id: string, input: UpdateWebhookDto): Promise<SubscriptionView> {
    this.require(id);
    const url = input.url !== undefined ? await this.checkTarget(input.url) : undefined;
    const now = this.clock.now().toISOString();
    this.db.write(() => {
      const row = this.require(id);
      this.db.run(
        'UPDATE webhook_subscriptions SET url = ?, events = ?, description = ?, updated_at = ? WHERE id = ?',
        url ?? row.url,
        input.events !== undefined ? JSON.stringify(normaliseEvents(input.events)) : row.events,
        input.description !== undefined ? input.description : row.description,
        now,
        id,
      );
      if (input.enabled === false && row.enabled === 1) {
        this.store.disable(id, 'disabled by an admin', now, false);
      } else if (input.enabled === true && row.enabled === 0) {
        // A fresh start: the failing period counts from the next failure.
        this.db.run(
          'UPDATE webhook_subscriptions SET enabled = 1, disabled_reason = NULL, failing_since = NULL, updated_at = ? WHERE id = ?',
          now, id,
        );
      }
    });
    return this.view(id);
  }

  remove(id: string): void {
    this.db.write(() => {
      this.require(id);
      this.db.run('DELETE FROM webhook_deliveries WHERE subscription_id = ?', id);
      this.db.run('DELETE FROM webhook_subscriptions WHERE id = ?', id);
    });
    this.logger.log({ webhookId: id }, 'webhook subscription deleted');
  }

  /** A new secret; the current one becomes the previous one and keeps signing for the grace period. */
  rotateSecret(id: string): SubscriptionWithSecret {
    const secret = generateSecret();
    const now = this.clock.now();
    const validUntil = new Date(now.getTime() + this.settings.webhooks.previousSecretValidMs).toISOString();
    this.db.write(() => {
      const row = this.require(id);
      this.db.run(
        `UPDATE webhook_subscriptions
         SET previous_secret_enc = secret_enc, previous_valid_until = ?, secret_enc = ?, updated_at = ? WHERE id = ?`,
        validUntil, this.secrets.seal(secret, row.id), now.toISOString(), id,
      );
    });
    this.logger.log({ webhookId: id }, 'webhook secret rotated');
    return { ...this.view(id), secret };
  }

  /**
   * A ping event for this subscription only. Its first attempt is written with the event, so the
   * answer can name it; the relay, woken by the commit, enqueues it.
   */
  ping(id: string): { eventId: string; deliveryId: string } {
    const now = this.clock.now().toISOString();
    return this.db.write(() => {
      const row = this.require(id);
      if (row.enabled !== 1) {
        throw new DomainError('conflict', `webhook ${id} is disabled; enable it (PATCH enabled: true) before pinging`);
      }
      const event = this.events.append('ping', { webhookId: id });
      const ref = this.store.insertAttempt(id, event.id, 'ping', 1, now, now);
      return { eventId: event.id, deliveryId: ref!.deliveryId };
    });
  }

  deliveries(id: string, query: { status?: DeliveryStatus; limit?: number; cursor?: string }): Page<DeliveryView> {
    this.require(id);
    const limit = clampLimit(query.limit, this.settings.pagination);
    const cursor = decodeCursor(query.cursor, 1) as [number] | null;
    const before = cursor ? Number(cursor[0]) : Number.MAX_SAFE_INTEGER;
    const rows = query.status
      ? this.db.all<DeliveryRow>(
          'SELECT * FROM webhook_deliveries WHERE subscription_id = ? AND status = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
          id, query.status, before, limit + 1,
        )
      : this.db.all<DeliveryRow>(
          'SELECT * FROM webhook_deliveries WHERE subscription_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
          id, before, limit + 1,
        );
    return toPage(rows, limit, toDeliveryView, (r) => [r.seq]);
  }

  /**
   * Sends that delivery's event again now: brings a pending attempt forward, or adds a new attempt
   * after the last one (if it fails, the rest of the retry schedule follows).
   */
  redeliver(id: string, deliveryId: string): DeliveryView {
    const now = this.clock.now().toISOString();
    const row = this.db.write(() => {
      const subscription = this.require(id);
      const delivery = this.db.get<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE id = ? AND subscription_id = ?', deliveryId, id);
      if (delivery === undefined) throw notFound('Delivery', deliveryId);
      if (subscription.enabled !== 1) {
        throw new DomainError('conflict', `webhook ${id} is disabled; enable it (PATCH enabled: true) before redelivering`);
      }
      if (this.db.get('SELECT 1 FROM events WHERE id = ?', delivery.event_id) === undefined) {
        throw new DomainError('conflict', `event ${delivery.event_id} is no longer held`);
      }
      const pending = this.db.get<DeliveryRow>(
        `SELECT * FROM webhook_deliveries WHERE subscription_id = ? AND event_id = ? AND status = 'pending' ORDER BY attempt DESC LIMIT 1`,
        id, delivery.event_id,
      );
      if (pending !== undefined) {
        this.db.run('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?', now, pending.id);
        return { ...pending, next_attempt_at: now };
      }
      const last = this.db.get<{ attempt: number }>(
        'SELECT MAX(attempt) AS attempt FROM webhook_deliveries WHERE subscription_id = ? AND event_id = ?',
        id, delivery.event_id,
      )!;
      const ref = this.store.insertAttempt(id, delivery.event_id, delivery.event_type, last.attempt + 1, now, now)!;
      return this.store.delivery(ref.deliveryId)!;
    });
    this.dispatch.kick({ deliveryId: row.id, attempt: row.attempt });
    return toDeliveryView(row);
  }

  private view(id: string): SubscriptionView {
    return toSubscriptionView(this.require(id), this.clock.now().toISOString());
  }

  private require(id: string): SubscriptionRow {
    const row = this.store.subscription(id);
    if (row === undefined) throw notFound('Webhook', id);
    return row;
  }

  /**
   * The registration check: scheme, credentials, literal addresses, and where a name resolves
   * now. A name that does not resolve (yet) is accepted; every send checks the connected address.
   */
  private async checkTarget(raw: string): Promise<string> {
    const { allowHttp, allowPrivateTargets } = this.settings.webhooks;
    const policy = { allowHttp, allowPrivate: allowPrivateTargets };
    const check = validateTargetUrl(raw, policy);
    if (!check.ok) throw invalidUrl(check.reason);
    const host = check.url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0) {
      const addresses = await resolveQuickly(host);
      const refused = addresses.find((address) => !isAllowedAddress(address, policy));
      if (refused !== undefined) {
        throw invalidUrl(`${host} resolves to ${refused}, a ${classifyAddress(refused).replace('_', '-')} address; only public addresses are allowed`);
      }
    }
    return raw;
  }
}

function invalidUrl(reason: string): DomainError {
  return new DomainError('validation_failed', `url: ${reason}`, { errors: [{ field: 'url', message: reason }] });
}

/** Duplicates dropped, order kept; "*" alone when present. */
function normaliseEvents(events: string[]): string[] {
  return events.includes('*') ? ['*'] : [...new Set(events)];
}

async function resolveQuickly(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const answers = await Promise.race([
      lookup(host, { all: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), REGISTRATION_DNS_TIMEOUT_MS);
      }),
    ]);
    return answers.map((answer) => answer.address);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}
