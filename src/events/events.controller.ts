import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { RequireRole } from '../auth/access.decorators.js';
import { EVENT_TYPES } from './event-types.js';
import { EventFeed } from './event-feed.js';

export class EventQueryDto {
  @ApiPropertyOptional({ description: 'an event id; the feed continues after it' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  type?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'opaque cursor from nextCursor (same as after=<last id>)' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export class EventResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: EVENT_TYPES }) type: string;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

export class EventPage {
  @ApiProperty({ type: [EventResponse] }) items: EventResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(private readonly feed: EventFeed) {}

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({ type: EventPage })
  list(@Query() query: EventQueryDto) {
    return this.feed.list(query);
  }
}
