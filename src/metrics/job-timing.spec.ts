import { EventEmitter } from 'node:events';
import { jobTiming, watchJobDurations, type JobEvents, type JobTiming } from './job-timing.js';

describe('jobTiming', () => {
  it('measures from processedOn to finishedOn', () => {
    expect(jobTiming('consistency', { processedOn: 1_000, finishedOn: 1_250 }, 'completed', 9_999)).toEqual({
      queue: 'consistency',
      outcome: 'completed',
      seconds: 0.25,
    });
  });

  it('times an attempt that will be retried (no finishedOn) up to now, and skips a job that never started', () => {
    expect(jobTiming('webhooks', { processedOn: 1_000, finishedOn: null }, 'failed', 1_400)?.seconds).toBe(0.4);
    // a finishedOn left over from an earlier run of the job is older than this attempt's start
    expect(jobTiming('webhooks', { processedOn: 5_000, finishedOn: 4_000 }, 'failed', 5_100)?.seconds).toBeCloseTo(0.1);
    expect(jobTiming('webhooks', {}, 'completed')).toBeNull();
  });
});

describe('watchJobDurations', () => {
  it('records completed and failed attempts and ignores a failure reported without its job', () => {
    const worker = new EventEmitter();
    const seen: JobTiming[] = [];
    watchJobDurations(worker as unknown as JobEvents, 'extraction', (t) => seen.push(t));
    const now = Date.now();
    worker.emit('completed', { processedOn: now - 20, finishedOn: now });
    worker.emit('failed', { processedOn: now - 5, finishedOn: now });
    worker.emit('failed', undefined);
    expect(seen.map((t) => [t.queue, t.outcome, t.seconds])).toEqual([
      ['extraction', 'completed', 0.02],
      ['extraction', 'failed', 0.005],
    ]);
  });
});
