import 'reflect-metadata';
import { loadSettings } from './config/settings.js';
import { createApp } from './app.js';
import { createRootLogger } from './logging.js';
import { redisChoice, resolveRedis } from './redis/resolve-redis.js';
import { exitOnStopSignals, ShutdownSequence } from './shutdown.js';
import { backgroundWorkStep, databaseStep, httpStep, redisStep } from './stop-steps.js';

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
    const app = await createApp({ ...settings, redis: { ...settings.redis, url: redis.url } });
    sequence.add(databaseStep(app));
    sequence.add(backgroundWorkStep(app));
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
