import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import type { RedisOptions } from 'bullmq';
import { SETTINGS, type Settings } from '../config/settings.js';
import { redisOptionsFromUrl } from '../redis/redis-options.js';
import { QUEUE_NAMES } from './job-catalogue.js';
import { JobGateway } from './job-gateway.js';
import { EventRouter } from './event-router.js';
import { OutboxRelay } from './outbox-relay.js';
import { QueueStats } from './queue-health.service.js';
import { WorkerRunner } from './worker-runner.js';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) => ({
        // workers block on Redis and must wait through outages rather than fail
        connection: { ...redisOptionsFromUrl(settings.redis.url!), maxRetriesPerRequest: null } as RedisOptions,
        prefix: settings.queue.prefix,
      }),
      // workers start in WorkerRunner, so an API-only process can leave them out
      extraOptions: { manualRegistration: true },
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
    DiscoveryModule,
  ],
  providers: [JobGateway, EventRouter, OutboxRelay, QueueStats, WorkerRunner],
  exports: [JobGateway, EventRouter, OutboxRelay, QueueStats],
})
export class JobsModule {}
