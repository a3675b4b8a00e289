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
  version: number;
  created_at: string;
  updated_at: string;
  citations_json: string;
  verdict_json: string | null;
  status_changed_at: string | null;
  current_verdict_id: string | null;
}

/** A verdict as JSON, built in SQL so a claim and its current verdict come back in one query. */
export const VERDICT_JSON = `json_object('id', v.id, 'claimId', v.claim_id, 'rating', v.rating, 'summary', v.summary,
  'evidence', json(v.evidence), 'author', json_object('id', v.author_id, 'name', va.name), 'status', v.status,
  'decidedBy', CASE WHEN v.decided_by IS NULL THEN NULL ELSE json_object('id', v.decided_by, 'name', vd.name) END,
  'decidedAt', v.decided_at, 'note', v.note, 'createdAt', v.created_at)`;

/** The select that every claim read shares, so the response shape is built in one place. */
export const CLAIM_SELECT = `SELECT c.seq, c.id, c.text, c.language, c.claimant_name, c.claimant_affiliation,
  c.claimant_country, c.claimed_at, c.status, c.priority, c.assignee_id, u.name AS assignee_name, c.origin, c.tags,
  c.denied_by, c.disputed_by, c.supported_by, c.open_flags, c.corroboration_status, c.corroboration_origins,
  c.corroboration_supporting, c.corroboration_contradicting, c.corroboration_checked_at, c.queue_rank, c.version,
  c.created_at, c.updated_at, c.status_changed_at, c.current_verdict_id,
  (SELECT ${VERDICT_JSON} FROM verdicts v LEFT JOIN users va ON va.id = v.author_id LEFT JOIN users vd ON vd.id = v.decided_by
     WHERE v.id = c.current_verdict_id) AS verdict_json,
  (SELECT json_group_array(json_object('sourceId', cc.source_id, 'quote', cc.quote, 'start', cc.start, 'end', cc."end"))
     FROM (SELECT * FROM claim_citations WHERE claim_id = c.id ORDER BY created_at, id) cc) AS citations_json
  FROM claims c LEFT JOIN users u ON u.id = c.assignee_id`;

export function toClaimResponse(row: ClaimRow): ClaimResponse {
  return {
    id: row.id,
    text: row.text,
    language: row.language,
    claimant: { name: row.claimant_name, affiliation: row.claimant_affiliation, country: row.claimant_country },
    claimedAt: row.claimed_at,
    status: row.status,
    priority: row.priority,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    origin: row.origin,
    tags: JSON.parse(row.tags) as string[],
    citations: JSON.parse(row.citations_json),
    quantities: [],
    relations: { deniedBy: row.denied_by, disputedBy: row.disputed_by, supportedBy: row.supported_by },
    openFlags: row.open_flags,
    corroboration: {
      status: row.corroboration_status,
      independentOrigins: row.corroboration_origins,
      supporting: row.corroboration_supporting,
      contradicting: row.corroboration_contradicting,
      checkedAt: row.corroboration_checked_at,
    },
    verdict: row.verdict_json ? JSON.parse(row.verdict_json) : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const RELATION_COLUMN = { denies: 'denied_by', disputes: 'disputed_by', supports: 'supported_by' } as const;
