import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import type { EventData, EventEnvelope, EventType } from './event-types.js';

/**
 * Appends events to the outbox. Call only inside Db.write(), so the event commits or rolls back
 * together with the change it announces.
 */
@Injectable()
export class EventLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  append<T extends EventType>(type: T, data: EventData<T>): EventEnvelope {
    if (!this.db.sqlite.inTransaction) throw new Error('EventLog.append must run inside Db.write()');
    const event: EventEnvelope = { id: newId(), type, timestamp: this.clock.now().toISOString(), data: { ...data } };
    this.db.run(
      'INSERT INTO events (id, type, timestamp, data) VALUES (?, ?, ?, ?)',
      event.id,
      event.type,
      event.timestamp,
      JSON.stringify(event.data),
    );
    return event;
  }
}
