import type { ClaimResponse } from './claims.dto.js';

/** One claim row as the queries below return it. */
export interface ClaimRow {
  seq: number;
  id: string;
  text: string;
  language: string;
  claimant_name: string;
  claimant_affiliation: string | null;
  claimant_country: string | null;
  claimed_at: string | null;
  status: string;
  priority: number;
  assignee_id: string | null;
  assignee_name: string | null;
  origin: string;
  tags: string;
  denied_by: number;
  disputed_by: number;
  supported_by: number;
  open_flags: number;
  corroboration_status: string;
  corroboration_origins: number;
  corroboration_supporting: number;
  corroboration_contradicting: number;
  corroboration_checked_at: string | null;
  queue_rank: number;
  /** queue_rank with decided claims (approved, dismissed) after every open one: the priority sort's first key */
  queue_order: number;
  version: number;
  created_at: string;
  updated_at: string;
  /** The whole API representation, serialised by SQLite (see CLAIM_JSON). */
  claim_json: string;
  status_changed_at: string | null;
  current_verdict_id: string | null;
}

/** A verdict as JSON, built in SQL so a claim and its current verdict come back in one query. */
export const VERDICT_JSON = `json_object('id', v.id, 'claimId', v.claim_id, 'rating', v.rating, 'summary', v.summary,
  'evidence', json(v.evidence), 'author', json_object('id', v.author_id, 'name', va.name), 'status', v.status,
  'decidedBy', CASE WHEN v.decided_by IS NULL THEN NULL ELSE json_object('id', v.decided_by, 'name', vd.name) END,
  'decidedAt', v.decided_at, 'note', v.note, 'createdAt', v.created_at)`;

/** A claim's quantities in the API's field order, built in SQL like the citations. */
export const QUANTITIES_JSON = `(SELECT json_group_array(json_object('text', cq.text, 'start', cq.start, 'end', cq."end",
    'min', cq.min, 'max', cq.max, 'minInclusive', json(CASE WHEN cq.min_inclusive THEN 'true' ELSE 'false' END),
    'maxInclusive', json(CASE WHEN cq.max_inclusive THEN 'true' ELSE 'false' END), 'qualifier', cq.qualifier,
    'unit', cq.unit, 'measure', cq.measure, 'subject', cq.subject))
   FROM (SELECT * FROM claim_quantities WHERE claim_id = c.id ORDER BY idx) cq)`;

/**
 * The claim as the API shows it, built by SQLite in one expression and stored in claims.claim_json
 * by triggers (claim-json-store.ts; a change here needs a migration that reinstalls them). Reads on
 * the hot paths send that text as it is (no row objects, no re-serialisation); everything else
 * parses it. One place owns the shape. Subquery results are wrapped in json() so they nest as JSON,
 * not as strings.
 */
export const CLAIM_JSON = `json_object(
  'id', c.id, 'text', c.text, 'language', c.language,
  'claimant', json_object('name', c.claimant_name, 'affiliation', c.claimant_affiliation, 'country', c.claimant_country),
  'claimedAt', c.claimed_at, 'status', c.status, 'priority', c.priority,
  'assignee', CASE WHEN c.assignee_id IS NULL THEN NULL ELSE json_object('id', c.assignee_id, 'name', u.name) END,
  'origin', c.origin, 'tags', json(c.tags),
  'citations', json((SELECT json_group_array(json_object('sourceId', cc.source_id, 'quote', cc.quote, 'start', cc.start, 'end', cc."end"))
     FROM (SELECT * FROM claim_citations WHERE claim_id = c.id ORDER BY created_at, id) cc)),
  'quantities', json(${QUANTITIES_JSON}),
  'relations', json_object('deniedBy', c.denied_by, 'disputedBy', c.disputed_by, 'supportedBy', c.supported_by),
  'openFlags', c.open_flags,
  'corroboration', json_object('status', c.corroboration_status, 'independentOrigins', c.corroboration_origins,
     'supporting', c.corroboration_supporting, 'contradicting', c.corroboration_contradicting, 'checkedAt', c.corroboration_checked_at),
  'verdict', json((SELECT ${VERDICT_JSON} FROM verdicts v LEFT JOIN users va ON va.id = v.author_id LEFT JOIN users vd ON vd.id = v.decided_by
     WHERE v.id = c.current_verdict_id)),
  'version', c.version, 'createdAt', c.created_at, 'updatedAt', c.updated_at)`;

/** The select that every claim read shares: the columns the services reason about, plus the API shape. */
export const CLAIM_SELECT = `SELECT c.seq, c.id, c.text, c.language, c.claimant_name, c.claimant_affiliation,
  c.claimant_country, c.claimed_at, c.status, c.priority, c.assignee_id, u.name AS assignee_name, c.origin, c.tags,
  c.denied_by, c.disputed_by, c.supported_by, c.open_flags, c.corroboration_status, c.corroboration_origins,
  c.corroboration_supporting, c.corroboration_contradicting, c.corroboration_checked_at, c.queue_rank, c.queue_order, c.version,
  c.created_at, c.updated_at, c.status_changed_at, c.current_verdict_id,
  c.claim_json
  FROM claims c LEFT JOIN users u ON u.id = c.assignee_id`;

export function toClaimResponse(row: Pick<ClaimRow, 'claim_json'>): ClaimResponse {
  return JSON.parse(row.claim_json) as ClaimResponse;
}

export const RELATION_COLUMN = { denies: 'denied_by', disputes: 'disputed_by', supports: 'supported_by' } as const;
