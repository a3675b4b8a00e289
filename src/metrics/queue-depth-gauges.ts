import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Metrics } from './metrics.js';
import { QUEUE_DEPTHS, registerQueueDepths, type QueueDepthSource } from './queue-depths.js';

/** Puts the queue depth gauges on this app's registry (they are read when /metrics is scraped). */
@Injectable()
export class QueueDepthGauges {
  constructor(metrics: Metrics, @Inject(QUEUE_DEPTHS) source: QueueDepthSource, @Inject(SETTINGS) settings: Settings) {
    registerQueueDepths(metrics.registry, source, settings.metrics.queueReadTimeoutMs);
  }
}
