import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { DomainError, notFound } from '../common/errors.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import { ClaimHistory } from '../claims/claim-history.js';
import type { Caller } from '../auth/roles.js';
import { pairKey, type FlagCandidate } from './rules.js';
import type { Evaluation, FlagQuantity } from './flag-finder.js';
import type { FlagFilterDto, FlagQueryDto, FlagResolution, FlagResponse, ResolveFlagDto } from './flags.dto.js';

interface FlagRow {
  seq: number;
  id: string;
  type: string;
  severity: string;
  status: string;
  claim_ids: string;
  quantities: string;
  measure: string | null;
  subject: string | null;
  explanation: string;
  pair_key: string;
  created_at: string;
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: string | null;
  note: string | null;
}

const FLAG_SELECT = `SELECT f.seq, f.id, f.type, f.severity, f.status, f.claim_ids, f.quantities, f.measure, f.subject,
  f.explanation, f.pair_key, f.created_at, f.resolved_by, u.name AS resolved_by_name, f.resolved_at, f.note
  FROM flags f LEFT JOIN users u ON u.id = f.resolved_by`;

function toFlagResponse(r: FlagRow): FlagResponse {
  return {
    id: r.id,
    type: r.type,
    severity: r.severity,
    status: r.status,
    claimIds: JSON.parse(r.claim_ids) as string[],
    quantities: JSON.parse(r.quantities) as FlagResponse['quantities'],
    measure: r.measure,
    subject: r.subject,
    explanation: r.explanation,
    createdAt: r.created_at,
    resolvedBy: r.resolved_by ? { id: r.resolved_by, name: r.resolved_by_name ?? '' } : null,
    note: r.note,
  };
}

/** What one check changed: flags raised, open flags brought up to date, flags closed as no longer applying. */
export interface CheckOutcome {
  claimId: string;
  candidates: number;
  raised: string[];
  updated: string[];
  closed: string[];
}

const SUPERSEDED_NOTE = 'Closed automatically: after an edit or correction the figures no longer conflict.';

/**
 * Flags: persisted from rule candidates (one open flag per pair key, enforced by a partial unique
 * index), listed, and resolved by fact-checkers. Every change recounts `open_flags` on the claims
 * involved (the queue's urgency follows) and appends its event in the same transaction.
 */
