import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/access.decorators.js';
import { ListQueryDto } from '../auth/users.dto.js';
import {
  CreateWebhookDto, DeliveryPage, DeliveryQueryDto, DeliveryResponse, PingResponse, UpdateWebhookDto, WebhookPage,
  WebhookResponse, WebhookWithSecretResponse,
} from './webhooks.dto.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhook subscriptions, admin only (api.md "Events and webhooks"). */
@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @RequireRole('admin')
  @ApiCreatedResponse({ type: WebhookWithSecretResponse, description: 'the secret is shown only here (and on rotation)' })
  create(@Body() body: CreateWebhookDto) {
    return this.webhooks.create(body);
  }

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({ type: WebhookPage })
  list(@Query() query: ListQueryDto) {
    return this.webhooks.list(query);
  }

  @Get(':id')
  @RequireRole('admin')
  @ApiOkResponse({ type: WebhookResponse })
  get(@Param('id') id: string) {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOkResponse({ type: WebhookResponse })
  update(@Param('id') id: string, @Body() body: UpdateWebhookDto) {
    return this.webhooks.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireRole('admin')
  @ApiNoContentResponse({ description: 'deleted, with its delivery log' })
  remove(@Param('id') id: string): void {
    this.webhooks.remove(id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOkResponse({ type: WebhookWithSecretResponse, description: 'the new secret; the previous one also signs for 24 h' })
  rotateSecret(@Param('id') id: string) {
    return this.webhooks.rotateSecret(id);
  }

  @Post(':id/ping')
  @HttpCode(202)
  @RequireRole('admin')
  @ApiAcceptedResponse({ type: PingResponse, description: 'a ping event, delivered to this subscription only' })
  @ApiConflictResponse({ description: 'the subscription is disabled' })
  ping(@Param('id') id: string) {
    return this.webhooks.ping(id);
  }

  @Get(':id/deliveries')
  @RequireRole('admin')
  @ApiOkResponse({ type: DeliveryPage, description: 'one row per attempt, newest first' })
  deliveries(@Param('id') id: string, @Query() query: DeliveryQueryDto) {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @RequireRole('admin')
  @ApiAcceptedResponse({ type: DeliveryResponse, description: 'the attempt that goes out now' })
  @ApiConflictResponse({ description: 'the subscription is disabled, or the event is no longer held' })
  redeliver(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
