import { Registry } from 'prom-client';
import { registerQueueDepths, type QueueDepths } from './queue-depths.js';

const line = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(name));

describe('registerQueueDepths', () => {
  it('reports every state of every queue, and Redis up', async () => {
    const registry = new Registry();
    const depths: QueueDepths = { consistency: { waiting: 3, active: 1, delayed: 0, failed: 2 } };
    registerQueueDepths(registry, { depths: async () => depths }, 100);
    const text = await registry.metrics();
    expect(line(text, 'claimdesk_queue_jobs{')).toEqual([
      'claimdesk_queue_jobs{queue="consistency",state="waiting"} 3',
      'claimdesk_queue_jobs{queue="consistency",state="active"} 1',
      'claimdesk_queue_jobs{queue="consistency",state="delayed"} 0',
      'claimdesk_queue_jobs{queue="consistency",state="failed"} 2',
    ]);
    expect(line(text, 'claimdesk_redis_up ')).toEqual(['claimdesk_redis_up 1']);
  });

  it('answers within the timeout when the source hangs, without stale depths, and does not start a second read', async () => {
    const registry = new Registry();
    let reads = 0;
    let answer: QueueDepths | null = { webhooks: { waiting: 7, active: 0, delayed: 0, failed: 0 } };
    let release: (d: QueueDepths) => void = () => undefined;
    registerQueueDepths(
      registry,
      {
        depths: () => {
          reads++;
          if (answer) return Promise.resolve(answer);
          return new Promise((resolve) => (release = resolve));
        },
      },
      50,
    );
    expect(line(await registry.metrics(), 'claimdesk_queue_jobs{')).toHaveLength(4);
    answer = null;
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const text = await registry.metrics();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(line(text, 'claimdesk_queue_jobs{')).toEqual([]);
      expect(line(text, 'claimdesk_redis_up ')).toEqual(['claimdesk_redis_up 0']);
    }
    expect(reads).toBe(2);
    release({ webhooks: { waiting: 1, active: 0, delayed: 0, failed: 0 } });
    await new Promise((r) => setImmediate(r));
    answer = { webhooks: { waiting: 2, active: 0, delayed: 0, failed: 0 } };
    const text = await registry.metrics();
    expect(line(text, 'claimdesk_queue_jobs{queue="webhooks",state="waiting"}')).toEqual(['claimdesk_queue_jobs{queue="webhooks",state="waiting"} 2']);
    expect(reads).toBe(3);
  });
});
