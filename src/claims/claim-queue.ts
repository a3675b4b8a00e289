import { DomainError } from '../common/errors.js';
import { decodeCursor, encodeCursor } from '../common/pagination.js';
import { userQueryToFts } from '../common/fts.js';
import type { ClaimQueryDto } from './claims.dto.js';
import type { ClaimRow } from './claim-row.js';

export interface QueueSql {
  where: string[];
  params: unknown[];
  orderBy: string;
  cursorKey: (row: ClaimRow) => unknown[];
  empty: boolean;
}

type SortName = NonNullable<ClaimQueryDto['sort']>;

/**
 * Keyset orders: every sort is one ascending (or one descending) composite key, so the cursor
 * condition is a row-value comparison (insertion order, seq, breaks ties) the index answers directly, and rows inserted while a client
 * pages never shift the rows it has not seen yet.
 */
const SORTS: Record<SortName, { orderBy: string; keyColumns: string; op: '>' | '<'; key: (r: ClaimRow) => unknown[] }> = {
  // open claims by urgency and priority, decided ones (approved, dismissed) after all of them
  priority: {
    orderBy: 'c.queue_order, c.created_at, c.seq',
    keyColumns: '(c.queue_order, c.created_at, c.seq)',
    op: '>',
    key: (r) => [r.queue_order, r.created_at, r.seq],
  },
  createdAt: {
    orderBy: 'c.created_at, c.seq',
    keyColumns: '(c.created_at, c.seq)',
    op: '>',
    key: (r) => [r.created_at, r.seq],
  },
  // the editors' approval queue: oldest proposal (status change) first
  statusChangedAt: {
    orderBy: 'c.status_changed_at, c.seq',
    keyColumns: '(c.status_changed_at, c.seq)',
    op: '>',
    key: (r) => [r.status_changed_at, r.seq],
  },
  // the latest decisions first (the approvals page's "recently approved")
  '-statusChangedAt': {
    orderBy: 'c.status_changed_at DESC, c.seq DESC',
    keyColumns: '(c.status_changed_at, c.seq)',
    op: '<',
    key: (r) => [r.status_changed_at, r.seq],
  },
  '-createdAt': {
    orderBy: 'c.created_at DESC, c.seq DESC',
    keyColumns: '(c.created_at, c.seq)',
    op: '<',
    key: (r) => [r.created_at, r.seq],
  },
};

export function buildQueueSql(query: ClaimQueryDto, callerId: string): QueueSql {
  // Proposals wait in the order they were made: that is the approval queue's default.
  const defaultSort = query.status === 'verdict_proposed' ? 'statusChangedAt' : 'priority';
  const sort = SORTS[query.sort ?? defaultSort];
  const where: string[] = [];
  const params: unknown[] = [];

  if (query.status) {
    const statuses = [...new Set(query.status.split(','))];
    where.push(`c.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (query.assignee === 'me') {
    where.push('c.assignee_id = ?');
    params.push(callerId);
  } else if (query.assignee === 'none') {
    where.push('c.assignee_id IS NULL');
  } else if (query.assignee) {
    where.push('c.assignee_id = ?');
    params.push(query.assignee);
  }
  if (query.flagged !== undefined) where.push(query.flagged === 'true' ? 'c.open_flags > 0' : 'c.open_flags = 0');
  const contested = "(c.denied_by > 0 OR c.disputed_by > 0 OR c.corroboration_status = 'contested')";
  if (query.contested !== undefined) where.push(query.contested === 'true' ? contested : `NOT ${contested}`);
  if (query.corroboration) {
    where.push('c.corroboration_status = ?');
    params.push(query.corroboration);
  }
  if (query.language) {
    where.push('c.language = ?');
    params.push(query.language);
  }
  if (query.claimant) {
    where.push("c.claimant_name LIKE ? ESCAPE '\\'");
    params.push(`%${query.claimant.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  }
  let empty = false;
  if (query.q !== undefined) {
    const match = userQueryToFts(query.q);
    if (match) {
      where.push('c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)');
      params.push(match);
    } else {
      empty = true;
    }
  }
  const after = decodeCursor(query.cursor, sort.key({} as ClaimRow).length);
  if (after) {
    if (after.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
      throw new DomainError('validation_failed', 'cursor is not valid', {
        errors: [{ field: 'cursor', message: 'cursor is not valid for this listing' }],
      });
    }
    where.push(`${sort.keyColumns} ${sort.op} (${after.map(() => '?').join(', ')})`);
    params.push(...after);
  }
  return { where, params, orderBy: sort.orderBy, cursorKey: sort.key, empty };
}

export { encodeCursor };
