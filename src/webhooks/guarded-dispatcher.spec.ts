import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, buildConnector, request } from 'undici';
import {
  createGuardedDispatcher,
  guardConnector,
  guardedLookup,
  type ResolveHost,
  TARGET_REFUSED,
  TargetRefusedError,
} from './guarded-dispatcher.js';

interface Receiver {
  port: number;
  connections: number;
  requests: string[];
  close(): Promise<void>;
}

async function startReceiver(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Receiver> {
  const server: Server = createServer((req, res) => {
    receiver.requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  const receiver: Receiver = {
    port: 0,
    connections: 0,
    requests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => receiver.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  return receiver;
}

const ok = (_req: IncomingMessage, res: ServerResponse) => res.end('ok');
const resolvingTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

async function refusal(promise: Promise<unknown>): Promise<TargetRefusedError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TargetRefusedError);
  expect((error as TargetRefusedError).code).toBe(TARGET_REFUSED);
  return error as TargetRefusedError;
}

describe('createGuardedDispatcher', () => {
  let receiver: Receiver;
  let agents: Agent[];
  const agent = (options: Parameters<typeof createGuardedDispatcher>[0]) => {
    const created = createGuardedDispatcher(options);
    agents.push(created);
    return created;
  };

  beforeEach(async () => {
    agents = [];
    receiver = await startReceiver(ok);
  });
  afterEach(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await receiver.close();
  });

  it('refuses a literal loopback target without even connecting', async () => {
    const dispatcher = agent({ allowPrivate: false });
    const error = await refusal(request(`http://127.0.0.1:${receiver.port}/hook`, { method: 'POST', body: '{}', dispatcher }));
    expect(error.addressClass).toBe('loopback');
    expect(error.message).toMatch(/127\.0\.0\.1/);
    expect(receiver.connections).toBe(0);
  });

  it('delivers to loopback when private targets are allowed', async () => {
    const dispatcher = agent({ allowPrivate: true });
    const response = await request(`http://127.0.0.1:${receiver.port}/hook`, { method: 'POST', body: '{}', dispatcher });
    expect(response.statusCode).toBe(200);
    expect(await response.body.text()).toBe('ok');
    expect(receiver.requests).toEqual(['POST /hook']);
  });

  it('never reaches metadata or link-local addresses, even when private targets are allowed', async () => {
    const dispatcher = agent({ allowPrivate: true, connectTimeoutMs: 200 });
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/', 'http://[::ffff:169.254.169.254]/']) {
      const error = await refusal(request(url, { dispatcher }));
      expect(['metadata', 'link_local']).toContain(error.addressClass);
    }
  });

  it('refuses a hostname that resolves to loopback before connecting', async () => {
    const dispatcher = agent({ allowPrivate: false, resolveHost: resolvingTo('127.0.0.1') });
    const error = await refusal(request(`http://hooks.example.test:${receiver.port}/`, { dispatcher }));
    expect(error.message).toMatch(/hooks\.example\.test resolves to 127\.0\.0\.1/);
    expect(receiver.connections).toBe(0);
  });

  it('connects only to the allowed addresses of a name that also has refused ones', async () => {
    const dispatcher = agent({ allowPrivate: true, resolveHost: resolvingTo('169.254.169.254', '127.0.0.1') });
    const response = await request(`http://hooks.example.test:${receiver.port}/`, { dispatcher });
    expect(response.statusCode).toBe(200);
    await response.body.dump();
  });

  it('returns a redirect as it is, without following it', async () => {
    await receiver.close();
    receiver = await startReceiver((req, res) => {
      if (req.url === '/hook') res.writeHead(302, { location: '/elsewhere' }).end();
      else res.end('followed');
    });
    const dispatcher = agent({ allowPrivate: true });
    const response = await request(`http://127.0.0.1:${receiver.port}/hook`, { method: 'POST', body: '{}', dispatcher });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/elsewhere');
    await response.body.dump();
    expect(receiver.requests).toEqual(['POST /hook']);
  });

  it('applies the headers timeout it was given', async () => {
    await receiver.close();
    receiver = await startReceiver(() => {
      // never answers
    });
    const dispatcher = agent({ allowPrivate: true, headersTimeoutMs: 100 });
    const started = Date.now();
    await expect(request(`http://127.0.0.1:${receiver.port}/`, { dispatcher })).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    // undici runs these timers at about one-second resolution; sendWebhook adds its own precise deadline.
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('guardConnector', () => {
  it('checks the peer actually connected to, catching a resolution that bypassed the guarded lookup', async () => {
    const receiver = await startReceiver(ok);
    // A connector whose resolver answers loopback for every name, as a rebinding DNS would.
    const unguarded = buildConnector({
      lookup: (_hostname, options, callback) =>
        options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
    });
    const dispatcher = new Agent({ connect: guardConnector(unguarded, { allowPrivate: false }) });
    try {
      const error = await refusal(request(`http://public.example.test:${receiver.port}/`, { dispatcher }));
      expect(error.address).toBe('127.0.0.1');
      expect(error.host).toBe('public.example.test');
      expect(receiver.connections).toBe(1);
      expect(receiver.requests).toEqual([]);
    } finally {
      await dispatcher.close();
      await receiver.close();
    }
  });
});

describe('guardedLookup', () => {
  type Answer = { error: NodeJS.ErrnoException | null; address: unknown; family?: number };
  const lookUp = (lookup: ReturnType<typeof guardedLookup>, all: boolean) =>
    new Promise<Answer>((resolve) => lookup('hooks.example.test', { all }, (error, address, family) => resolve({ error, address, family })));

  it('answers in the shape net asks for, with refused addresses removed', async () => {
    const lookup = guardedLookup({ allowPrivate: false }, resolvingTo('10.0.0.1', '93.184.216.34', '2606:4700::1'));
    expect(await lookUp(lookup, true)).toEqual({
      error: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::1', family: 6 },
      ],
      family: undefined,
    });
    expect(await lookUp(lookup, false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
  });

  it('fails with a refusal when no address is left, and passes resolver errors on', async () => {
    const refused = await lookUp(guardedLookup({ allowPrivate: false }, resolvingTo('192.168.0.1')), false);
    expect(refused.error).toBeInstanceOf(TargetRefusedError);
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.test'), { code: 'ENOTFOUND' });
    const failed = await lookUp(guardedLookup({ allowPrivate: false }, () => Promise.reject(notFound)), true);
    expect(failed.error).toBe(notFound);
  });
});
