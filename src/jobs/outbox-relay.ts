import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import type { EventEnvelope, EventType } from '../events/event-types.js';
import { EventRouter } from './event-router.js';
import { JobGateway } from './job-gateway.js';

type Listener = (events: EventEnvelope[]) => Promise<void>;

/**
 * Moves committed events from the SQLite outbox into BullMQ. Woken right after every commit in
 * this process; a timer picks up events written by other processes and retries after Redis outages.
 * An event is marked dispatched only after all its jobs were taken, so nothing is lost; a crash in
 * between only repeats jobs, whose deterministic ids make that harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly listeners: Listener[] = [];
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly router: EventRouter,
    private readonly jobs: JobGateway,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  /** Extra work per batch before it is marked dispatched (webhook fan-out registers here). */
  onBatch(listener: Listener): void {
    this.listeners.push(listener);
  }

  onApplicationBootstrap(): void {
    // another process of the service relays (jobs.outboxRelay false): no timer, no wake on commit
    if (this.settings.jobs.outboxRelay === false) return;
    this.unsubscribe = this.db.onCommit(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.settings.jobs.relayPollMs);
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    // after the current commit has returned to its caller
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.again = false;
        const rows = this.db.all<{ seq: number; id: string; type: EventType; timestamp: string; data: string }>(
          'SELECT seq, id, type, timestamp, data FROM events WHERE dispatched_at IS NULL ORDER BY seq LIMIT ?',
          this.settings.jobs.relayBatch,
        );
        if (rows.length === 0) break;
        const events: EventEnvelope[] = rows.map((r) => ({ id: r.id, type: r.type, timestamp: r.timestamp, data: JSON.parse(r.data) }));
        for (const listener of this.listeners) await listener(events);
        const jobs = events.flatMap((e) => this.router.jobsFor(e));
        if (jobs.length) await this.jobs.enqueueMany(jobs);
        const now = this.clock.now().toISOString();
        // The rows read are the first undispatched ones in seq order, and a later commit can only add
        // higher seqs (one writer at a time), so "up to the last seq read" is exactly those rows.
        // Grouped: under load the mark shares its commit with the requests' writes.
        await this.db.writeGrouped(() =>
          this.db.run('UPDATE events SET dispatched_at = ? WHERE seq <= ? AND dispatched_at IS NULL', now, rows[rows.length - 1].seq),
        );
        if (this.failing) this.logger.log('outbox relay recovered');
        this.failing = false;
        if (rows.length === this.settings.jobs.relayBatch) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: (error as Error).message }, 'outbox relay paused; will retry');
      this.failing = true;
    } finally {
      this.running = false;
    }
  }
}
