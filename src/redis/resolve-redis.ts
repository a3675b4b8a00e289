import type { Settings } from '../config/settings.js';
import { startPrivateRedis } from './private-redis.js';
import { redactRedisUrl } from './redis-options.js';

export interface ResolvedRedis {
  url: string;
  /** Fields for the one start-up log line that says which Redis this process uses. */
  description: { redis: 'REDIS_URL' | 'private'; url?: string; socket?: string; redisPid?: number };
  /** Whether this process started the Redis, and so must stop it, last. */
  owned: boolean;
  stop: () => Promise<void>;
}

/** REDIS_URL when given; otherwise a private redis-server under the data folder (or a clear error). */
export async function resolveRedis(settings: Settings): Promise<ResolvedRedis> {
  if (settings.redis.url) {
    const url = settings.redis.url;
    return { url, description: { redis: 'REDIS_URL', url: redactRedisUrl(url) }, owned: false, stop: async () => undefined };
  }
  const child = await startPrivateRedis(settings.redis.dataDir);
  return { url: child.url, description: { redis: 'private', socket: child.socket, redisPid: child.pid }, owned: true, stop: child.stop };
}

/** The message of that line. */
export function redisChoice(resolved: ResolvedRedis): string {
  return resolved.owned
    ? `Redis: a private redis-server on ${resolved.description.socket}`
    : `Redis: REDIS_URL ${resolved.description.url}`;
}
