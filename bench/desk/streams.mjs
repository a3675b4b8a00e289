// What a desk does at once during the measured phase: intake (claims, counter-claims, sources),
// workflow steps and fact-checkers' reads, each stream at its own fixed rate.
import { performance } from 'node:perf_hooks';
import { claimBody, counterClaimBody, createRandom, queuePageQuery, sourceBody } from './corpus.mjs';

const wall = () => performance.timeOrigin + performance.now();

/**
 * The streams for runOpenLoop. `ids` is the desk's claims (grows as claims are created); `lag`
 * hears of every creation at the moment its answer arrived.
 */
export function deskStreams({ client, key, ids, lag, rates, seed, sourceSerial }) {
  const r = createRandom(seed);
  const recent = () => ids[ids.length - 1 - Math.min(ids.length - 1, r.int(0, 200))];
  const anyClaim = () => (r.chance(0.2) ? recent() : ids[r.int(0, ids.length - 1)]);
  const assigned = [];
  let serial = sourceSerial;

  const created = (id) => {
    ids.push(id);
    lag.claimCreated(id, wall());
  };

  return [
    {
      name: 'POST /v1/claims', rate: rates.claims, write: true,
      send: async () => {
        const res = await client.call(key, 'POST', '/v1/claims', claimBody(r));
        if (res.status === 201) created(res.json.id);
        return res.status;
      },
    },
    {
      name: 'POST /v1/claims/:id/counter-claims', rate: rates.counterClaims, write: true,
      send: async () => {
        const res = await client.call(key, 'POST', `/v1/claims/${recent()}/counter-claims`, counterClaimBody(r));
        if (res.status === 201) created(res.json.claim.id);
        return res.status;
      },
    },
    {
      name: 'POST /v1/sources', rate: rates.sources, write: true,
      send: async () => {
        const res = await client.call(key, 'POST', '/v1/sources', sourceBody(r, serial++));
        if (res.status === 201) lag.sourceIngested(res.json.id, wall());
        return res.status;
      },
    },
    {
      // a fact-checker picks up a fresh claim, or puts one back
      name: 'POST /v1/claims/:id/assign|unassign', rate: rates.workflow, write: true,
      send: async () => {
        if (assigned.length > 5 || (assigned.length && r.chance(0.5))) {
          const id = assigned.shift();
          return (await client.call(key, 'POST', `/v1/claims/${id}/unassign`, undefined, { raw: true })).status;
        }
        const id = recent();
        const res = await client.call(key, 'POST', `/v1/claims/${id}/assign`, undefined, { raw: true });
        if (res.status === 200) assigned.push(id);
        return res.status;
      },
    },
    {
      name: 'GET /v1/claims?… (queue page)', rate: rates.queuePages,
      send: async () => (await client.call(key, 'GET', `/v1/claims?${queuePageQuery(r)}`, undefined, { raw: true })).status,
    },
    {
      name: 'GET /v1/claims/:id', rate: rates.claimReads,
      send: async () => (await client.call(key, 'GET', `/v1/claims/${anyClaim()}`, undefined, { raw: true })).status,
    },
    {
      name: 'GET /v1/claims/:id/corroboration', rate: rates.corroborationReads,
      send: async () => (await client.call(key, 'GET', `/v1/claims/${anyClaim()}/corroboration`, undefined, { raw: true })).status,
    },
    {
      name: 'GET /v1/flags?status=open', rate: rates.flagReads,
      send: async () => (await client.call(key, 'GET', `/v1/flags?status=open${r.chance(0.3) ? '&type=range_conflict' : ''}`, undefined, { raw: true })).status,
    },
  ];
}

/**
 * Extraction announces no event, so its end is read where a desk would see it: the source's
 * `extraction.status`, polled every `everyMs` for each source still running. The poll's own
 * requests are counted apart from the measured streams.
 */
export function pollExtraction({ client, key, lag, everyMs = 100 }) {
  let stopped = false;
  let polls = 0;
  const loop = async () => {
    while (!stopped) {
      const pending = lag.sourcesPending();
      await Promise.all(pending.map(async (id) => {
        polls++;
        const res = await client.call(key, 'GET', `/v1/sources/${id}`);
        const status = res.json?.extraction?.status;
        if (status === 'done' || status === 'failed') lag.sourceExtracted(id, wall(), status);
      }));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  };
  const running = loop();
  return { stop: async () => { stopped = true; await running; return polls; } };
}
