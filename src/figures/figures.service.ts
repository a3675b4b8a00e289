import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { DomainError } from '../common/errors.js';
import type { Qualifier } from '../quantities/index.js';
import {
  dateWindowOf, figureKeyOf, figureRefKey, flagIdsByFigure, isWindowProblem, type FigureKey, type FigureRef,
} from './figure-window.js';
import {
  FIGURES_DEFAULT_LIMIT, type FigureMeasuresResponse, type FigureResponse, type FiguresQueryDto, type FiguresResponse,
} from './figures.dto.js';

interface FigureRow {
  claim_id: string;
  idx: number;
  quantity_text: string;
  min: number | null;
  max: number | null;
  min_inclusive: number;
  max_inclusive: number;
  qualifier: Qualifier;
  reference_date: string;
  text: string;
  status: string;
  claimant_name: string;
  claimant_affiliation: string | null;
  claimant_country: string | null;
  claimed_at: string | null;
  created_at: string;
}

/** Bound parameters per statement stay well under SQLite's limit. */
const CHUNK = 500;

/** The statements of the figures reads, named so a test can hold their query plans to the indexes. */
export const FIGURE_SQL = {
  measures: 'SELECT measure, subject, unit, claims FROM figure_measures ORDER BY claims DESC, measure, subject, unit',
  // the latest figures of the window, read backwards along the index (the caller turns them oldest first)
  figures: `SELECT q.claim_id, q.idx, q.text AS quantity_text, q.min, q.max, q.min_inclusive, q.max_inclusive, q.qualifier,
      q.reference_date, c.text, c.status, c.claimant_name, c.claimant_affiliation, c.claimant_country, c.claimed_at, c.created_at
    FROM claim_quantities q INDEXED BY claim_quantities_figures JOIN claims c ON c.id = q.claim_id
    WHERE q.measure = ? AND q.subject IS ? AND q.unit = ? AND q.reference_date >= ? AND q.reference_date < ?
    ORDER BY q.reference_date DESC, q.claim_id DESC, q.idx DESC LIMIT ?`,
  // from the claims to their flags (CROSS JOIN keeps that order): left to itself the planner may walk
  // every open flag and probe each against the whole list
  openFlagsOfClaims: (claims: number) => `SELECT DISTINCT f.id, f.seq, f.quantities
    FROM flag_claims fc INDEXED BY flag_claims_claim CROSS JOIN flags f ON f.id = fc.flag_id
    WHERE fc.claim_id IN (${Array.from({ length: claims }, () => '?').join(', ')}) AND f.status = 'open'`,
  // every open flag (through flags_status), each figure it names by primary key
  openFlagsByKey: `SELECT q.measure, q.subject, q.unit, count(DISTINCT f.id) AS flags
    FROM flags f INDEXED BY flags_status CROSS JOIN json_each(f.quantities) ref
    JOIN claim_quantities q ON q.claim_id = json_extract(ref.value, '$.claimId') AND q.idx = json_extract(ref.value, '$.index')
    WHERE f.status = 'open' AND q.measure IS NOT NULL
    GROUP BY q.measure, q.subject, q.unit`,
};

/**
 * Figures over time: every held figure of one measure, subject and unit, for charts, and the list of
 * measures held. Every claim counts whatever its status (a dismissed claim's figure was still said);
 * each figure says its claim's status so a reader can tell. Reads only, each through an index:
 * `claim_quantities_figures` for a chart's window, `figure_measures` (kept by triggers) for the list,
 * and the open flags through `flag_claims` and `flags_status`.
 */
@Injectable()
export class FiguresService {
  constructor(private readonly db: Db) {}

  measures(): FigureMeasuresResponse {
    const rows = this.db.all<{ measure: string; subject: string; unit: string; claims: number }>(FIGURE_SQL.measures);
    const openFlags = this.openFlagsByKey();
    return {
      items: rows.map((r) => {
        const subject = r.subject === '' ? null : r.subject;
        return { measure: r.measure, subject, unit: r.unit, claims: r.claims, openFlags: openFlags.get(keyText({ ...r, subject })) ?? 0 };
      }),
    };
  }

  figures(query: FiguresQueryDto): FiguresResponse {
    const key = figureKeyOf(query);
    const window = dateWindowOf(query.from, query.to);
    if (isWindowProblem(window)) {
      throw new DomainError('validation_failed', window.message, { errors: [window] });
    }
    const limit = query.limit ?? FIGURES_DEFAULT_LIMIT;
    // the latest `limit` figures of the window, read backwards along the index, then turned oldest first
    const rows = this.db.all<FigureRow>(
      FIGURE_SQL.figures,
      key.measure, key.subject, key.unit, window.from ?? '', window.until ?? '\uffff', limit + 1,
    );
    const truncated = rows.length > limit;
    const held = rows.slice(0, limit).reverse();
    const flagIds = this.openFlagIdsOf(held.map((r) => ({ claimId: r.claim_id, index: r.idx })));
    return {
      measure: key.measure,
      subject: key.subject,
      unit: key.unit,
      items: held.map((r) => toFigure(r, flagIds.get(figureRefKey({ claimId: r.claim_id, index: r.idx })) ?? [])),
      truncated,
    };
  }

  /** The open flags naming each of these figures, oldest flag first. */
  private openFlagIdsOf(figures: FigureRef[]): Map<string, string[]> {
    const claimIds = [...new Set(figures.map((f) => f.claimId))];
    const flags = new Map<string, { id: string; seq: number; quantities: FigureRef[] }>();
    for (let i = 0; i < claimIds.length; i += CHUNK) {
      const chunk = claimIds.slice(i, i + CHUNK);
      const rows = this.db.all<{ id: string; seq: number; quantities: string }>(
        FIGURE_SQL.openFlagsOfClaims(chunk.length),
        ...chunk,
      );
      for (const r of rows) flags.set(r.id, { id: r.id, seq: r.seq, quantities: JSON.parse(r.quantities) as FigureRef[] });
    }
    return flagIdsByFigure([...flags.values()].sort((a, b) => a.seq - b.seq));
  }

  /** Open flags per figure key, counting each flag once per key it names (figures as they stand now). */
  private openFlagsByKey(): Map<string, number> {
    const rows = this.db.all<{ measure: string; subject: string | null; unit: string; flags: number }>(FIGURE_SQL.openFlagsByKey);
    return new Map(rows.map((r) => [keyText(r), r.flags]));
  }
}

const keyText = (key: FigureKey): string => `${key.measure}|${key.subject ?? ''}|${key.unit}`;

function toFigure(r: FigureRow, flagIds: string[]): FigureResponse {
  return {
    claimId: r.claim_id,
    quantityIndex: r.idx,
    claimant: { name: r.claimant_name, affiliation: r.claimant_affiliation, country: r.claimant_country },
    claimedAt: r.reference_date,
    dated: r.claimed_at !== null ? 'claimed' : new Date(r.created_at).toISOString() === r.reference_date ? 'recorded' : 'published',
    min: r.min,
    max: r.max,
    minInclusive: r.min_inclusive === 1,
    maxInclusive: r.max_inclusive === 1,
    qualifier: r.qualifier,
    text: r.text,
    quantityText: r.quantity_text,
    status: r.status,
    flagIds,
  };
}
