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
import { apiProcessSettings, workerLayout } from './supervisor/process-layout.js';

/** What the steps after HTTP (workers finishing their jobs, the database, Redis) may take on top of the HTTP grace period. */
const AFTER_HTTP_MS = 5000;

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
    const app = await createApp(apiProcessSettings(resolved));
    sequence.add(databaseStep(app));
    // what still runs here with children: the webhook sweep and the corroboration backfill
    sequence.add(backgroundWorkStep(app, layout === 'children' ? 'webhook sweep' : undefined));
    if (layout === 'children') {
      const metrics = app.get(Metrics);
      const supervisor = new WorkerSupervisor({
        script: fileURLToPath(new URL('./worker.js', import.meta.url)),
        count: settings.jobs.workerProcesses,
        burstCount: settings.jobs.burstWorkerProcesses,
        settings: resolved,
        log,
        onTimings: (timings) => timings.forEach((timing) => metrics.recordJob(timing)),
        stopTimeoutMs: settings.http.shutdownGraceMs,
      });
      supervisor.start();
      app.get(Db).onCommit(() => supervisor.wakeRelay());
      sequence.add(workerProcessesStep(supervisor));
    }
    log.info({
      workers: layout,
      workerProcesses: layout === 'children' ? settings.jobs.workerProcesses : 0,
      burstWorkerProcesses: layout === 'children' ? settings.jobs.burstWorkerProcesses : 0,
    }, `queue workers: ${layout}`);
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
