import type { EventEnvelope } from './event-types.js';

/**
 * The text/event-stream wire format (WHATWG HTML, "Server-sent events"): one message per event with
 * `id:` (what a reconnecting client sends back as Last-Event-ID), `event:` and `data:`, ended by a
 * blank line. JSON.stringify escapes every line break, so the envelope always fits one `data:` line.
 */
export function sseMessage(event: EventEnvelope): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: clients ignore it, and it keeps proxies and load balancers from closing an idle stream. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** How long a client waits before it reconnects after the stream ends. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}
