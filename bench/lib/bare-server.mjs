// The ceiling: plain Fastify answering the same JSON as claimdesk, with no auth, validation, database
// or logging. Runs as its own process, like the service, so neither shares an event loop with the load
// generator. Usage: node bare-server.mjs <port> <host> <fixtures.json>
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, host, fixturesFile] = process.argv.slice(2);
const { claim, page } = JSON.parse(readFileSync(fixturesFile, 'utf8'));

const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

// Objects rather than pre-serialised strings: the service serialises on every request, so must the ceiling.
app.get('/v1/claims/:id', async (_request, reply) => {
  void reply.header('etag', `"${claim.version}"`);
  return claim;
});

app.get('/v1/claims', async () => page);

app.post('/v1/claims', async (request, reply) => {
  const body = request.body ?? {};
  const now = new Date().toISOString();
  void reply.code(201).header('etag', '"1"');
  return {
    ...claim,
    id: randomUUID(),
    text: body.text,
    language: body.language ?? 'en',
    claimant: { name: body.claimant?.name, affiliation: body.claimant?.affiliation ?? null, country: body.claimant?.country ?? null },
    tags: body.tags ?? [],
    status: 'pending',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
});

await app.listen({ port: Number(port), host });
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => void app.close().then(() => process.exit(0)));
