import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobTiming } from './job-timing.js';

/** One registry per app instance, so tests that start several apps in one process don't collide. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** One per webhook attempt: outcome delivered|failed|gone|refused|timeout. */
  readonly webhookAttempts = new Counter({
    name: 'webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly webhookDuration = new Histogram({
    name: 'webhook_delivery_duration_seconds',
    help: 'Duration of one webhook POST, connect to last byte',
    labelNames: ['outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [this.registry],
  });
  /** From the event's commit to a consumer's 2xx (any attempt that succeeds). */
  readonly webhookLatency = new Histogram({
    name: 'webhook_event_to_delivery_seconds',
    help: 'Time from an event being written to a successful delivery of it',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 300],
    registers: [this.registry],
  });

  /** One per job attempt, observed where the job ran (see job-timing.ts). */
  readonly jobDuration = new Histogram({
    name: 'claimdesk_job_duration_seconds',
    help: 'Processing time of one job attempt (processedOn to finishedOn) by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  /** Set by the live event stream (src/events/event-stream.hub.ts) as streams open and close. */
  readonly eventStreams = new Gauge({
    name: 'claimdesk_event_streams',
    help: 'Open live event streams (GET /v1/events/stream) in this process',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  private readonly jobListeners: Array<(timing: JobTiming) => void> = [];

  /** The one entry point for job timings, so timings measured in another process can be fed in here too. */
  recordJob(timing: JobTiming): void {
    this.jobDuration.observe({ queue: timing.queue, outcome: timing.outcome }, timing.seconds);
    for (const listener of this.jobListeners) listener(timing);
  }

  /** A worker child forwards what it records to the API's /metrics (src/supervisor/child-link.ts). */
  onJob(listener: (timing: JobTiming) => void): void {
    this.jobListeners.push(listener);
  }
}
