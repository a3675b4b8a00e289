import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { BullRegistrar, WorkerHost } from '@nestjs/bullmq';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Metrics } from '../metrics/metrics.js';
import { watchJobDurations } from '../metrics/job-timing.js';
import { QUEUE_NAMES } from './job-catalogue.js';

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
  ) {}

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
  }
}
