import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { PublicRoute } from '../auth/access.decorators.js';
import { Db } from '../database/db.js';
import { REDIS } from '../redis/redis.module.js';
import { QUEUE_HEALTH, type QueueHealth } from './queue-health.js';
import { HealthResponse, QueueDepthResponse } from './health.dto.js';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);

@ApiTags('operations')
@ApiExtraModels(QueueDepthResponse)
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
  @ApiOkResponse({ type: HealthResponse, description: 'every dependency is up (`status: "ok"`)' })
  // the report itself, not a problem: it says which dependency is down
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'a dependency is down (`status: "error"`)' })
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
