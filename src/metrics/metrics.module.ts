import { Global, Module } from '@nestjs/common';
import { QueueStats } from '../jobs/queue-health.service.js';
import { Metrics } from './metrics.js';
import { MetricsController } from './metrics.controller.js';
import { QueueDepthGauges } from './queue-depth-gauges.js';
import { QUEUE_DEPTHS } from './queue-depths.js';

@Global()
@Module({
  providers: [Metrics, { provide: QUEUE_DEPTHS, useExisting: QueueStats }, QueueDepthGauges],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class MetricsModule {}
