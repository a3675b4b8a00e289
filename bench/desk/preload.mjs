// Fills a fresh service through its own write path, as a desk's intake would have: claims, some
// counter-claims answering them and sources in between, at a high but bounded concurrency. Every
// event, extraction and check the service starts for them runs for real; the caller waits for the
// queues to drain afterwards.
import { claimBody, counterClaimBody, createRandom, sourceBody } from './corpus.mjs';

const COUNTER_SHARE = 0.05;

/** Runs `count` tasks with at most `concurrency` at a time; `task(i)` returns a promise. */
async function bounded(count, concurrency, task) {
  let next = 0;
  const lane = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

/**
 * Sends `claims` claims (5 % of them counter-claims to an earlier one) and `sources` sources spread
 * evenly among them. Resolves with the ids of the claims created and the timings.
 */
export async function preload(client, key, { claims, sources, concurrency, seed, onProgress }) {
  const r = createRandom(seed);
  const ids = [];
  const every = sources > 0 ? Math.max(1, Math.floor(claims / sources)) : Infinity;
  const total = claims + sources;
  // the plan is fixed up front from the seed, so the data set does not depend on answer order
  const plan = [];
  let sourceNo = 0;
  for (let i = 0; i < claims; i++) {
    plan.push(i > 20 && r.chance(COUNTER_SHARE) ? { kind: 'counter', target: r.int(0, i - 1), body: counterClaimBody(r) } : { kind: 'claim', body: claimBody(r) });
    if ((i + 1) % every === 0 && sourceNo < sources) plan.push({ kind: 'source', body: sourceBody(r, sourceNo++) });
  }
  while (sourceNo < sources) plan.push({ kind: 'source', body: sourceBody(r, sourceNo++) });

  const byPlan = new Array(plan.length);
  const claimIndex = [];
  plan.forEach((p, i) => p.kind !== 'source' && claimIndex.push(i));
  const started = Date.now();
  let done = 0;
  let reported = 0;
  await bounded(plan.length, concurrency, async (i) => {
    const p = plan[i];
    if (p.kind === 'source') {
      await client.expect(201, key, 'POST', '/v1/sources', p.body);
    } else if (p.kind === 'claim') {
      byPlan[i] = (await client.expect(201, key, 'POST', '/v1/claims', p.body)).id;
    } else {
      // a target still in flight is answered later; then the newest claim already created stands in
      const target = byPlan[claimIndex[p.target]] ?? ids[ids.length - 1];
      byPlan[i] = target === undefined
        ? (await client.expect(201, key, 'POST', '/v1/claims', { ...p.body, stance: undefined })).id // nothing created yet to answer
        : (await client.expect(201, key, 'POST', `/v1/claims/${target}/counter-claims`, p.body)).claim.id;
    }
    if (byPlan[i]) ids.push(byPlan[i]);
    done++;
    if (onProgress && done - reported >= total / 10) {
      reported = done;
      onProgress(done, total, Date.now() - started);
    }
  });
  const ms = Date.now() - started;
  return { ids, ms, requests: total, perSecond: total / (ms / 1000) };
}
