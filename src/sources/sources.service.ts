import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { notFound } from '../common/errors.js';
import { IdempotencyStore, type StoredResponse } from '../common/idempotency.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../common/pagination.js';
import { userQueryToFts } from '../common/fts.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import { detectLanguage } from '../text/index.js';
import { findDateline, type Dateline } from '../dates/index.js';
import type { Caller } from '../auth/roles.js';
import { contentHash } from './normalise.js';
import { SourceIndex } from '../corroboration/source-index.js';
import type { CreateSourceDto, SourceQueryDto, SourceResponse, SourceWithTextResponse, LanguageCode, PublishedAtSource } from './sources.dto.js';

interface SourceRow {
  seq: number;
  id: string;
  publisher: string;
  url: string | null;
  title: string | null;
  language: LanguageCode;
  published_at: string | null;
  published_at_source: PublishedAtSource | null;
  content_hash: string;
  origin_id: string;
  extraction_status: string;
  claim_count: number;
  created_at: string;
  text?: string;
}

const COLUMNS = `seq, id, publisher, url, title, language, published_at, published_at_source, content_hash, origin_id,
  extraction_status, claim_count, created_at`;

function toResponse(row: SourceRow): SourceResponse {
  return {
    id: row.id,
    publisher: row.publisher,
    url: row.url,
    title: row.title,
    language: row.language,
    publishedAt: row.published_at,
    publishedAtSource: row.published_at_source,
    contentHash: row.content_hash,
    originId: row.origin_id,
    createdAt: row.created_at,
    extraction: { status: row.extraction_status, claimCount: row.claim_count },
  };
}

/**
 * When a source was published: the date given, else the dateline its text prints (not later
 * than now), with how it was found, which the API shows. Neither: unknown, not the moment of
 * ingest, which would date an old article as new (and its claims, and their comparison windows).
 */
function publicationDate(input: CreateSourceDto, dateline: Dateline | null): { at: string | null; source: PublishedAtSource | null } {
  if (input.publishedAt) return { at: new Date(input.publishedAt).toISOString(), source: 'given' };
  if (dateline) return { at: dateline.date.toISOString(), source: 'dateline' };
  return { at: null, source: null };
}

@Injectable()
export class SourcesService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventLog,
    private readonly idempotency: IdempotencyStore,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly sourceIndex: SourceIndex,
  ) {}

  /** 201 with a new source, or 200 with the one already held under the same url or text. */
  ingest(caller: Caller, input: CreateSourceDto, idempotencyKey?: string): Promise<StoredResponse<SourceResponse>> {
    const hash = contentHash(input.text);
    const language = input.language ?? detectLanguage(input.text);
    // Fingerprint, passages and dateline are pure CPU work: done before the write lock is taken.
    const prepared = this.sourceIndex.prepare(input.text, language);
    const dateline = input.publishedAt ? null : findDateline(input.text, { notAfter: this.clock.now() });
    return this.db.writeGrouped(() =>
      this.idempotency.run({ userId: caller.id, route: 'POST /v1/sources', key: idempotencyKey, body: input }, () => {
        const existing = this.db.get<SourceRow>(
          `SELECT ${COLUMNS} FROM sources WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1`,
          hash, input.url ?? null,
        );
        if (existing) return { status: 200, body: { ...toResponse(existing), duplicate: true } };

        const id = newId();
        const now = this.clock.now().toISOString();
        const published = publicationDate(input, dateline);
        // A copy or light rewrite of a held source joins that source's origin; otherwise it starts its own.
        const originId = this.sourceIndex.originFor(prepared)?.originId ?? id;
        // Its extraction is pending: source.ingested routes the extraction job.
        this.db.run(
          `INSERT INTO sources (id, publisher, url, title, language, published_at, published_at_source, text, content_hash, origin_id,
             created_by, created_at, extraction_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
          id, input.publisher, input.url ?? null, input.title ?? null, language, published.at, published.source, input.text, hash, originId,
          caller.id, now,
        );
        this.sourceIndex.store(id, prepared);
        this.events.append('source.ingested', { sourceId: id, publisher: input.publisher, language, originId });
        const row = this.db.get<SourceRow>(`SELECT ${COLUMNS} FROM sources WHERE id = ?`, id)!;
        return { status: 201, body: toResponse(row) };
      }),
    );
  }

  get(id: string): SourceWithTextResponse {
    const row = this.db.get<SourceRow>(`SELECT ${COLUMNS}, text FROM sources WHERE id = ?`, id);
    if (!row) throw notFound('source', id);
    return { ...toResponse(row), text: row.text! };
  }

  exists(id: string): boolean {
    return this.db.get('SELECT 1 FROM sources WHERE id = ?', id) !== undefined;
  }

  search(query: SourceQueryDto): Page<SourceResponse> {
    const limit = clampLimit(query.limit, this.settings.pagination);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.publisher) {
      where.push('s.publisher = ? COLLATE NOCASE');
      params.push(query.publisher);
    }
    if (query.language) {
      where.push('s.language = ?');
      params.push(query.language);
    }
    const match = query.q ? userQueryToFts(query.q) : null;
    if (query.q && !match) return { items: [], nextCursor: null };

    if (match) {
      // Ranked by BM25; the cursor carries (rank, seq) of the last row.
      const after = decodeCursor(query.cursor, 2) as [number, number] | null;
      if (after) {
        where.push('(f.rank > ? OR (f.rank = ? AND s.seq > ?))');
        params.push(after[0], after[0], after[1]);
      }
      const rows = this.db.all<SourceRow & { rank: number }>(
        `SELECT ${COLUMNS.replace(/(\w+)/g, 's.$1')}, f.rank AS rank
         FROM sources_fts f JOIN sources s ON s.seq = f.rowid
         WHERE sources_fts MATCH ? ${where.length ? 'AND ' + where.join(' AND ') : ''}
         ORDER BY f.rank, s.seq LIMIT ?`,
        match, ...params, limit + 1,
      );
      return toPage(rows, limit, toResponse, (r) => [r.rank, r.seq]);
    }

    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    if (after) {
      where.push('(s.created_at, s.id) < (?, ?)');
      params.push(after[0], after[1]);
    }
    const rows = this.db.all<SourceRow>(
      `SELECT ${COLUMNS.replace(/(\w+)/g, 's.$1')} FROM sources s
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY s.created_at DESC, s.id DESC LIMIT ?`,
      ...params, limit + 1,
    );
    return toPage(rows, limit, toResponse, (r) => [r.created_at, r.id]);
  }
}
