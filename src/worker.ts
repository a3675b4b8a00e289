import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from './config/settings.js';
import { AppModule } from './app.module.js';
import { createRootLogger, NestPinoLogger } from './logging.js';
import { resolveRedis } from './redis/resolve-redis.js';
import { exitAfterGrace } from './shutdown.js';

/**
 * Workers only: the outbox relay and every queue processor, no HTTP. Run several, on several
 * machines, against one Redis (and, for now, one SQLite file on the same machine).
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  const redis = await resolveRedis(settings);
  const logger = createRootLogger(settings);
  const context = await NestFactory.createApplicationContext(
    AppModule.register({ ...settings, redis: { ...settings.redis, url: redis.url } }),
    { bufferLogs: true },
  );
  context.useLogger(new NestPinoLogger(logger));
  context.enableShutdownHooks();
  process.once('exit', () => void redis.stop());
  exitAfterGrace(settings.http.shutdownGraceMs);
}

main().catch((error: Error) => {
  process.stderr.write(`claimdesk worker could not start: ${error.message}\n`);
  process.exit(1);
});
