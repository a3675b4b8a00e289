import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { loadSettings, type Settings } from './config/settings.js';
import { createApp } from './app.js';
import { createRootLogger } from './logging.js';
import { Metrics } from './metrics/metrics.js';
import { Db } from './database/db.js';
import { redisChoice, resolveRedis } from './redis/resolve-redis.js';
import { exitOnStopSignals, ShutdownSequence } from './shutdown.js';
import { backgroundWorkStep, databaseStep, httpStep, redisStep, workerProcessesStep } from './stop-steps.js';
import { WorkerSupervisor } from './supervisor/worker-supervisor.js';

/** What the steps after HTTP (workers finishing their jobs, the database, Redis) may take on top of the HTTP grace period. */
const AFTER_HTTP_MS = 5000;

/** Where the queue workers of this service run (README "Configuration": RUN_WORKERS, WORKER_PROCESSES). */
function workerLayout(settings: Settings): 'none' | 'in-process' | 'children' {
  if (!settings.jobs.runWorkers) return 'none';
  return settings.jobs.workerProcesses > 0 ? 'children' : 'in-process';
}

async function main(): Promise<void> {
  const settings = loadSettings();
  const log = createRootLogger(settings).child({ context: 'main' });
  const sequence = new ShutdownSequence(log);
  // Listening before anything is started, so a stop during start-up still stops the private Redis.
  exitOnStopSignals(sequence, log, settings.http.shutdownGraceMs + AFTER_HTTP_MS);
  try {
    const redis = await resolveRedis(settings);
    log.info(redis.description, redisChoice(redis));
    const redisStop = redisStep(redis);
    if (redisStop) sequence.add(redisStop);
    const resolved: Settings = { ...settings, redis: { ...settings.redis, url: redis.url } };
    const layout = workerLayout(settings);
    // With worker children the API's own loop runs no job, and not the outbox relay either (routing,
    // webhook fan-out and BullMQ calls for every event): a child relays, woken on each commit here.
    const app = await createApp(
      layout === 'children' ? { ...resolved, jobs: { ...resolved.jobs, runWorkers: false, outboxRelay: false } } : resolved,
    );
    sequence.add(databaseStep(app));
    // what still runs here with children: the webhook sweep and the corroboration backfill
    sequence.add(backgroundWorkStep(app, layout === 'children' ? 'webhook sweep' : undefined));
    if (layout === 'children') {
      const metrics = app.get(Metrics);
      const supervisor = new WorkerSupervisor({
        script: fileURLToPath(new URL('./worker.js', import.meta.url)),
        count: settings.jobs.workerProcesses,
        settings: resolved,
        log,
        onTimings: (timings) => timings.forEach((timing) => metrics.recordJob(timing)),
        stopTimeoutMs: settings.http.shutdownGraceMs,
      });
      supervisor.start();
      app.get(Db).onCommit(() => supervisor.wakeRelay());
      sequence.add(workerProcessesStep(supervisor));
    }
    log.info({ workers: layout, workerProcesses: layout === 'children' ? settings.jobs.workerProcesses : 0 }, `queue workers: ${layout}`);
    sequence.add(httpStep(app));
    await app.listen({ port: settings.http.port, host: settings.http.host });
  } catch (error) {
    await sequence.run();
    throw error;
  }
}

main().catch((error: Error) => {
  // One clear message, no stack, for the errors a person can fix (config, Redis missing, port taken).
  process.stderr.write(`claimdesk could not start: ${error.message}\n`);
  process.exit(1);
});