@Injectable()
export class FlagsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventLog,
    private readonly history: ClaimHistory,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  list(query: FlagQueryDto): Page<FlagResponse> {
    const limit = clampLimit(query.limit, this.settings.pagination);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      const statuses = query.status.split(',');
      where.push(`f.status IN (${statuses.map(() => '?').join(', ')})`);
      params.push(...statuses);
    }
    if (query.type) {
      const types = query.type.split(',');
      where.push(`f.type IN (${types.map(() => '?').join(', ')})`);
      params.push(...types);
    }
    if (query.claimId) {
      const ids = this.flagIdsOf(query.claimId);
      if (ids.length === 0) return { items: [], nextCursor: null };
      where.push(`f.id IN (${ids.map(() => '?').join(', ')})`);
      params.push(...ids);
    }
    const cursor = decodeCursor(query.cursor, 1);
    if (cursor) {
      where.push('f.seq < ?');
      params.push(Number(cursor[0]));
    }
    const rows = this.db.all<FlagRow>(
      `${FLAG_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.seq DESC LIMIT ?`,
      ...params, limit + 1,
    );
    return toPage(rows, limit, toFlagResponse, (r) => [r.seq]);
  }

  ofClaim(claimId: string, query: FlagFilterDto): Page<FlagResponse> {
    if (!this.db.get('SELECT 1 FROM claims WHERE id = ?', claimId)) throw notFound('claim', claimId);
    return this.list({ ...query, claimId });
  }

  get(id: string): FlagResponse {
    return toFlagResponse(this.requireRow(id));
  }

  resolve(caller: Caller, id: string, input: ResolveFlagDto): Promise<FlagResponse> {
    return this.db.writeGrouped(() => {
      const flag = this.requireRow(id);
      if (flag.status !== 'open') {
        throw new DomainError('conflict', `Flag ${id} is already ${flag.status}; only open flags can be resolved`, {
          flagStatus: flag.status,
        });
      }
      this.close(flag, input.resolution, caller.id, input.note);
      return this.get(id);
    });
  }

  /**
   * Inside a write: brings the flags of one claim in line with what the rules found for it now.
   * New pairs get a flag (INSERT ... ON CONFLICT DO NOTHING on the open pair key, so a repeated
   * check never makes a second one); a pair a fact-checker already closed with the same figures is
   * not raised again; open flags of this claim that the rules no longer find are closed.
   */
  apply(evaluation: Evaluation): CheckOutcome {
    const { claimId } = evaluation;
    const now = this.clock.now().toISOString();
    const outcome: CheckOutcome = { claimId, candidates: evaluation.candidates.length, raised: [], updated: [], closed: [] };
    const wanted = new Set<string>();
    const involved = new Set<string>();
    const raisedFlags: Array<{ id: string; candidate: FlagCandidate }> = [];

    for (const candidate of evaluation.candidates) {
      const key = pairKey(candidate);
      if (wanted.has(key)) continue;
      wanted.add(key);
      const quantities = JSON.stringify(candidate.quantities.map((ref) => evaluation.snapshot(ref)) satisfies FlagQuantity[]);
      const settled = this.db.get(
        `SELECT 1 FROM flags WHERE pair_key = ? AND status <> 'open' AND resolved_by IS NOT NULL AND quantities = ?`,
        key, quantities,
      );
      if (settled) continue;

      const id = newId();
      const inserted = this.db.run(
        `INSERT INTO flags (id, type, severity, status, claim_ids, quantities, measure, subject, explanation, pair_key, created_at)
         VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_key) WHERE status = 'open' DO NOTHING`,
        id, candidate.type, candidate.severity, JSON.stringify(candidate.claimIds), quantities, candidate.measure,
        candidate.subject, candidate.explanation, key, now,
      );
      if (inserted.changes === 1) {
        for (const c of new Set(candidate.claimIds)) {
          this.db.run('INSERT INTO flag_claims (flag_id, claim_id) VALUES (?, ?)', id, c);
          involved.add(c);
        }
        raisedFlags.push({ id, candidate });
        outcome.raised.push(id);
        continue;
      }
      // the pair is flagged already: keep its figures and wording current (edits may have changed them)
      const refreshed = this.db.get<{ id: string }>(
        `UPDATE flags SET severity = ?, quantities = ?, measure = ?, subject = ?, explanation = ?
         WHERE pair_key = ? AND status = 'open' AND (severity <> ? OR quantities <> ? OR explanation <> ?) RETURNING id`,
        candidate.severity, quantities, candidate.measure, candidate.subject, candidate.explanation,
        key, candidate.severity, quantities, candidate.explanation,
      );
      if (refreshed) outcome.updated.push(refreshed.id);
    }

    const own = this.flagIdsOf(claimId);
    const stale = own.length === 0 ? [] : this.db
      .all<FlagRow>(`${FLAG_SELECT} WHERE f.status = 'open' AND f.id IN (${own.map(() => '?').join(', ')}) ORDER BY f.seq`, ...own)
      .filter((f) => !wanted.has(f.pair_key));
    for (const flag of stale) {
      this.close(flag, 'dismissed', null, SUPERSEDED_NOTE, now);
      outcome.closed.push(flag.id);
    }

    const versions = this.recount([...involved], now);
    for (const { id, candidate } of raisedFlags) {
      const [first] = candidate.claimIds;
      this.events.append('flag.raised', {
        flagId: id, type: candidate.type, severity: candidate.severity, claimIds: candidate.claimIds,
        measure: candidate.measure, subject: candidate.subject,
        claimId: first, version: versions[first], versions: pick(versions, candidate.claimIds),
      });
    }
    return outcome;
  }

  /** Inside a write: closes an open flag, recounts its claims, records history and `flag.resolved`. */
  private close(flag: FlagRow, resolution: FlagResolution, actorId: string | null, note: string, at = this.clock.now().toISOString()): void {
    this.db.run(
      `UPDATE flags SET status = ?, resolved_by = ?, resolved_at = ?, note = ? WHERE id = ? AND status = 'open'`,
      resolution, actorId, at, note, flag.id,
    );
    const claimIds = JSON.parse(flag.claim_ids) as string[];
    const versions = this.recount(claimIds, at);
    const automatic = actorId === null;
    for (const claimId of new Set(claimIds)) {
      this.history.append({
        claimId, actorId, action: 'resolve_flag',
        data: { flagId: flag.id, type: flag.type, resolution, note, ...(automatic && { automatic }) },
      });
    }
    const [first] = claimIds;
    this.events.append('flag.resolved', {
      flagId: flag.id, type: flag.type, resolution, claimIds, actor: actorId, ...(automatic && { automatic }),
      claimId: first, version: versions[first], versions: pick(versions, claimIds),
    });
  }

  /**
   * Inside a write: sets open_flags of each claim to its number of open flags. The version is left
   * alone: it guards what people edit, and a background count must not make their If-Match stale.
   * Returns the current versions.
   */
  private recount(claimIds: string[], at: string): Record<string, number> {
    const versions: Record<string, number> = {};
    const openCount = `(SELECT COUNT(*) FROM flag_claims fc JOIN flags f ON f.id = fc.flag_id
      WHERE fc.claim_id = claims.id AND f.status = 'open')`;
    for (const claimId of new Set(claimIds)) {
      const row = this.db.get<{ version: number }>(
        `UPDATE claims SET open_flags = ${openCount}, updated_at = ?
         WHERE id = ? AND open_flags <> ${openCount} RETURNING version`,
        at, claimId,
      ) ?? this.db.get<{ version: number }>('SELECT version FROM claims WHERE id = ?', claimId);
      if (row) versions[claimId] = row.version;
    }
    return versions;
  }

  /**
   * The ids of every flag a claim is in, read apart so the flag query that follows searches by id:
   * written as a subquery, the planner may prefer walking all open flags by status (a few flags per
   * claim against thousands open on the desk).
   */
  private flagIdsOf(claimId: string): string[] {
    return this.db.all<{ flag_id: string }>('SELECT flag_id FROM flag_claims WHERE claim_id = ?', claimId).map((r) => r.flag_id);
  }

  private requireRow(id: string): FlagRow {
    const row = this.db.get<FlagRow>(`${FLAG_SELECT} WHERE f.id = ?`, id);
    if (!row) throw notFound('flag', id);
    return row;
  }
}

function pick(versions: Record<string, number>, ids: string[]): Record<string, number> {
  return Object.fromEntries(ids.filter((id) => id in versions).map((id) => [id, versions[id]]));
}
