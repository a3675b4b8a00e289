// The webhook consumer a desk's other systems would run: a loopback HTTP server in a worker thread
// (so the load generator's event loop never delays an arrival's timestamp) that verifies each
// delivery's Standard Webhooks signature, answers 204 and reports what arrived, in batches.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Webhook } from 'standardwebhooks';

const wall = () => performance.timeOrigin + performance.now();

if (!isMainThread && workerData?.role === 'webhook-receiver') {
  let hook = null;
  let batch = [];
  let invalid = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const receivedAt = wall();
      const body = Buffer.concat(chunks).toString('utf8');
      let event;
      try {
        event = hook ? hook.verify(body, req.headers) : JSON.parse(body);
      } catch {
        invalid++;
        res.writeHead(400).end();
        return;
      }
      const d = event.data ?? {};
      batch.push({
        id: req.headers['webhook-id'],
        type: event.type,
        timestamp: event.timestamp,
        receivedAt,
        claimId: d.claimId ?? null,
        claimIds: d.claimIds ?? null,
        sourceId: d.sourceId ?? null,
      });
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));
  setInterval(() => {
    if (batch.length || invalid) parentPort.postMessage({ type: 'arrivals', arrivals: batch, invalid });
    batch = [];
    invalid = 0;
  }, 100);
  parentPort.on('message', (m) => {
    if (m.type === 'secret') hook = new Webhook(m.secret);
  });
}

/** Starts the receiver; `onArrivals` gets each batch. Resolves with {url, setSecret, stop, invalid()}. */
export async function startReceiver(onArrivals) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'webhook-receiver' } });
  let invalid = 0;
  const port = await new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m) => {
      if (m.type === 'listening') resolve(m.port);
      else if (m.type === 'arrivals') {
        invalid += m.invalid;
        onArrivals(m.arrivals);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}/claimdesk`,
    setSecret: (secret) => worker.postMessage({ type: 'secret', secret }),
    invalid: () => invalid,
    stop: () => worker.terminate(),
  };
}
