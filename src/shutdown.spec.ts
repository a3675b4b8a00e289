import { ShutdownSequence, type ShutdownLog } from './shutdown.js';

function recordingLog(): ShutdownLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (_fields, message) => lines.push(message), error: (_fields, message) => lines.push(message) };
}

describe('ShutdownSequence', () => {
  it('stops the last-added first, each only after the one before has finished', async () => {
    const log = recordingLog();
    const sequence = new ShutdownSequence(log);
    const order: string[] = [];
    const step = (name: string, ms: number) => ({
      name,
      stop: () => new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), ms)),
    });
    // added in the order a process acquires them
    sequence.add(step('Redis', 1));
    sequence.add(step('database', 30));
    sequence.add(step('workers', 1));
    sequence.add(step('HTTP', 20));
    expect(await sequence.run()).toBe(true);
    expect(order).toEqual(['HTTP', 'workers', 'database', 'Redis']);
    expect(log.lines).toEqual(['stopped: HTTP', 'stopped: workers', 'stopped: database', 'stopped: Redis']);
  });

  it('runs once however often it is asked, and still stops the rest when a step fails', async () => {
    const log = recordingLog();
    const sequence = new ShutdownSequence(log);
    let redisStops = 0;
    sequence.add({ name: 'Redis', stop: () => void redisStops++ });
    sequence.add({ name: 'database', stop: () => Promise.reject(new Error('disk gone')) });
    expect(sequence.started).toBe(false);
    const [first, second] = await Promise.all([sequence.run(), sequence.run()]);
    expect([first, second]).toEqual([false, false]);
    expect(sequence.started).toBe(true);
    expect(redisStops).toBe(1);
    expect(log.lines).toEqual(['could not stop: database', 'stopped: Redis']);
  });
});
