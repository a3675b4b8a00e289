import 'reflect-metadata';
import { loadSettings } from './config/settings.js';
import { createApp } from './app.js';
import { resolveRedis } from './redis/resolve-redis.js';
import { exitAfterGrace } from './shutdown.js';

async function main(): Promise<void> {
  const settings = loadSettings();
  const redis = await resolveRedis(settings);
  const app = await createApp({ ...settings, redis: { ...settings.redis, url: redis.url } });
  app.getHttpAdapter().getInstance().addHook('onClose', async () => redis.stop());
  await app.listen({ port: settings.http.port, host: settings.http.host });
  exitAfterGrace(settings.http.shutdownGraceMs);
}

main().catch((error: Error) => {
  // One clear message, no stack, for the errors a person can fix (config, Redis missing).
  process.stderr.write(`claimdesk could not start: ${error.message}\n`);
  process.exit(1);
});
