import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { SETTINGS, type Settings } from '../config/settings.js';
import { redisOptionsFromUrl } from './redis-options.js';

export const REDIS = Symbol('REDIS');

/**
 * The producer-side connection (health checks, enqueueing). It fails fast instead of queueing
 * commands while Redis is away, so no HTTP request ever waits on Redis.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => {
        if (!settings.redis.url) throw new Error('redis.url must be resolved before the app starts');
        const redis = new Redis({
          ...redisOptionsFromUrl(settings.redis.url),
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
          lazyConnect: false,
        });
        // Outages show in /health; without a listener ioredis would also print every reconnect failure.
        redis.on('error', () => undefined);
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
