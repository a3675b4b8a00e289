import { Module } from '@nestjs/common';
import { WebhookDispatch } from './webhook-dispatch.js';
import { WebhookProcessor } from './webhook.processor.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { WebhookStore } from './webhook-store.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** Subscriptions, durable fan-out from the outbox, the sweep and the delivery worker. */
@Module({
  providers: [WebhookSecrets, WebhookStore, WebhookDispatch, WebhookProcessor, WebhooksService],
  controllers: [WebhooksController],
  exports: [WebhookDispatch],
})
export class WebhooksModule {}
