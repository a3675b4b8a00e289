import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from './config/settings.js';
import { AppModule } from './app.module.js';
import { createRootLogger, NestPinoLogger } from './logging.js';
import { redisChoice, resolveRedis } from './redis/resolve-redis.js';
import { exitOnStopSignals, ShutdownSequence } from './shutdown.js';
import { backgroundWorkStep, databaseStep, redisStep } from './stop-steps.js';

/** Time for the workers' current jobs, the database and Redis to stop; longer, and the process leaves with 1. */
const AFTER_SIGNAL_MS = 5000;

/**
 * Workers only: the outbox relay and every queue processor, no HTTP. Run several, on several
 * machines, against one Redis (and, for now, one SQLite file on the same machine).
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  const logger = createRootLogger(settings);
  const log = logger.child({ context: 'worker' });
  const sequence = new ShutdownSequence(log);
  exitOnStopSignals(sequence, log, settings.http.shutdownGraceMs + AFTER_SIGNAL_MS);
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
    sequence.add(backgroundWorkStep(context));
    log.info({ runWorkers: settings.jobs.runWorkers }, 'worker started');
  } catch (error) {
    await sequence.run();
    throw error;
  }
}

main().catch((error: Error) => {
  process.stderr.write(`claimdesk worker could not start: ${error.message}\n`);
  process.exit(1);
});
