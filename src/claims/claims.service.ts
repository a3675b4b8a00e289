import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { DomainError, fieldError, notFound } from '../common/errors.js';
import { assertVersion } from '../common/etag.js';
import { IdempotencyStore } from '../common/idempotency.js';
import { clampLimit, encodeCursor, toPage, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import { detectLanguage } from '../text/index.js';
import type { Caller } from '../auth/roles.js';
import { ClaimHistory } from './claim-history.js';
import { ClaimQuantities, CORRECTABLE_FIELDS, type QuantityCorrection } from './claim-quantities.js';
import type { CorrectQuantityDto } from '../quantities/quantities.dto.js';
import { CLAIM_SELECT, RELATION_COLUMN, toClaimResponse, type ClaimRow } from './claim-row.js';
import { buildQueueSql } from './claim-queue.js';
import { ReadCache } from '../database/read-cache.js';
import type {
  ClaimQueryDto, ClaimResponse, ClaimantDto, CounterClaimResponse, CreateClaimDto, CreateCounterClaimDto,
  CreateLinkDto, LinkResponse, Relation, RelationsResponse, SourceLinksResponse, UpdateClaimDto,
} from './claims.dto.js';

interface NewClaim {
  text: string;
  claimant: ClaimantDto;
  language?: string;
  claimedAt?: string;
  sourceId?: string;
  quote?: string;
  tags?: string[];
  /** A citation at known offsets (extraction); takes the place of sourceId + quote. */
  citation?: CitationSpan;
}

/** Where a claim stands in a source: `quote` is source.text.slice(start, end). */
export interface CitationSpan {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

/** A claim found by extraction; the system creates it (no actor). */
export interface ExtractedClaimInput {
  text: string;
  claimant: ClaimantDto;
  language: string;
  claimedAt: string | null;
  citation: CitationSpan;
}

interface LinkRow {
  id: string;
  from_claim_id: string;
  to_claim_id: string;
  relation: Relation;
  created_at: string;
}

const toLink = (r: LinkRow): LinkResponse => ({
  id: r.id, fromClaimId: r.from_claim_id, toClaimId: r.to_claim_id, relation: r.relation, createdAt: r.created_at,
});

/** Built once: the statement cache is keyed by SQL text, and a long key rebuilt per call costs a hash each time. */
const CLAIM_JSON_BY_ID = 'SELECT c.claim_json AS json, c.version FROM claims c WHERE c.id = ?';

@Injectable()
export class ClaimsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventLog,
    private readonly history: ClaimHistory,
    private readonly idempotency: IdempotencyStore,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly quantities: ClaimQuantities,
  ) {
    this.pages = new ReadCache(db, settings.claims.readCache.queuePages);
    this.claimJson = new ReadCache(db, settings.claims.readCache.claims);
  }

  /** The busiest reads, the first queue page and single claims, as sent (see ReadCache). */
  private readonly pages: ReadCache<string>;
  private readonly claimJson: ReadCache<{ json: string; version: number }>;

  /**
   * The new claim as the JSON text SQLite built (sent as it is: no parse and re-serialisation on the
   * busiest write), with its version for the ETag. A repeated Idempotency-Key gets the first answer.
   */
  create(caller: Caller, input: CreateClaimDto, idempotencyKey?: string): Promise<{ status: number; json: string; version: number }> {
    const language = input.language ?? detectLanguage(input.text);
    return this.db.writeGrouped(() => {
      let version: number | undefined;
      const stored = this.idempotency.run<string | ClaimResponse>(
        { userId: caller.id, route: 'POST /v1/claims', key: idempotencyKey, body: input },
        () => {
          const claim = this.getJson(this.insertClaim(caller.id, { ...input, language }, 'manual'));
          version = claim.version;
          return { status: 201, body: claim.json };
        },
      );
      // answers stored by 0.1 hold the claim as an object, later ones its JSON text
      const json = typeof stored.body === 'string' ? stored.body : JSON.stringify(stored.body);
      return { status: stored.status, json, version: version ?? (JSON.parse(json) as ClaimResponse).version };
    });
  }

  get(id: string): ClaimResponse {
    // only the API shape: the reasoning columns of CLAIM_SELECT are not needed to answer
    return JSON.parse(this.getJson(id).json) as ClaimResponse;
  }

  update(caller: Caller, id: string, input: UpdateClaimDto, expectedVersion?: number): Promise<ClaimResponse> {
    return this.db.writeGrouped(() => {
      const row = this.editableRow(id, expectedVersion);
      const previous: Record<string, unknown> = {};
      const sets: string[] = [];
      const params: unknown[] = [];
      const change = (field: string, column: string, before: unknown, after: unknown, stored: unknown = after) => {
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        previous[field] = before;
        sets.push(`${column} = ?`);
        params.push(stored);
      };
      if (input.text !== undefined) change('text', 'text', row.text, input.text);
      if (input.claimant !== undefined) {
        change('claimant.name', 'claimant_name', row.claimant_name, input.claimant.name);
        change('claimant.affiliation', 'claimant_affiliation', row.claimant_affiliation, input.claimant.affiliation ?? null);
        change('claimant.country', 'claimant_country', row.claimant_country, input.claimant.country ?? null);
      }
      if (input.tags !== undefined) change('tags', 'tags', JSON.parse(row.tags), input.tags, JSON.stringify(input.tags));
      if (input.priority !== undefined) change('priority', 'priority', row.priority, input.priority);
      if (input.claimedAt !== undefined) {
        change('claimedAt', 'claimed_at', row.claimed_at, input.claimedAt === null ? null : new Date(input.claimedAt).toISOString());
      }
      if (sets.length === 0) return toClaimResponse(row);

      const now = this.clock.now().toISOString();
      this.db.run(
        `UPDATE claims SET ${sets.join(', ')}, version = version + 1, updated_at = ? WHERE id = ?`,
        ...params, now, id,
      );
      // the figures depend on the wording, the claimant's country ("its own soldiers") and the date
      if (Object.keys(previous).some((f) => f === 'text' || f === 'claimedAt' || f.startsWith('claimant.'))) {
        this.quantities.refresh(id);
      }
      this.history.append({ claimId: id, actorId: caller.id, action: 'edit', data: { previous } });
      this.events.append('claim.updated', { claimId: id, version: row.version + 1, fields: Object.keys(previous) });
      return this.get(id);
    });
  }

  /**
   * A fact-checker's correction of one quantity (measure, subject, interval, qualifier, unit). It is
   * kept by span text and laid over the quantity again after every re-extraction of the claim.
   */
  correctQuantity(
    caller: Caller, id: string, index: number, input: CorrectQuantityDto, expectedVersion?: number,
  ): Promise<ClaimResponse> {
    const correction: QuantityCorrection = {};
    for (const field of CORRECTABLE_FIELDS) {
      if (input[field] !== undefined) (correction as Record<string, unknown>)[field] = input[field];
    }
    if (Object.keys(correction).length === 0) {
      throw fieldError('body', `set at least one of ${CORRECTABLE_FIELDS.join(', ')}`);
    }
    return this.db.writeGrouped(() => {
      const row = this.editableRow(id, expectedVersion);
      const current = this.quantities.at(id, index);
      if (!current) throw notFound('quantity', `${index} of claim ${id}`);
      const previous = this.quantities.correct(id, current, correction, caller.id);
      if (Object.keys(previous).length === 0) return toClaimResponse(row);

      this.db.run('UPDATE claims SET version = version + 1, updated_at = ? WHERE id = ?', this.clock.now().toISOString(), id);
      this.history.append({
        claimId: id, actorId: caller.id, action: 'correct_quantity',
        data: { index, text: current.text, previous, correction },
      });
      this.events.append('claim.updated', { claimId: id, version: row.version + 1, fields: ['quantities'] });
      return this.get(id);
    });
  }

  counterClaim(caller: Caller, targetId: string, input: CreateCounterClaimDto): Promise<CounterClaimResponse> {
    const language = input.language ?? detectLanguage(input.text);
    return this.db.writeGrouped(() => {
      this.requireRow(targetId);
      const id = this.insertClaim(caller.id, { ...input, language }, 'manual');
      const link = this.insertLink(caller.id, id, targetId, input.stance);
      return { claim: this.get(id), link };
    });
  }

  link(caller: Caller, fromId: string, input: CreateLinkDto): Promise<LinkResponse> {
    return this.db.writeGrouped(() => {
      if (fromId === input.targetId) throw fieldError('targetId', 'a claim cannot be linked to itself');
      this.requireRow(fromId);
      if (!this.db.get('SELECT 1 FROM claims WHERE id = ?', input.targetId)) throw notFound('claim', input.targetId);
      return this.insertLink(caller.id, fromId, input.targetId, input.relation);
    });
  }

  relations(id: string): RelationsResponse {
    this.requireRow(id); // settles the transaction's claim JSON for the reads below
    const related = (sql: string) =>
      this.db.all<ClaimRow & { relation: string }>(sql, id).map((r) => ({ relation: r.relation, claim: toClaimResponse(r) }));
    return {
      incoming: related(
        `${CLAIM_SELECT.replace('SELECT ', 'SELECT l.relation, ')} JOIN claim_links l ON l.from_claim_id = c.id
         WHERE l.to_claim_id = ? ORDER BY l.created_at, l.id`,
      ),
      outgoing: related(
        `${CLAIM_SELECT.replace('SELECT ', 'SELECT l.relation, ')} JOIN claim_links l ON l.to_claim_id = c.id
         WHERE l.from_claim_id = ? ORDER BY l.created_at, l.id`,
      ),
    };
  }

  historyOf(id: string) {
    this.requireRow(id);
    return this.history.list(id);
  }

  /**
   * The queue page as JSON text: the claims' JSON as SQLite wrote it, joined. The queue is the
   * busiest read, and building objects only to serialise them again costs most of its time.
   */
  listJson(caller: Caller, query: ClaimQueryDto): string {
    // "me" is the only filter whose answer depends on who asks
    const key = JSON.stringify([query, query.assignee === 'me' ? caller.id : null]);
    return this.pages.read(key, () => this.readPage(caller, query));
  }

  private readPage(caller: Caller, query: ClaimQueryDto): string {
    const limit = clampLimit(query.limit, this.settings.pagination);
    const sql = buildQueueSql(query, caller.id);
    if (sql.empty) return '{"items":[],"nextCursor":null}';
    this.db.settle();
    // The page's rows are chosen first, sorting only their keys, and only their stored JSON is read:
    // when the order comes from a sort rather than from an index, a flat query would sort every
    // matching claim with its JSON (7–10 ms at 5,000 claims, growing with the desk). The outer
    // order names the page's columns: ordered by the claims' own, the planner walked every claim
    // in index order and looked each up in the page.
    const rows = this.db.all<Pick<ClaimRow, 'claim_json' | 'queue_order' | 'created_at' | 'seq' | 'status_changed_at'>>(
      `SELECT page.seq, page.queue_order, page.created_at, page.status_changed_at, c.claim_json
       FROM (SELECT c.seq, c.queue_order, c.created_at, c.status_changed_at FROM claims c
             ${sql.where.length ? 'WHERE ' + sql.where.join(' AND ') : ''} ORDER BY ${sql.orderBy} LIMIT ?) page
       JOIN claims c ON c.seq = page.seq ORDER BY ${sql.orderBy.replaceAll('c.', 'page.')}`,
      ...sql.params, limit + 1,
    );
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const cursor = more ? JSON.stringify(encodeCursor(sql.cursorKey(page[page.length - 1] as ClaimRow))) : 'null';
    return `{"items":[${page.map((r) => r.claim_json).join(',')}],"nextCursor":${cursor}}`;
  }

  /** One claim's JSON text and version, for GET /v1/claims/:id (sent as it is). */
  getJson(id: string): { json: string; version: number } {
    return this.claimJson.read(id, () => {
      this.db.settle();
      const row = this.db.get<{ json: string; version: number }>(CLAIM_JSON_BY_ID, id);
      if (!row) throw notFound('claim', id);
      return row;
    });
  }

  /** Claims that cite a source (extracted from it, or citing it by hand). */
  ofSource(sourceId: string, query: { limit?: number; cursor?: string }, caller: Caller): Page<ClaimResponse> {
    if (!this.db.get('SELECT 1 FROM sources WHERE id = ?', sourceId)) throw notFound('source', sourceId);
    this.db.settle();
    const limit = clampLimit(query.limit, this.settings.pagination);
    const sql = buildQueueSql({ sort: 'createdAt', cursor: query.cursor }, caller.id);
    sql.where.unshift('c.id IN (SELECT claim_id FROM claim_citations WHERE source_id = ?)');
    const rows = this.db.all<ClaimRow>(
      `${CLAIM_SELECT} WHERE ${sql.where.join(' AND ')} ORDER BY ${sql.orderBy} LIMIT ?`,
      sourceId, ...sql.params, limit + 1,
    );
    return toPage(rows, limit, toClaimResponse, sql.cursorKey);
  }

  /**
   * The links (denials, disputes, support) that touch a claim citing the source, with both ends
   * named, so a source can be read with who answers whom without one request per claim.
   */
  linksOfSource(sourceId: string): SourceLinksResponse {
    if (!this.db.get('SELECT 1 FROM sources WHERE id = ?', sourceId)) throw notFound('source', sourceId);
    const rows = this.db.all<{
      id: string; from_claim_id: string; to_claim_id: string; relation: string; created_at: string;
      from_text: string; from_name: string; from_affiliation: string | null; from_country: string | null; from_in: number;
      to_text: string; to_name: string; to_affiliation: string | null; to_country: string | null; to_in: number;
    }>(
      `WITH cited AS (SELECT DISTINCT claim_id FROM claim_citations WHERE source_id = ?)
       SELECT l.id, l.from_claim_id, l.to_claim_id, l.relation, l.created_at,
         f.text AS from_text, f.claimant_name AS from_name, f.claimant_affiliation AS from_affiliation, f.claimant_country AS from_country,
         f.id IN (SELECT claim_id FROM cited) AS from_in,
         t.text AS to_text, t.claimant_name AS to_name, t.claimant_affiliation AS to_affiliation, t.claimant_country AS to_country,
         t.id IN (SELECT claim_id FROM cited) AS to_in
       FROM claim_links l JOIN claims f ON f.id = l.from_claim_id JOIN claims t ON t.id = l.to_claim_id
       WHERE l.from_claim_id IN (SELECT claim_id FROM cited) OR l.to_claim_id IN (SELECT claim_id FROM cited)
       ORDER BY l.created_at, l.id LIMIT 1000`,
      sourceId,
    );
    return {
      items: rows.map((r) => ({
        id: r.id, fromClaimId: r.from_claim_id, toClaimId: r.to_claim_id, relation: r.relation, createdAt: r.created_at,
        from: { id: r.from_claim_id, text: r.from_text, claimant: { name: r.from_name, affiliation: r.from_affiliation, country: r.from_country }, inSource: r.from_in === 1 },
        to: { id: r.to_claim_id, text: r.to_text, claimant: { name: r.to_name, affiliation: r.to_affiliation, country: r.to_country }, inSource: r.to_in === 1 },
      })),
    };
  }

  /** The row of a claim people may still edit: 404, 412 on a stale version, 409 once approved. */
  private editableRow(id: string, expectedVersion: number | undefined): ClaimRow {
    const row = this.requireRow(id);
    assertVersion(expectedVersion, row.version);
    if (row.status === 'approved') {
      throw new DomainError('invalid_transition', 'An approved claim is read-only until it is reopened', {
        allowedActions: ['reopen'],
      });
    }
    return row;
  }

  /** The claim's row, or 404; safe inside and outside Db.write(). */
  requireRow(id: string): ClaimRow {
    this.db.settle();
    const row = this.db.get<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = ?`, id);
    if (!row) throw notFound('claim', id);
    return row;
  }

  // ---- inside a write ----

  /**
   * Inside a write: creates an extracted claim (status pending, origin "extracted", no actor) with its
   * citation at the given offsets, through the same insert path as manual claims. Returns its id.
   */
  createExtracted(input: ExtractedClaimInput): string {
    this.assertInWrite();
    return this.insertClaim(null, { ...input, claimedAt: input.claimedAt ?? undefined }, 'extracted');
  }

  /**
   * Inside a write: cites `citation` on an existing claim unless it already cites that exact span.
   * A new citation changes the claim's representation: version, history and claim.updated follow.
   * Returns whether a citation was added.
   */
  addCitation(actorId: string | null, claimId: string, citation: CitationSpan): boolean {
    this.assertInWrite();
    const held = this.db.get(
      'SELECT 1 FROM claim_citations WHERE claim_id = ? AND source_id = ? AND start IS ? AND "end" IS ?',
      claimId, citation.sourceId, citation.start, citation.end,
    );
    if (held) return false;
    const now = this.clock.now().toISOString();
    this.insertCitation(claimId, citation, now);
    this.db.run('UPDATE claims SET version = version + 1, updated_at = ? WHERE id = ?', now, claimId);
    const version = this.db.get<{ version: number }>('SELECT version FROM claims WHERE id = ?', claimId)!.version;
    this.history.append({ claimId, actorId, action: 'cite', data: { sourceId: citation.sourceId, start: citation.start, end: citation.end } });
    this.events.append('claim.updated', { claimId, version, fields: ['citations'] });
    return true;
  }

  /** Inside a write: links `fromId` `relation` `toId` as POST /links does; null when the two are already linked either way. */
  linkIfAbsent(actorId: string | null, fromId: string, toId: string, relation: Relation): LinkResponse | null {
    this.assertInWrite();
    if (fromId === toId) return null;
    const held = this.db.get(
      'SELECT 1 FROM claim_links WHERE (from_claim_id = ? AND to_claim_id = ?) OR (from_claim_id = ? AND to_claim_id = ?)',
      fromId, toId, toId, fromId,
    );
    return held ? null : this.insertLink(actorId, fromId, toId, relation);
  }

  private assertInWrite(): void {
    if (!this.db.sqlite.inTransaction) throw new Error('call inside Db.write()');
  }

  private insertCitation(claimId: string, c: { sourceId: string; quote: string | null; start: number | null; end: number | null }, now: string): void {
    this.db.run(
      'INSERT INTO claim_citations (id, claim_id, source_id, quote, start, "end", created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      newId(), claimId, c.sourceId, c.quote, c.start, c.end, now,
    );
    // sources show how many claims cite them
    this.db.run(
      'UPDATE sources SET claim_count = (SELECT COUNT(DISTINCT claim_id) FROM claim_citations WHERE source_id = ?) WHERE id = ?',
      c.sourceId, c.sourceId,
    );
  }

  private insertClaim(actorId: string | null, input: NewClaim, origin: 'manual' | 'extracted'): string {
    const id = newId();
    const now = this.clock.now().toISOString();
    const stored = {
      text: input.text, language: input.language as string, claimant_name: input.claimant.name,
      claimant_country: input.claimant.country ?? null,
      claimed_at: input.claimedAt ? new Date(input.claimedAt).toISOString() : null, created_at: now,
    };
    const { lastInsertRowid: seq } = this.db.run(
      `INSERT INTO claims (id, text, language, claimant_name, claimant_affiliation, claimant_country, claimed_at,
         origin, tags, created_by, created_at, updated_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      id, stored.text, stored.language, stored.claimant_name, input.claimant.affiliation ?? null,
      stored.claimant_country, stored.claimed_at, origin, JSON.stringify(input.tags ?? []), actorId, now, now, now,
    );
    // by hand, not by trigger: see migration 1732800000000 (FTS5 and statement savepoints)
    this.db.run('INSERT INTO claims_fts(rowid, text, claimant_name) VALUES (?, ?, ?)', seq, stored.text, stored.claimant_name);
    // Checked after the insert on purpose: a bad citation must roll the whole claim back with it.
    const citation = input.citation
      ? { ...input.citation, publishedAt: this.publishedAtOf(input.citation.sourceId) }
      : this.resolveCitation(input.sourceId, input.quote);
    if (citation) this.insertCitation(id, citation, now);
    // the cited source's publication date may be the figures' reference date
    this.quantities.storeForNewClaim(id, stored, citation?.publishedAt ?? null);
    this.history.append({ claimId: id, actorId, action: 'create', to: 'pending', data: { origin } });
    this.events.append('claim.created', { claimId: id, version: 1, status: 'pending', origin, language: input.language });
    return id;
  }

  private publishedAtOf(sourceId: string): string | null {
    return this.db.get<{ published_at: string | null }>('SELECT published_at FROM sources WHERE id = ?', sourceId)?.published_at ?? null;
  }

  /** The citation a claim is created with, and its source's publication date (the figures may need it). */
  private resolveCitation(sourceId: string | undefined, quote: string | undefined) {
    if (sourceId === undefined) {
      if (quote !== undefined) throw fieldError('quote', 'a quote needs the sourceId it is quoted from');
      return null;
    }
    const source = this.db.get<{ text: string; published_at: string | null }>('SELECT text, published_at FROM sources WHERE id = ?', sourceId);
    if (!source) throw fieldError('sourceId', 'no source with this id is held');
    const publishedAt = source.published_at;
    if (quote === undefined) return { sourceId, quote: null, start: null, end: null, publishedAt };
    const start = source.text.indexOf(quote);
    if (start < 0) throw fieldError('quote', 'does not occur in the source text');
    return { sourceId, quote, start, end: start + quote.length, publishedAt };
  }


  private insertLink(actorId: string | null, fromId: string, toId: string, relation: Relation): LinkResponse {
    const existing = this.db.get<LinkRow>(
      'SELECT * FROM claim_links WHERE (from_claim_id = ? AND to_claim_id = ?) OR (from_claim_id = ? AND to_claim_id = ?)',
      fromId, toId, toId, fromId,
    );
    if (existing) {
      throw new DomainError('conflict', `These claims are already linked (${existing.relation})`, { linkId: existing.id });
    }
    const now = this.clock.now().toISOString();
    const row: LinkRow = { id: newId(), from_claim_id: fromId, to_claim_id: toId, relation, created_at: now };
    this.db.run(
      'INSERT INTO claim_links (id, from_claim_id, to_claim_id, relation, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      row.id, fromId, toId, relation, actorId, now,
    );
    const column = RELATION_COLUMN[relation];
    this.db.run(
      `UPDATE claims SET ${column} = ${column} + 1, version = version + 1, updated_at = ? WHERE id = ?`, now, toId,
    );
    const version = this.db.get<{ version: number }>('SELECT version FROM claims WHERE id = ?', toId)!.version;
    this.history.append({ claimId: toId, actorId, action: 'link', data: { relation, fromClaimId: fromId } });
    this.events.append('claim.linked', { linkId: row.id, fromClaimId: fromId, toClaimId: toId, relation, version });
    return toLink(row);
  }
}
