/**
 * The body of a delivery, built once as a string: these exact bytes are signed and sent.
 * `data` is the event's stored JSON, inserted as is (it already carries the claim version where
 * the event has one). The envelope is the contract's `{id, type, timestamp, data}`: Standard
 * Webhooks asks for `{type, timestamp, data}` and allows more; `id` equals the webhook-id header.
 */
export interface StoredEvent {
  id: string;
  type: string;
  timestamp: string;
  /** JSON text as stored in events.data. */
  data: string;
}

export function webhookBody(event: StoredEvent): string {
  return `{"id":${JSON.stringify(event.id)},"type":${JSON.stringify(event.type)},"timestamp":${JSON.stringify(event.timestamp)},"data":${event.data}}`;
}
