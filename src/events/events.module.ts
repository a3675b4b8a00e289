import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from './event.entity.js';
import { EventLog } from './event-log.js';
import { EventFeed } from './event-feed.js';
import { EventsController } from './events.controller.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity])],
  providers: [EventLog, EventFeed],
  controllers: [EventsController],
  exports: [EventLog],
})
export class EventsModule {}
