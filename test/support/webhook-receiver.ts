import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** One request a receiver got: headers as sent, the raw body, when it arrived. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** What to answer: a status (and headers), or `hang` to never answer. */
export type Answer = { status: number; headers?: Record<string, string>; body?: string } | { hang: true };

/**
 * A webhook consumer on loopback for the tests. `answer` decides each response (default 204);
 * every request is recorded. close() also cuts connections left hanging.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  answer: (request: Received, index: number) => Answer = () => ({ status: 204 });
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((req, res) => this.handle(req, res));
  private listeners: Array<() => void> = [];
  url = '';

  static async start(path = '/hook'): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    receiver.server.on('connection', (socket) => {
      receiver.sockets.add(socket);
      socket.on('close', () => receiver.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.server.address() as { port: number };
    receiver.url = `http://127.0.0.1:${port}${path}`;
    return receiver;
  }

  /** Requests carrying this webhook-id. */
  withId(id: string): Received[] {
    return this.received.filter((r) => r.headers['webhook-id'] === id);
  }

  /** Resolves once `count` requests have arrived (or rejects after timeoutMs). */
  waitFor(count: number, timeoutMs = 15000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`receiver got ${this.received.length} of ${count} requests in ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        if (this.received.length >= count) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== check);
          resolve();
        }
      };
      this.listeners.push(check);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      const request: Received = { headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      const index = this.received.push(request) - 1;
      const answer = this.answer(request, index);
      for (const listener of [...this.listeners]) listener();
      if ('hang' in answer) return;
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? '');
    });
  }
}
