import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { NO_QUEUES, QUEUE_HEALTH } from './queue-health.js';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  providers: [{ provide: QUEUE_HEALTH, useValue: NO_QUEUES }],
  controllers: [HealthController],
})
export class HealthModule {}
