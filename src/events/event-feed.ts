import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError } from '../common/errors.js';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventEntity } from './event.entity.js';
import type { EventEnvelope, EventType } from './event-types.js';

/** The durable feed, oldest first; replay starts after any event id. */
@Injectable()
export class EventFeed {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async list(query: { after?: string; type?: string; limit?: number; cursor?: string }): Promise<Page<EventEnvelope>> {
    const limit = clampLimit(query.limit, this.settings.pagination);
    let afterSeq = 0;
    const cursor = decodeCursor(query.cursor, 1) as [number] | null;
    if (cursor) {
      afterSeq = Number(cursor[0]);
    } else if (query.after) {
      const anchor = await this.events.findOne({ where: { id: query.after }, select: { seq: true } });
      if (!anchor) {
        throw new DomainError('validation_failed', `after: no event ${query.after} is held`, {
          errors: [{ field: 'after', message: 'no event with this id is held' }],
        });
      }
      afterSeq = anchor.seq;
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
