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
  'source.ingested',
  'ping',
  /** Added by the webhooks feature: a subscription was switched off (410 Gone, or failing too long). */
  'webhook.disabled',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (value: string): value is EventType =>
  (EVENT_TYPES as readonly string[]).includes(value);

/** The envelope: the webhook body and an item of the feed. */
export interface EventEnvelope {
  id: string;
  type: EventType;
  timestamp: string;
  data: Record<string, unknown>;
}
