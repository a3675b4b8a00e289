import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { QUEUE_HEALTH } from './queue-health.js';
import { QueueStats } from '../jobs/queue-health.service.js';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  providers: [{ provide: QUEUE_HEALTH, useExisting: QueueStats }],
  controllers: [HealthController],
})
export class HealthModule {}
