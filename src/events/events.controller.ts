import type { ServerResponse } from 'node:http';
import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';
import type { FastifyReply } from 'fastify';
import { accessRuleOf, CurrentCaller, RequireRole } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import { authenticate, type CallerLookup, type CredentialsOf } from '../auth/authenticate.js';
import { ApiKeyStore } from '../auth/api-key.store.js';
import { SessionStore } from '../auth/session.store.js';
import { EVENT_READERS, EVENT_TYPES, type EventType } from './event-types.js';
import { EventFeed } from './event-feed.js';
import { EventStreamHub, type StreamSink } from './event-stream.hub.js';

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

export class EventStreamQueryDto {
  @ApiPropertyOptional({ description: 'an event id: the stream starts after it (a Last-Event-ID header wins over this)', minLength: 1 })
  @IsOptional()
  @IsString()
  // an empty one would silently mean "from now": a client that lost its id should say so by leaving it out
  @MinLength(1)
  @MaxLength(64)
  after?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, description: 'only events of this type' })
  @IsOptional()
  @IsIn(EVENT_TYPES)
  type?: EventType;
}

const readersNote = Object.entries(EVENT_READERS)
  .filter(([, role]) => role !== 'fact_checker')
  .map(([type, role]) => `${type} (${role})`)
  .join(', ');

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
  private readonly callers: CallerLookup;

  constructor(
    private readonly feed: EventFeed,
    private readonly streams: EventStreamHub,
    keys: ApiKeyStore,
    sessions: SessionStore,
  ) {
    this.callers = { findCaller: (key) => keys.findCaller(key), findSession: (token) => sessions.find(token) };
  }

  @Get()
  @RequireRole('admin')
  @ApiOkResponse({ type: EventPage })
  list(@Query() query: EventQueryDto) {
    return this.feed.list(query);
  }

  @Get('stream')
  @RequireRole('fact_checker')
  @ApiOperation({
    summary: 'The event feed live, as server-sent events',
    description:
      'One SSE message per event: `id:` the event id, `event:` its type, `data:` the envelope JSON (as an item of GET /v1/events). ' +
      'Reconnect with `Last-Event-ID` (EventSource does) or `?after=` to get every event after that one first, from the durable ' +
      'feed, then live ones: nothing is skipped or repeated. Without either, the stream starts with the events that commit after ' +
      'it opens. Comment lines (`: heartbeat`) keep idle connections open. Every signed-in role may listen and gets the event types ' +
      `its role may read: all for admin; every type except ${readersNote} for fact_checker and editor.`,
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'the id of the last event received: the stream resumes after it' })
  @ApiOkResponse({ description: 'text/event-stream, open until the client leaves or the server stops', schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: "type names an event type the caller's role may not read" })
  stream(
    @CurrentCaller() caller: Caller,
    @Query() query: EventStreamQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    // everything that can refuse the request runs before the first byte, so refusals are problem+json
    const start = this.streams.startFor(caller, query, lastEventId);
    // a stream outlives its request: the same access decision is taken again at every heartbeat
    const credentials: CredentialsOf = { method: 'GET', headers: { authorization: reply.request.headers.authorization, cookie: reply.request.headers.cookie } };
    const rule = accessRuleOf(EventsController, EventsController.prototype.stream);
    const stillAllowed = () => {
      try {
        return authenticate(credentials, rule, this.callers)?.id === caller.id;
      } catch {
        return false;
      }
    };
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // reverse proxies (nginx) would otherwise hold the events back in their buffers
      'x-accel-buffering': 'no',
      'x-request-id': reply.request.id,
    });
    const close = this.streams.open(responseSink(raw), { ...start, stillAllowed });
    raw.once('close', close);
    // a client gone before the listener was attached would otherwise keep its stream
    if (raw.destroyed) close();
  }
}

function responseSink(raw: ServerResponse): StreamSink {
  return {
    write: (chunk) => void (raw.writableEnded || raw.destroyed ? undefined : raw.write(chunk)),
    buffered: () => raw.writableLength,
    onDrain: (listener) => void raw.once('drain', listener),
    end: () => raw.end(),
  };
}
