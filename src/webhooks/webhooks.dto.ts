import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNonNull } from '../common/validation.js';
import { ListQueryDto } from '../auth/users.dto.js';
import { EVENT_TYPES } from '../events/event-types.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook-store.js';

export const EVENT_FILTERS = [...EVENT_TYPES, '*'] as const;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://cms.example.org/hooks/claimdesk', description: 'https (http only where WEBHOOK_ALLOW_HTTP), no credentials, a public address' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: EVENT_FILTERS, isArray: true, example: ['verdict.approved', 'claim.status_changed'], description: 'event types, or "*" for all' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(EVENT_FILTERS.length)
  @IsIn(EVENT_FILTERS, { each: true })
  events: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ description: 'checked like at creation' })
  @IsOptionalNonNull()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ enum: EVENT_FILTERS, isArray: true })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(EVENT_FILTERS.length)
  @IsIn(EVENT_FILTERS, { each: true })
  events?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'false stops deliveries (pending attempts are closed); true starts them again' })
  @IsOptionalNonNull()
  @IsBoolean()
  enabled?: boolean;
}

export class DeliveryQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}

export class WebhookResponse {
  @ApiProperty() id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: EVENT_FILTERS, isArray: true }) events: string[];
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastSuccessAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'first failure since the last success' }) failingSince: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why deliveries stopped (410 Gone, failing too long, an admin)' }) disabledReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'until then the previous secret signs too' })
  previousSecretValidUntil: string | null;
}

export class WebhookWithSecretResponse extends WebhookResponse {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'shown only in this response; store it now' })
  secret: string;
}

export class WebhookPage {
  @ApiProperty({ type: [WebhookResponse] }) items: WebhookResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class PingResponse {
  @ApiProperty({ description: 'the ping event; also the webhook-id of the delivery' }) eventId: string;
  @ApiProperty() deliveryId: string;
}

export class DeliveryResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'also the webhook-id header' }) eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ description: '1 for the first attempt of this event to this subscription' }) attempt: number;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @ApiProperty({ type: Number, nullable: true, description: "the consumer's HTTP status; its body is never kept" }) responseStatus: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) attemptedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'pending: when it goes out; failed: when the next attempt does' })
  nextAttemptAt: string | null;
}

export class DeliveryPage {
  @ApiProperty({ type: [DeliveryResponse] }) items: DeliveryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
