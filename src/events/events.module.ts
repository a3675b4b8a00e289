import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { EventEntity } from './event.entity.js';
import { EventLog } from './event-log.js';
import { EventFeed } from './event-feed.js';
import { EventsController } from './events.controller.js';
import { EventStreamHub } from './event-stream.hub.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity]), AuthModule],
  providers: [EventLog, EventFeed, EventStreamHub],
  controllers: [EventsController],
  exports: [EventLog, EventStreamHub],
})
export class EventsModule {}
