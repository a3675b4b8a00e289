import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Metrics } from '../metrics/metrics.js';
import { watchJobDurations } from '../metrics/job-timing.js';
import { QUEUE_NAMES } from './job-catalogue.js';
import { BacklogGate } from './backlog-gate.js';
import { QueueStats } from './queue-health.service.js';

/** How often a burst child looks at the backlog. */
const GATE_POLL_MS = 500;

/**
 * Starts the queue workers — unless this process is API-only (jobs.runWorkers: false: env
 * RUN_WORKERS=false, or the API of `node dist/main.js`, whose worker children run them; see
 * src/supervisor/) — and checks that every
 * queue has exactly one handler, so a job can neither be lost nor taken twice. Sets each worker's
 * concurrency from config (jobs.concurrency), and times every job attempt for /metrics.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerRunner.name);

  constructor(
    private readonly registrar: BullRegistrar,
    private readonly discovery: DiscoveryService,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly metrics: Metrics,
    private readonly queues: QueueStats,
  ) {}

  private gate: BacklogGate | null = null;

  onApplicationBootstrap(): void {
    const handlers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    const byQueue = new Map<string, number>();
    for (const host of handlers) {
      const queue = Reflect.getMetadata('bullmq:processor_metadata', host.constructor)?.name as string | undefined;
      if (queue) byQueue.set(queue, (byQueue.get(queue) ?? 0) + 1);
    }
    const wrong = QUEUE_NAMES.filter((q) => byQueue.get(q) !== 1);
    if (wrong.length > 0) {
      throw new Error(`every queue needs exactly one handler: ${wrong.map((q) => `${q} has ${byQueue.get(q) ?? 0}`).join(', ')}`);
    }
    if (!this.settings.jobs.runWorkers) {
      this.logger.log('API only: queue workers run in worker processes');
      return;
    }
    this.registrar.register();
    for (const host of handlers) {
      const queue = Reflect.getMetadata('bullmq:processor_metadata', host.constructor)?.name as string;
      // concurrency is configuration, so it is applied here rather than in static @Processor options
      host.worker.concurrency = this.settings.jobs.concurrency[queue] ?? 1;
      // without a listener BullMQ prints every reconnect failure; one line per outage is enough
      let reported = false;
      host.worker.on('error', (error: Error) => {
        if (!reported) this.logger.warn({ queue, err: error.message }, 'queue worker cannot reach Redis; it keeps retrying');
        reported = true;
      });
      host.worker.on('ready', () => (reported = false));
      watchJobDurations(host.worker, queue, (timing) => this.metrics.recordJob(timing));
    }
    if (this.settings.jobs.gated) this.startGate(handlers);
  }

  /**
   * A burst child: its workers wait, paused, while the steady children keep up, and join in while
   * the backlog is long (src/jobs/backlog-gate.ts). A job one of them holds when the gate closes is
   * finished first: pausing only stops it from taking more.
   */
  private startGate(handlers: WorkerHost[]): void {
    // A pause or resume still under way when the service stops meets a closed Redis connection; the
    // worker's close reports what matters, and an unhandled rejection would end the process with 1.
    const quietly = (change: Promise<void>): void => void change.catch((error: Error) => this.logger.debug({ err: error.message }, 'burst workers: pause or resume cut short'));
    for (const host of handlers) quietly(host.worker.pause(true));
    this.gate = new BacklogGate({
      thresholds: this.settings.jobs.burstBacklog,
      pollMs: GATE_POLL_MS,
      waiting: async () => Object.values(await this.queues.depths()).reduce((sum, q) => sum + q.waiting, 0),
      onChange: (open, waiting) => {
        if (open) {
          for (const host of handlers) quietly(host.worker.resume());
          this.logger.log({ waiting }, 'burst workers: taking jobs while the backlog is long');
        } else {
          for (const host of handlers) quietly(host.worker.pause());
          this.logger.log({ waiting }, 'burst workers: paused, the backlog is short again');
        }
      },
    });
    this.gate.start();
    this.logger.log({ open: this.settings.jobs.burstBacklog.open, close: this.settings.jobs.burstBacklog.close }, 'burst workers: paused until the backlog is long');
  }

  /** Before the workers close: a gate opening then would start them again. */
  stopGate(): void {
    this.gate?.stop();
  }
}
