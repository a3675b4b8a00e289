import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';

export interface HistoryEntry {
  claimId: string;
  actorId: string | null;
  action: string;
  from?: string | null;
  to?: string | null;
  data?: Record<string, unknown>;
}

/** The audit trail of a claim. Call only inside Db.write(), with the change it records. */
@Injectable()
export class ClaimHistory {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  append(entry: HistoryEntry): void {
    this.db.run(
      'INSERT INTO claim_history (claim_id, at, actor_id, action, from_status, to_status, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      entry.claimId, this.clock.now().toISOString(), entry.actorId, entry.action, entry.from ?? null, entry.to ?? null,
      JSON.stringify(entry.data ?? {}),
    );
  }

  list(claimId: string) {
    return this.db
      .all<{ at: string; actor_id: string | null; actor_name: string | null; action: string; from_status: string | null;
        to_status: string | null; data: string }>(
        `SELECT h.at, h.actor_id, u.name AS actor_name, h.action, h.from_status, h.to_status, h.data
         FROM claim_history h LEFT JOIN users u ON u.id = h.actor_id WHERE h.claim_id = ? ORDER BY h.seq`,
        claimId,
      )
      .map((r) => ({
        at: r.at,
        actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
        action: r.action,
        from: r.from_status,
        to: r.to_status,
        data: JSON.parse(r.data) as Record<string, unknown>,
      }));
  }
}
