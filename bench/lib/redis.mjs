import { redisAnswers } from './processes.mjs';

/** REDIS_URL, else the Redis on 127.0.0.1:6379 if it answers. */
export async function resolveRedisUrl() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, from: 'REDIS_URL' };
  if (await redisAnswers('127.0.0.1', 6379)) return { url: 'redis://127.0.0.1:6379', from: '127.0.0.1:6379' };
  throw new Error('No Redis: set REDIS_URL or start one on 127.0.0.1:6379 (e.g. `docker compose up -d redis`)');
}

/** Removes this run's keys (its own prefix only) once the service that wrote them is gone. */
export async function dropRedisKeys(url, prefix) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
