/**
 * How long one job attempt ran, as a plain serialisable record: a worker measures it where the job
 * runs and hands it to whatever keeps the histogram. Today that is the same process; once workers
 * run in a child process the record can travel to the API's /metrics over IPC unchanged.
 */
export type JobOutcome = 'completed' | 'failed';

export interface JobTiming {
  queue: string;
  outcome: JobOutcome;
  seconds: number;
}

/** The parts of a BullMQ job the timing needs (millisecond timestamps, as BullMQ keeps them). */
export interface TimedJob {
  processedOn?: number | null;
  finishedOn?: number | null;
}

/**
 * One attempt's processing time, from processedOn to finishedOn. BullMQ sets finishedOn only when
 * a job ends for good, so an attempt that failed and will be retried is timed up to `now`.
 * Null when the job never started (nothing to measure).
 */
export function jobTiming(queue: string, job: TimedJob, outcome: JobOutcome, now: number = Date.now()): JobTiming | null {
  if (!job.processedOn) return null;
  const end = job.finishedOn && job.finishedOn >= job.processedOn ? job.finishedOn : now;
  return { queue, outcome, seconds: Math.max(0, end - job.processedOn) / 1000 };
}

/** What a worker's events look like here; BullMQ's Worker fits. */
export interface JobEvents {
  on(event: 'completed', listener: (job: TimedJob) => void): unknown;
  on(event: 'failed', listener: (job: TimedJob | undefined) => void): unknown;
}

/**
 * Times every attempt a worker finishes and passes it to `record`. Failed attempts count whether
 * or not BullMQ retries them; a stalled job reported without its data is left out.
 */
export function watchJobDurations(worker: JobEvents, queue: string, record: (timing: JobTiming) => void): void {
  const report = (job: TimedJob | undefined, outcome: JobOutcome) => {
    const timing = job ? jobTiming(queue, job, outcome) : null;
    if (timing) record(timing);
  };
  worker.on('completed', (job) => report(job, 'completed'));
  worker.on('failed', (job) => report(job, 'failed'));
}
