import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job, type RedisOptions } from 'bullmq';
import { testRedisUrl } from '../support/redis.js';
import { eventually } from '../support/eventually.js';
import { redisOptionsFromUrl } from '../../src/redis/redis-options.js';
import { JobGateway } from '../../src/jobs/job-gateway.js';
import { QUEUE_NAMES, type JobPayloads, type QueueName } from '../../src/jobs/job-catalogue.js';

/**
 * The catalogue's priorities and coalescing against real Redis and real BullMQ workers, through
 * the gateway's own add and bulk add (as the outbox relay hands over batches).
 */
describe('job priorities and coalesced re-checks (BullMQ)', () => {
  let connection: RedisOptions;
  let prefix: string;
  let queues: Record<QueueName, Queue>;
  let gateway: JobGateway;
  const workers: Worker[] = [];

  beforeAll(async () => {
    // workers block on Redis (as in JobsModule), so no per-request retry limit
    connection = { ...redisOptionsFromUrl(await testRedisUrl()), maxRetriesPerRequest: null } as RedisOptions;
    prefix = `test-coalesce-${randomUUID()}`;
    queues = Object.fromEntries(QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix })])) as Record<QueueName, Queue>;
    gateway = new JobGateway(queues.consistency, queues.corroboration, queues.extraction, queues.webhooks);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
    for (const queue of Object.values(queues)) await queue.obliterate({ force: true });
  });

  afterAll(async () => {
    for (const queue of Object.values(queues)) await queue.close();
  });

  type Check = Extract<JobPayloads['corroboration'], { claimId: string }>;
  const recheck = (claimId: string, sourceId: string): { queue: 'corroboration'; payload: Check } =>
    ({ queue: 'corroboration', payload: { claimId, reason: 'source_ingested', key: `src-${sourceId}` } });

  /** A worker that records what it ran; each run waits for `release` when a gate is given. */
  function worker(queue: QueueName, gate?: () => Promise<void>): { runs: Array<Job>; worker: Worker } {
    const runs: Job[] = [];
    const w = new Worker(queue, async (job) => {
      runs.push(job);
      await gate?.();
    }, { connection, prefix, concurrency: 1 });
    workers.push(w);
    return { runs, worker: w };
  }

  const waitingCount = async (queue: QueueName) => {
    const c = await queues[queue].getJobCounts('waiting', 'prioritized');
    return (c.waiting ?? 0) + (c.prioritized ?? 0);
  };

  it('turns N re-check requests of one claim while one waits into one job', async () => {
    await gateway.enqueueMany([recheck('c1', 's1'), recheck('c1', 's2'), recheck('c1', 's3'), recheck('c2', 's3')]);
    await gateway.enqueue('corroboration', recheck('c1', 's4').payload);
    await gateway.enqueueMany([recheck('c1', 's5')]);
    expect(await waitingCount('corroboration')).toBe(2); // c1 once, c2 once

    const { runs } = worker('corroboration');
    await eventually(() => runs.length === 2 || false);
    await new Promise((r) => setTimeout(r, 300)); // nothing else turns up
    expect(runs.map((j) => (j.data as Check).claimId).sort()).toEqual(['c1', 'c2']);
  });

  it('runs exactly once more after a request that arrives while a check runs', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let first = true;
    const { runs } = worker('corroboration', async () => {
      if (first) {
        first = false;
        await held;
      }
    });
    await gateway.enqueueMany([recheck('c1', 's1')]);
    await eventually(async () => (await queues.corroboration.getActiveCount()) === 1 || false);

    // three requests while it runs: the running check may have read the claim before them
    await gateway.enqueueMany([recheck('c1', 's2')]);
    await gateway.enqueueMany([recheck('c1', 's3'), recheck('c1', 's4')]);
    expect(await waitingCount('corroboration')).toBe(0); // kept aside, not queued beside the running one
    release();

    await eventually(() => runs.length === 2 || false);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toHaveLength(2);
    expect(runs.map((j) => j.id)).toEqual(['corroboration-c1-src-s1', 'corroboration-c1-src-s4']); // the last request's data
    // and the next request after that starts a fresh one
    await gateway.enqueueMany([recheck('c1', 's5')]);
    await eventually(() => runs.length === 3 || false);
  });

  it('drops a repeat of the same request (a relay retry) also after its job completed', async () => {
    const { runs } = worker('consistency');
    await gateway.enqueueMany([{ queue: 'consistency', payload: { claimId: 'c9', version: 1 } }]);
    await eventually(() => runs.length === 1 || false);
    await eventually(async () => (await queues.consistency.getJobState('consistency-c9-v1')) === 'completed' || false);
    await gateway.enqueueMany([{ queue: 'consistency', payload: { claimId: 'c9', version: 1 } }]);
    await gateway.enqueueMany([{ queue: 'consistency', payload: { claimId: 'c9', version: 2 } }]);
    await eventually(() => runs.length === 2 || false);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs.map((j) => j.id)).toEqual(['consistency-c9-v1', 'consistency-c9-v2']);
  });

  it('runs work a person caused before re-checks a new source set off', async () => {
    await gateway.enqueueMany([recheck('b1', 's1'), recheck('b2', 's1'), recheck('b3', 's1')]);
    await gateway.enqueueMany([
      { queue: 'corroboration', payload: { sourceId: 's2', reason: 'source_merge', key: 'src-s2' } },
      { queue: 'corroboration', payload: { claimId: 'p1', reason: 'created', key: 'v1' } },
      { queue: 'corroboration', payload: { claimId: 'p2', reason: 'edited', key: 'v2' } },
      { queue: 'corroboration', payload: { claimId: 'p3', reason: 'requested', key: 'req-1' } },
    ]);
    const { runs } = worker('corroboration');
    await eventually(() => runs.length === 7 || false);
    const order = runs.map((j) => ('claimId' in j.data ? j.data.claimId : j.data.sourceId));
    expect(order.slice(0, 3)).toEqual(['p1', 'p2', 'p3']);
    expect(order.slice(3)).toEqual(['b1', 'b2', 'b3', 's2']);
  });
});
