import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { SETTINGS, type Settings } from './config/settings.js';
import { CommonModule } from './common/common.module.js';
import { ProblemFilter } from './common/problem.filter.js';
import { DatabaseModule } from './database/database.module.js';
import { RedisModule } from './redis/redis.module.js';
import { EventsModule } from './events/events.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { SourcesModule } from './sources/sources.module.js';
import { ReviewModule } from './review/review.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { CorroborationModule } from './corroboration/corroboration.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { QuantitiesModule } from './quantities/quantities.module.js';
import { ConsistencyModule } from './consistency/consistency.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { ExtractionModule } from './extraction/extraction.module.js';
import { FiguresModule } from './figures/figures.module.js';

@Module({})
export class AppModule {
  static register(
    settings: Settings,
    extra: { controllers?: Array<new (...args: never[]) => unknown> } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ...settings })] }),
        CommonModule,
        DatabaseModule,
        RedisModule,
        EventsModule,
        JobsModule,
        AuthModule,
        ClaimsModule,
        SourcesModule,
        ReviewModule,
        CorroborationModule,
        HealthModule,
        MetricsModule,
        QuantitiesModule,
        ConsistencyModule,
        WebhooksModule,
        ExtractionModule,
        FiguresModule,
      ],
      controllers: extra.controllers ?? [],
      providers: [
        { provide: SETTINGS, useValue: settings },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [SETTINGS],
    };
  }
}
