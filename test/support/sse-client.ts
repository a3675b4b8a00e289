/* eslint-disable @typescript-eslint/no-explicit-any */
import { setTimeout as sleep } from 'node:timers/promises';

/** One server-sent message as a client parses it; `comment` for a comment line. */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  comment?: string;
}

/**
 * A text/event-stream read with fetch, parsed as the WHATWG spec says (fields per line, a blank
 * line ends a message). Everything received is kept in order; `events` are the messages with data.
 */
export class SseStream {
  readonly received: SseMessage[] = [];
  ended = false;
  private readonly controller: AbortController;
  private buffer = '';

  private constructor(
    readonly response: Response,
    controller: AbortController,
  ) {
    this.controller = controller;
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
    const controller = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    const stream = new SseStream(response, controller);
    if (response.ok && response.body) void stream.pump(response.body);
    return stream;
  }

  get status(): number {
    return this.response.status;
  }

  get events(): Array<{ id: string; event: string; data: any }> {
    return this.received.filter((m) => m.data !== undefined).map((m) => ({ id: m.id!, event: m.event!, data: JSON.parse(m.data!) }));
  }

  get comments(): string[] {
    return this.received.filter((m) => m.comment !== undefined).map((m) => m.comment!);
  }

  /** Waits until `probe` holds of what was received (or throws after timeoutMs). */
  async until(probe: (stream: SseStream) => boolean, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!probe(this)) {
      if (Date.now() > deadline) throw new Error(`stream: condition not met in ${timeoutMs} ms; received ${JSON.stringify(this.received.slice(-5))}`);
      await sleep(20);
    }
  }

  /** The client goes away (as a closed browser tab does). */
  close(): void {
    this.controller.abort();
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close(), or the server went away
    }
    this.ended = true;
  }

  private parse(block: string): void {
    const message: SseMessage = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        this.received.push({ comment: line.slice(1).trim() });
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
      else if (field === 'id' || field === 'event') message[field] = value;
      else if (field === 'retry') message.retry = Number(value);
    }
    if (Object.keys(message).length) this.received.push(message);
  }
}
