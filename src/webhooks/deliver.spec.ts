import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { Agent } from 'undici';
import { DEFAULT_EXCERPT_LENGTH, sendWebhook } from './deliver.js';
import { createGuardedDispatcher } from './guarded-dispatcher.js';
import { buildHeaders, generateSecret, unixSeconds } from './signing.js';

interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface Receiver {
  url: string;
  received: Received[];
  connections: number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

async function startReceiver(handler: Handler): Promise<Receiver> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      receiver.received.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      handler(req, res, receiver.received.length);
    });
  });
  const receiver: Receiver = {
    url: '',
    received: [],
    connections: 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => receiver.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return receiver;
}

const secret = generateSecret();
const eventId = 'evt_0192f1c2';
const body = JSON.stringify({ type: 'verdict.approved', timestamp: '2025-01-01T00:00:00.000Z', data: { claimId: 'c1', version: 4 } });
const headersNow = () => buildHeaders([secret], eventId, unixSeconds(), body);

describe('sendWebhook', () => {
  let dispatcher: Agent;
  let receiver: Receiver | undefined;
  const serve = async (handler: Handler) => (receiver = await startReceiver(handler));
  const send = (url: string, timeoutMs = 300) => sendWebhook({ url, body, headers: headersNow(), timeoutMs, dispatcher });

  beforeEach(() => {
    dispatcher = createGuardedDispatcher({ allowPrivate: true });
  });
  afterEach(async () => {
    await dispatcher.close();
    await receiver?.close();
    receiver = undefined;
  });

  it('posts the signed body byte for byte and reports a 2xx as delivered', async () => {
    const { url, received } = await serve((_req, res) => res.writeHead(204).end());
    const result = await send(url);
    expect(result).toMatchObject({ ok: true, status: 204, excerpt: '' });
    expect(result.error).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery.body).toBe(body);
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['webhook-id']).toBe(eventId);
    const verifiable = {
      'webhook-id': String(delivery.headers['webhook-id']),
      'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
      'webhook-signature': String(delivery.headers['webhook-signature']),
    };
    expect(new Webhook(secret).verify(delivery.body, verifiable)).toEqual(JSON.parse(body));
  });

  it('reports a 503 as failed and the next attempt, after recovery, as delivered with the same webhook-id', async () => {
    const { url, received } = await serve((_req, res, attempt) =>
      attempt === 1 ? res.writeHead(503).end('temporarily down') : res.end('thanks'),
    );
    const first = await send(url);
    expect(first).toMatchObject({ ok: false, status: 503, failure: 'http_status', error: 'HTTP 503', excerpt: 'temporarily down' });
    expect(first.retryAfterMs).toBeUndefined();
    const second = await send(url);
    expect(second).toMatchObject({ ok: true, status: 200, excerpt: 'thanks' });
    expect(received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId]);
  });

  it('drains answers so keep-alive connections are reused', async () => {
    const { url } = await serve((_req, res) => res.writeHead(500).end('x'.repeat(10_000)));
    for (let i = 0; i < 6; i++) expect((await send(url)).status).toBe(500);
    // The pool may open a second socket while the first is being released, but not one per delivery.
    expect(receiver!.connections).toBeLessThanOrEqual(2);
  });

  it('flags 410 Gone so the subscription can be disabled', async () => {
    const { url } = await serve((_req, res) => res.writeHead(410).end('unsubscribed'));
    expect(await send(url)).toMatchObject({ ok: false, status: 410, gone: true, error: 'HTTP 410 Gone' });
  });

  it('passes on Retry-After from a 429 or a 503, in seconds or as a date', async () => {
    const { url } = await serve((_req, res, attempt) =>
      attempt === 1
        ? res.writeHead(429, { 'retry-after': '30' }).end()
        : res.writeHead(503, { 'retry-after': new Date(Date.now() + 120_000).toUTCString() }).end(),
    );
    expect(await send(url)).toMatchObject({ ok: false, status: 429, retryAfterMs: 30_000 });
    const second = await send(url);
    expect(second.retryAfterMs).toBeGreaterThan(110_000);
    expect(second.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('ignores Retry-After on other statuses', async () => {
    const { url } = await serve((_req, res) => res.writeHead(500, { 'retry-after': '30' }).end());
    const result = await send(url);
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(result.retryAfterMs).toBeUndefined();
  });

  it('gives up on a receiver that hangs past the timeout', async () => {
    const { url, received } = await serve(() => {
      // accepts the request and never answers
    });
    const result = await send(url, 150);
    expect(result).toMatchObject({ ok: false, status: null, failure: 'timeout', error: 'timeout: no answer within 150 ms' });
    expect(result.durationMs).toBeGreaterThanOrEqual(140);
    expect(result.durationMs).toBeLessThan(600);
    expect(received).toHaveLength(1);
  });

  it('keeps a 2xx whose body stalls, within the deadline', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200);
      res.write('accepted, and then');
    });
    const result = await send(url, 150);
    expect(result).toMatchObject({ ok: true, status: 200, excerpt: 'accepted, and then' });
    expect(result.durationMs).toBeLessThan(600);
  });

  it('does not follow a 302 and reports it as a failure', async () => {
    const { url, received } = await serve((req, res) =>
      req.url === '/hook' ? res.writeHead(302, { location: '/elsewhere' }).end() : res.end('followed'),
    );
    const result = await send(url);
    expect(result).toMatchObject({ ok: false, status: 302, failure: 'redirect' });
    expect(result.error).toMatch(/302.*not followed/);
    expect(received.map((r) => r.url)).toEqual(['/hook']);
  });

  it('keeps only a short excerpt of a large answer', async () => {
    const { url } = await serve((_req, res) => res.writeHead(500).end('é'.repeat(200_000)));
    const result = await send(url);
    expect(result.status).toBe(500);
    expect(result.excerpt).toBe('é'.repeat(DEFAULT_EXCERPT_LENGTH));
  });

  it('reports a refused connection', async () => {
    const { url } = await serve(() => undefined);
    await receiver!.close();
    receiver = undefined;
    const result = await send(url);
    expect(result).toMatchObject({ ok: false, status: null, failure: 'connection' });
    expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it('reports a target the dispatcher refuses, without reaching it', async () => {
    const strict = createGuardedDispatcher({ allowPrivate: false });
    try {
      const { url, received } = await serve((_req, res) => res.end());
      const result = await sendWebhook({ url, body, headers: headersNow(), timeoutMs: 300, dispatcher: strict });
      expect(result).toMatchObject({ ok: false, status: null, failure: 'target_refused' });
      expect(result.error).toMatch(/127\.0\.0\.1 is a loopback address/);
      expect(received).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });
});
