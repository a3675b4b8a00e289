import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from './config/settings.js';
import { assertDatabaseFile } from './database/database-file.js';
import { AppModule } from './app.module.js';
import { createRootLogger, NestPinoLogger } from './logging.js';
import { Metrics } from './metrics/metrics.js';
import { OutboxRelay } from './jobs/outbox-relay.js';
import { redisChoice, resolveRedis } from './redis/resolve-redis.js';
import { exitOnStopSignals, ShutdownSequence, stopAndExit, type ShutdownLog } from './shutdown.js';
import { backgroundWorkStep, databaseStep, redisStep } from './stop-steps.js';
import { forwardJobTimings, isSupervised, onRelayWake, reportReady, settingsFromParent, whenParentGoes } from './supervisor/child-link.js';

/** Time for the workers' current jobs, the database and Redis to stop; longer, and the process leaves with 1. */
const AFTER_SIGNAL_MS = 5000;
/** A forked worker hears from its parent at once; this only catches a parent that is not claimdesk. */
const SETTINGS_WAIT_MS = 10_000;
/** How often a forked worker sends its job timings to the API's /metrics. */
const TIMINGS_EVERY_MS = 1000;

/**
 * Workers only: the outbox relay and every queue processor, no HTTP. `node dist/main.js` forks
 * these (src/supervisor/); run more by hand, on several machines, against one Redis (and, for now,
 * one SQLite file on the same machine).
 */
async function main(): Promise<void> {
  const supervised = isSupervised();
  // Signals are handled from the first moment: a parent stopping while this child still waits for its
  // settings or builds its modules gets a clean exit, not death by SIGTERM. Until the settings (and so
  // the logger) arrive, the few lines there are go to stderr.
  let lines: ShutdownLog = { info: () => undefined, error: (_fields, message) => void process.stderr.write(`${message}\n`) };
  const log: ShutdownLog = { info: (fields, message) => lines.info(fields, message), error: (fields, message) => lines.error(fields, message) };
  const sequence = new ShutdownSequence(log);
  let graceMs = 10_000 + AFTER_SIGNAL_MS;
  exitOnStopSignals(sequence, log, () => graceMs);
  if (supervised) whenParentGoes(() => stopAndExit(sequence, log, graceMs, 'parent process gone'));

  const given = supervised ? await settingsFromParent(SETTINGS_WAIT_MS) : loadSettings();
  // A worker never creates the database unless told to: the API's process created it before forking
  // its children, and a worker started elsewhere with a file of its own would lose every job it took.
  const create = !supervised && given.database.create === true;
  const settings = { ...given, database: { ...given.database, create } };
  assertDatabaseFile(settings.database); // before a private Redis is started for nothing
  graceMs = settings.http.shutdownGraceMs + AFTER_SIGNAL_MS;
  // role: which process of the service wrote the line, when parent and children share one stdout
  const logger = createRootLogger(settings).child({ role: 'worker' });
  lines = logger.child({ context: 'worker' });
  try {
    const redis = await resolveRedis(settings);
    log.info(redis.description, redisChoice(redis));
    const redisStop = redisStep(redis);
    if (redisStop) sequence.add(redisStop);
    const context = await NestFactory.createApplicationContext(
      AppModule.register({ ...settings, redis: { ...settings.redis, url: redis.url } }),
      { bufferLogs: true },
    );
    context.useLogger(new NestPinoLogger(logger));
    sequence.add(databaseStep(context));
    if (supervised) {
      const flushTimings = forwardJobTimings(context.get(Metrics), TIMINGS_EVERY_MS);
      sequence.add({ name: 'job timings to the parent', stop: flushTimings });
      if (settings.jobs.outboxRelay !== false) {
        const relay = context.get(OutboxRelay);
        onRelayWake(() => relay.wake());
      }
    }
    sequence.add(backgroundWorkStep(context));
    log.info({ runWorkers: settings.jobs.runWorkers, supervised }, 'worker started');
    if (supervised) reportReady();
  } catch (error) {
    await sequence.run();
    throw error;
  }
}

main().catch((error: Error) => {
  process.stderr.write(`claimdesk worker could not start: ${error.message}\n`);
  process.exit(1);
});
