import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiSecurity, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicRoute } from '../auth/access.decorators.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Metrics } from './metrics.js';
import { checkMetricsAccess } from './metrics-access.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  @Get()
  // not an API key route: the optional metrics token is checked here instead
  @PublicRoute()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiSecurity('metricsToken')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'a metrics token is configured (METRICS_TOKEN) and was not sent, or is wrong' })
  scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    try {
      checkMetricsAccess(authorization, this.settings.metrics.token);
    } catch (error) {
      void reply.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw error;
    }
    return this.metrics.registry.metrics();
  }
}
