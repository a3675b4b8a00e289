import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { DomainError, notFound } from '../common/errors.js';
import { assertVersion } from '../common/etag.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ClaimHistory } from '../claims/claim-history.js';
import { VERDICT_JSON, type ClaimRow } from '../claims/claim-row.js';
import type { ClaimResponse } from '../claims/claims.dto.js';
import type { Caller } from '../auth/roles.js';
import { allowedActions, decide, type ClaimStatus, type WorkflowAction } from './workflow.js';
import { toClaimReview, type ClaimReviewJsonLd } from './claim-review.js';
import type { ProposeVerdictDto, VerdictResponse } from './review.dto.js';

interface Step {
  action: WorkflowAction;
  caller: Caller;
  claimId: string;
  expectedVersion?: number;
  verdictAuthorId?: string | null;
  targetAssigneeId?: string | null;
}

/**
 * Every workflow step is one synchronous transaction: read the claim, ask the transition table,
 * change the claim (version + 1), write the history entry and the events. Two editors racing for
 * the same approval are serialised here: the second finds the claim already approved and gets 409.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventLog,
    private readonly claims: ClaimsService,
    private readonly history: ClaimHistory,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  assign(caller: Caller, claimId: string, assigneeId: string | undefined, expectedVersion?: number): Promise<ClaimResponse> {
    const target = assigneeId ?? caller.id;
    return this.db.writeGrouped(() => {
      const user = this.db.get<{ id: string; name: string }>('SELECT id, name FROM users WHERE id = ?', target);
      const { row, to } = this.begin({ action: 'assign', caller, claimId, expectedVersion, targetAssigneeId: target });
      if (!user) {
        throw new DomainError('validation_failed', 'assigneeId: no user with this id', {
          errors: [{ field: 'assigneeId', message: 'no user with this id' }],
        });
      }
      const version = this.move(row, to, { assignee_id: target });
      this.history.append({ claimId, actorId: caller.id, action: 'assign', from: row.status, to, data: { assigneeId: target, previousAssigneeId: row.assignee_id } });
      this.events.append('claim.assigned', { claimId, assigneeId: target, previousAssigneeId: row.assignee_id, actor: caller.id, version });
      this.statusChanged(row, to, caller, version);
      return this.claims.get(claimId);
    });
  }

  unassign(caller: Caller, claimId: string, expectedVersion?: number): Promise<ClaimResponse> {
    return this.db.writeGrouped(() => {
      const { row, to } = this.begin({ action: 'unassign', caller, claimId, expectedVersion });
      const version = this.move(row, to, { assignee_id: null });
      this.history.append({ claimId, actorId: caller.id, action: 'unassign', from: row.status, to, data: { previousAssigneeId: row.assignee_id } });
      this.events.append('claim.assigned', { claimId, assigneeId: null, previousAssigneeId: row.assignee_id, actor: caller.id, version });
      this.statusChanged(row, to, caller, version);
      return this.claims.get(claimId);
    });
  }

  propose(caller: Caller, claimId: string, input: ProposeVerdictDto, expectedVersion?: number): Promise<VerdictResponse> {
    return this.db.writeGrouped(() => {
      const { row, to } = this.begin({ action: 'propose_verdict', caller, claimId, expectedVersion });
      input.evidence.forEach((item, i) => {
        const problem =
          item.sourceId === undefined && item.url === undefined
            ? 'needs a sourceId or a url'
            : item.sourceId !== undefined && !this.db.get('SELECT 1 FROM sources WHERE id = ?', item.sourceId)
              ? 'sourceId names no source held by this desk'
              : null;
        if (problem) {
          throw new DomainError('validation_failed', `evidence.${i}: ${problem}`, { errors: [{ field: `evidence.${i}`, message: problem }] });
        }
      });
      const now = this.clock.now().toISOString();
      this.db.run("UPDATE verdicts SET status = 'superseded' WHERE claim_id = ? AND status = 'proposed'", claimId);
      const id = newId();
      this.db.run(
        `INSERT INTO verdicts (id, claim_id, rating, summary, evidence, author_id, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?)`,
        id, claimId, input.rating, input.summary,
        JSON.stringify(input.evidence.map((e) => ({ sourceId: e.sourceId ?? null, url: e.url ?? null, note: e.note }))),
        caller.id, now,
      );
      const version = this.move(row, to, { current_verdict_id: id });
      this.history.append({ claimId, actorId: caller.id, action: 'propose_verdict', from: row.status, to, data: { verdictId: id, rating: input.rating } });
      this.events.append('verdict.proposed', { claimId, verdictId: id, rating: input.rating, actor: caller.id, version });
      this.statusChanged(row, to, caller, version);
      return this.verdict(id);
    });
  }

  approve(caller: Caller, claimId: string, verdictId: string, note: string | undefined, expectedVersion?: number): Promise<ClaimResponse> {
    return this.decideVerdict(caller, claimId, verdictId, 'approve', note ?? null, expectedVersion);
  }

  reject(caller: Caller, claimId: string, verdictId: string, reason: string, expectedVersion?: number): Promise<ClaimResponse> {
    return this.decideVerdict(caller, claimId, verdictId, 'reject', reason, expectedVersion);
  }

  dismiss(caller: Caller, claimId: string, reason: string, expectedVersion?: number): Promise<ClaimResponse> {
    return this.db.writeGrouped(() => {
      const { row, to } = this.begin({ action: 'dismiss', caller, claimId, expectedVersion });
      // a proposal nobody will decide on any more
      this.db.run("UPDATE verdicts SET status = 'superseded' WHERE claim_id = ? AND status = 'proposed'", claimId);
      const version = this.move(row, to, {});
      this.history.append({ claimId, actorId: caller.id, action: 'dismiss', from: row.status, to, data: { reason } });
      this.statusChanged(row, to, caller, version, reason);
      return this.claims.get(claimId);
    });
  }

  reopen(caller: Caller, claimId: string, reason: string, expectedVersion?: number): Promise<ClaimResponse> {
    return this.db.writeGrouped(() => {
      const { row, to } = this.begin({ action: 'reopen', caller, claimId, expectedVersion });
      this.db.run("UPDATE verdicts SET status = 'superseded' WHERE claim_id = ? AND status = 'approved'", claimId);
      const version = this.move(row, to, { current_verdict_id: null });
      this.history.append({ claimId, actorId: caller.id, action: 'reopen', from: row.status, to, data: { reason, previousVerdictId: row.current_verdict_id } });
      this.statusChanged(row, to, caller, version, reason);
      return this.claims.get(claimId);
    });
  }

  claimReview(claimId: string): ClaimReviewJsonLd {
    const row = this.claims.requireRow(claimId);
    if (row.status !== 'approved' || !row.current_verdict_id) {
      throw new DomainError('not_found', `claim ${claimId} has no approved verdict`);
    }
    const verdict = this.verdict(row.current_verdict_id);
    const appearances = this.db
      .all<{ url: string | null }>(
        `SELECT s.url FROM claim_citations cc JOIN sources s ON s.id = cc.source_id WHERE cc.claim_id = ? ORDER BY cc.created_at`,
        claimId,
      )
      .map((r) => r.url)
      .filter((u): u is string => u !== null);
    return toClaimReview({
      claim: {
        id: row.id,
        text: row.text,
        claimant: { name: row.claimant_name, affiliation: row.claimant_affiliation, country: row.claimant_country },
        claimedAt: row.claimed_at ? new Date(row.claimed_at) : null,
        appearances,
      },
      verdict: { rating: verdict.rating as never, summary: verdict.summary, decidedAt: new Date(verdict.decidedAt!) },
      publicBaseUrl: this.settings.review.publicBaseUrl,
      organization: this.settings.review.organization,
    });
  }

  // ---- steps shared by every transition (inside Db.write) ----

  private decideVerdict(
    caller: Caller, claimId: string, verdictId: string, action: 'approve' | 'reject', text: string | null, expectedVersion?: number,
  ): Promise<ClaimResponse> {
    return this.db.writeGrouped(() => {
      const found = this.db.get<{ author_id: string; status: string; claim_id: string }>(
        'SELECT author_id, status, claim_id FROM verdicts WHERE id = ?', verdictId,
      );
      const verdict = found && found.claim_id === claimId ? found : undefined;
      // The status check comes first, so "approve a pending claim" is a 409 whatever id is sent.
      const { row, to } = this.begin({ action, caller, claimId, expectedVersion, verdictAuthorId: verdict?.author_id });
      if (!verdict) throw notFound('verdict', verdictId);
      if (row.current_verdict_id !== verdictId || verdict.status !== 'proposed') {
        throw new DomainError('invalid_transition', `verdict ${verdictId} is ${verdict.status}, not the claim's current proposal`, {
          allowedActions: this.allowed(row, caller),
        });
      }
      const now = this.clock.now().toISOString();
      this.db.run(
        'UPDATE verdicts SET status = ?, decided_by = ?, decided_at = ?, note = ? WHERE id = ?',
        action === 'approve' ? 'approved' : 'rejected', caller.id, now, text, verdictId,
      );
      const version = this.move(row, to, {});
      const data = action === 'approve' ? { verdictId, note: text } : { verdictId, reason: text };
      this.history.append({ claimId, actorId: caller.id, action, from: row.status, to, data });
      this.events.append(action === 'approve' ? 'verdict.approved' : 'verdict.rejected', { claimId, ...data, actor: caller.id, version });
      this.statusChanged(row, to, caller, version, action === 'reject' ? (text ?? undefined) : undefined);
      return this.claims.get(claimId);
    });
  }

  /** Loads the claim and asks the transition table; throws 404, 412, 409 or 403. */
  private begin(step: Step): { row: ClaimRow; to: ClaimStatus } {
    const row = this.claims.requireRow(step.claimId);
    assertVersion(step.expectedVersion, row.version);
    const verdictAuthorId = step.verdictAuthorId ?? this.currentVerdictAuthor(row);
    const decision = decide({
      status: row.status as ClaimStatus,
      action: step.action,
      actor: { id: step.caller.id, role: step.caller.role },
      assigneeId: row.assignee_id,
      verdictAuthorId,
      targetAssigneeId: step.targetAssigneeId,
    });
    if (!decision.ok) {
      throw new DomainError(decision.reason === 'forbidden' ? 'forbidden' : 'invalid_transition', decision.message, {
        allowedActions: this.allowed(row, step.caller),
      });
    }
    return { row, to: decision.to };
  }

  /** The steps the caller may take now, from the same table that refuses the others (GET …/allowed-actions). */
  allowedActionsFor(caller: Caller, claimId: string): { claimId: string; status: string; version: number; allowedActions: WorkflowAction[] } {
    const row = this.claims.requireRow(claimId);
    return { claimId, status: row.status, version: row.version, allowedActions: this.allowed(row, caller) };
  }

  private allowed(row: ClaimRow, caller: Caller) {
    return allowedActions(row.status as ClaimStatus, { id: caller.id, role: caller.role }, {
      assigneeId: row.assignee_id,
      verdictAuthorId: this.currentVerdictAuthor(row),
    });
  }

  private currentVerdictAuthor(row: ClaimRow): string | null {
    if (!row.current_verdict_id) return null;
    return this.db.get<{ author_id: string }>('SELECT author_id FROM verdicts WHERE id = ?', row.current_verdict_id)?.author_id ?? null;
  }

  /** Moves the claim to `to` with extra column changes; the version guard makes a lost update impossible. */
  private move(row: ClaimRow, to: ClaimStatus, columns: Record<string, string | null>): number {
    const now = this.clock.now().toISOString();
    const names = Object.keys(columns);
    const changed = this.db.run(
      `UPDATE claims SET status = ?, ${names.map((n) => `${n} = ?, `).join('')}version = version + 1, updated_at = ?,
         status_changed_at = CASE WHEN status = ? THEN status_changed_at ELSE ? END
       WHERE id = ? AND version = ?`,
      to, ...names.map((n) => columns[n]), now, to, now, row.id, row.version,
    ).changes;
    if (changed !== 1) throw new DomainError('conflict', 'The claim changed meanwhile; read it again');
    return row.version + 1;
  }

  private statusChanged(row: ClaimRow, to: ClaimStatus, caller: Caller, version: number, reason?: string): void {
    if (row.status === to) return;
    this.events.append('claim.status_changed', {
      claimId: row.id, from: row.status, to, actor: caller.id, ...(reason !== undefined && { reason }), version,
    });
  }

  private verdict(id: string): VerdictResponse {
    const row = this.db.get<{ j: string }>(
      `SELECT ${VERDICT_JSON} AS j FROM verdicts v LEFT JOIN users va ON va.id = v.author_id LEFT JOIN users vd ON vd.id = v.decided_by WHERE v.id = ?`,
      id,
    );
    if (!row) throw notFound('verdict', id);
    return JSON.parse(row.j) as VerdictResponse;
  }
}
