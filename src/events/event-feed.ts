import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError } from '../common/errors.js';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { Db } from '../database/db.js';
import { EventEntity } from './event.entity.js';
import type { EventEnvelope, EventType } from './event-types.js';

/** An event as the feed holds it: its place (seq) and its envelope. */
export interface FeedEvent {
  seq: number;
  event: EventEnvelope;
}

/**
 * The durable feed, oldest first; replay starts after any event id.
 *
 * "After" means a higher seq, and that is safe for readers who come back later: every write is one
 * IMMEDIATE transaction and SQLite lets one writer in at a time across all processes, so events
 * commit in seq order. Once a reader has seen seq n, no event with a lower seq can still commit (a
 * rolled-back one leaves a gap that AUTOINCREMENT never fills). The feed, the outbox relay and the
 * live stream all rely on this; a database with concurrent writers would need a visibility horizon.
 */
@Injectable()
export class EventFeed {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly db: Db,
  ) {}

  /** The seq of a held event, or a 400 naming `field` (where the id came from). */
  seqOf(id: string, field: string): number {
    const row = this.db.get<{ seq: number }>('SELECT seq FROM events WHERE id = ?', id);
    if (!row) {
      throw new DomainError('validation_failed', `${field}: no event ${id} is held`, {
        errors: [{ field, message: 'no event with this id is held' }],
      });
    }
    return row.seq;
  }

  /** The seq of the newest committed event (0 when there is none). */
  lastSeq(): number {
    return this.db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM events')?.seq ?? 0;
  }

  /** Up to `limit` committed events after `afterSeq`, oldest first. Read outside a transaction only (it would see uncommitted rows). */
  readAfter(afterSeq: number, limit: number): FeedEvent[] {
    const rows = this.db.all<{ seq: number; id: string; type: EventType; timestamp: string; data: string }>(
      'SELECT seq, id, type, timestamp, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
      afterSeq,
      limit,
    );
    return rows.map((r) => ({ seq: r.seq, event: { id: r.id, type: r.type, timestamp: r.timestamp, data: JSON.parse(r.data) } }));
  }

  async list(query: { after?: string; type?: string; limit?: number; cursor?: string }): Promise<Page<EventEnvelope>> {
    const limit = clampLimit(query.limit, this.settings.pagination);
    let afterSeq = 0;
    const cursor = decodeCursor(query.cursor, 1) as [number] | null;
    if (cursor) {
      afterSeq = Number(cursor[0]);
    } else if (query.after) {
      afterSeq = this.seqOf(query.after, 'after');
    }
    const qb = this.events.createQueryBuilder('e').where('e.seq > :afterSeq', { afterSeq }).orderBy('e.seq', 'ASC').limit(limit + 1);
    if (query.type) qb.andWhere('e.type = :type', { type: query.type });
    const rows = await qb.getMany();
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    return {
      items: page.map((e) => ({ id: e.id, type: e.type as EventType, timestamp: e.timestamp, data: JSON.parse(e.data) })),
      nextCursor: more ? encodeCursor([page[page.length - 1].seq]) : null,
    };
  }
}
