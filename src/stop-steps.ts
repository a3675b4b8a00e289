import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { ShutdownStep } from './shutdown.js';
import type { ResolvedRedis } from './redis/resolve-redis.js';
import { OutboxRelay } from './jobs/outbox-relay.js';
import { WebhookDispatch } from './webhooks/webhook-dispatch.js';
import { CorroborationBackfill } from './corroboration/corroboration.backfill.js';
import { WorkerRunner } from './jobs/worker-runner.js';

/*
 * The steps of a claimdesk process, named for the log. Nest's own close() runs the HTTP server's
 * close between its hook phases and the workers' and the database's closing in module order, so
 * neither "HTTP first" nor "workers before the database" would be guaranteed; here each is a step.
 * What Nest runs again in app.close() afterwards finds these already stopped.
 */

/** New requests get 503; those in flight finish (app.ts cuts them at the grace period). */
export function httpStep(app: NestFastifyApplication): ShutdownStep {
  return { name: 'HTTP server', stop: () => app.getHttpAdapter().close() };
}

/** Queue workers (their current jobs finish), the outbox relay, the webhook sweep and the backfill. */
export function backgroundWorkStep(app: INestApplicationContext, name = 'queue workers and outbox relay'): ShutdownStep {
  return {
    name,
    stop: async () => {
      const hosts = app
        .get(DiscoveryService, { strict: false })
        .getProviders()
        .map((wrapper) => wrapper.instance as unknown)
        .filter((instance): instance is WorkerHost & { beforeApplicationShutdown?: () => Promise<void> } => instance instanceof WorkerHost);
      // A processor's own early hook first (the webhook one abandons its sends, so closing does not wait on them).
      app.get(WorkerRunner, { strict: false }).stopGate();
      await Promise.all(hosts.map((host) => host.beforeApplicationShutdown?.()));
      await Promise.all([
        ...hosts.map((host) => runningWorker(host)?.close()),
        app.get(OutboxRelay, { strict: false }).onApplicationShutdown(),
        app.get(WebhookDispatch, { strict: false }).onApplicationShutdown(),
        app.get(CorroborationBackfill, { strict: false }).onApplicationShutdown(),
      ]);
    },
  };
}

/** The worker children of `node dist/main.js`: each finishes its current jobs and exits (see WorkerSupervisor). */
export function workerProcessesStep(supervisor: { stop(): Promise<void> }): ShutdownStep {
  return { name: 'worker processes', stop: () => supervisor.stop() };
}

/** Nest's remaining hooks, of which TypeORM's closes SQLite (checkpointing and removing the WAL). */
export function databaseStep(app: INestApplicationContext): ShutdownStep {
  return { name: 'database', stop: () => app.close() };
}

/** Only a Redis this process started; a REDIS_URL one belongs to someone else. */
export function redisStep(redis: ResolvedRedis): ShutdownStep | undefined {
  return redis.owned ? { name: 'Redis', stop: redis.stop } : undefined;
}

function runningWorker(host: WorkerHost): WorkerHost['worker'] | undefined {
  try {
    return host.worker;
  } catch {
    return undefined; // an API-only process (RUN_WORKERS=false) never started its workers
  }
}
