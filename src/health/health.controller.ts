import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { PublicRoute } from '../auth/access.decorators.js';
import { Db } from '../database/db.js';
import { REDIS } from '../redis/redis.module.js';
import { QUEUE_HEALTH, type QueueHealth } from './queue-health.js';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: Db,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(QUEUE_HEALTH) private readonly queues: QueueHealth,
  ) {}

  @Get()
  @PublicRoute()
  @ApiOkResponse({ description: '{status: "ok", checks: {database, redis, queues}}' })
  @ApiServiceUnavailableResponse({ description: 'a dependency is down' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const database = async (): Promise<HealthIndicatorResult> => {
      const i = this.indicators.check('database');
      try {
        this.db.get('SELECT 1');
        return i.up();
      } catch (e) {
        return i.down({ message: (e as Error).message });
      }
    };
    const redis = async (): Promise<HealthIndicatorResult> => {
      const i = this.indicators.check('redis');
      try {
        await withTimeout(this.redis.ping(), 1000);
        return i.up();
      } catch (e) {
        return i.down({ message: (e as Error).message });
      }
    };
    const queues = async (): Promise<HealthIndicatorResult> => {
      const i = this.indicators.check('queues');
      try {
        return i.up(await withTimeout(this.queues.describe(), 1000));
      } catch (e) {
        return i.down({ message: (e as Error).message });
      }
    };
    try {
      const result = await this.health.check([database, redis, queues]);
      return { status: 'ok', checks: result.details };
    } catch (e) {
      const details = (e as { response?: { details?: unknown } }).response?.details ?? {};
      reply.status(503);
      return { status: 'error', checks: details };
    }
  }
}
