import { roleAtLeast, type Role } from '../auth/roles.js';

/** Every event type the desk emits: the feed, webhook filters and the docs all read this list. */
export const EVENT_TYPES = [
  'claim.created',
  'claim.updated',
  'claim.status_changed',
  'claim.assigned',
  'claim.linked',
  'verdict.proposed',
  'verdict.approved',
  'verdict.rejected',
  'flag.raised',
  'flag.resolved',
  'corroboration.completed',
  /** A claim's consistency check ran, whether or not it changed a flag (the end of a claim's checks). */
  'consistency.completed',
  'source.ingested',
  /** A source's extraction ended: `done` (its claims are stored) or `failed` (it may be retried). */
  'source.extracted',
  'ping',
  /** Added by the webhooks feature: a subscription was switched off (410 Gone, or failing too long). */
  'webhook.disabled',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The least role that may read each event type on the live stream (GET /v1/events/stream). An event
 * about claims, verdicts, flags, checks or sources tells a reader nothing the claim and source routes
 * (fact_checker) do not; webhook traffic belongs to admins, who manage the subscriptions. A new type
 * fails to compile until it is given a reader here. The durable feed (GET /v1/events) stays admin only.
 */
export const EVENT_READERS: Record<EventType, Role> = {
  'claim.created': 'fact_checker',
  'claim.updated': 'fact_checker',
  'claim.status_changed': 'fact_checker',
  'claim.assigned': 'fact_checker',
  'claim.linked': 'fact_checker',
  'verdict.proposed': 'fact_checker',
  'verdict.approved': 'fact_checker',
  'verdict.rejected': 'fact_checker',
  'flag.raised': 'fact_checker',
  'flag.resolved': 'fact_checker',
  'corroboration.completed': 'fact_checker',
  'consistency.completed': 'fact_checker',
  'source.ingested': 'fact_checker',
  'source.extracted': 'fact_checker',
  ping: 'admin',
  'webhook.disabled': 'admin',
};

/** The event types a caller of this role may read on the live stream. */
export function eventTypesReadableBy(role: Role): EventType[] {
  return EVENT_TYPES.filter((type) => roleAtLeast(role, EVENT_READERS[type]));
}

/**
 * The data of the event types whose shape is fixed here; the others carry a plain object (their
 * emitters own the shape for now). EventLog.append checks a payload against this.
 */
export interface EventPayloads {
  'consistency.completed': {
    claimId: string;
    /** The claim's version when the check ran (what it judged). */
    version: number;
    /** Flags this check opened and closed (ids); both empty when it found nothing new. */
    raised: string[];
    closed: string[];
  };
  'source.extracted': {
    sourceId: string;
    /** Claims citing the source after the extraction (as `extraction.claimCount` on the source). */
    claimCount: number;
    status: 'done' | 'failed';
  };
}

export type EventData<T extends EventType> = T extends keyof EventPayloads ? EventPayloads[T] : Record<string, unknown>;

export const isEventType = (value: string): value is EventType =>
  (EVENT_TYPES as readonly string[]).includes(value);

/** The envelope: the webhook body and an item of the feed. */
export interface EventEnvelope {
  id: string;
  type: EventType;
  timestamp: string;
  data: Record<string, unknown>;
}
