import type { Settings } from '../config/settings.js';
import { startPrivateRedis } from './private-redis.js';

/** REDIS_URL when given; otherwise a private redis-server under the data folder (or a clear error). */
export async function resolveRedis(settings: Settings): Promise<{ url: string; stop: () => Promise<void> }> {
  if (settings.redis.url) return { url: settings.redis.url, stop: async () => undefined };
  return startPrivateRedis(settings.redis.dataDir);
}
