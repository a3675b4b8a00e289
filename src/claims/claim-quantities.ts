import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { DomainError } from '../common/errors.js';
import { extractQuantities, type Language, type Qualifier, type Quantity } from '../quantities/index.js';
import { comparisonKey, referenceDateOf } from '../consistency/rules.js';

/** The fields of a quantity a fact-checker may set; the span (text, start, end) stays as found. */
export const CORRECTABLE_FIELDS = [
  'measure', 'subject', 'min', 'max', 'minInclusive', 'maxInclusive', 'qualifier', 'unit',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type QuantityCorrection = Partial<Pick<Quantity, CorrectableField>>;

/** The fields of a claim its quantities depend on: wording, language, claimant, dates. */
export interface QuantitySubject {
  text: string;
  language: string;
  claimant_name: string;
  claimant_country: string | null;
  claimed_at: string | null;
  created_at: string;
}

/** One stored quantity row (claim_quantities). */
export interface QuantityRow {
  claim_id: string;
  idx: number;
  text: string;
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  min_inclusive: number;
  max_inclusive: number;
  qualifier: Qualifier;
  unit: string;
  measure: string | null;
  subject: string | null;
  measure_key: string | null;
  reference_date: string;
  /** The claimant's name when the quantity was stored (refreshed on claimant edits): explanations name it. */
  claimant: string;
  /** The claimant's country then: estimates from opposing sides are told apart by it. */
  claimant_country: string | null;
}

const COLUMN_NAMES = [
  'claim_id', 'idx', 'text', 'start', '"end"', 'min', 'max', 'min_inclusive', 'max_inclusive', 'qualifier', 'unit',
  'measure', 'subject', 'measure_key', 'reference_date', 'claimant', 'claimant_country',
];

/** The claim_quantities columns, in the order of QuantityRow. */
export const QUANTITY_COLUMNS = COLUMN_NAMES.join(', ');

export function quantityOfRow(r: QuantityRow): Quantity {
  return {
    text: r.text, start: r.start, end: r.end, min: r.min, max: r.max,
    minInclusive: r.min_inclusive === 1, maxInclusive: r.max_inclusive === 1,
    qualifier: r.qualifier, unit: r.unit, measure: r.measure, subject: r.subject,
  };
}

/** The quantity with a correction laid over it; key order stays that of the API. */
export function applyCorrection(q: Quantity, correction: QuantityCorrection | undefined): Quantity {
  if (!correction) return q;
  const out: Quantity = { ...q };
  for (const field of CORRECTABLE_FIELDS) {
    if (correction[field] !== undefined) (out as unknown as Record<string, unknown>)[field] = correction[field];
  }
  return out;
}

const invalid = (field: string, message: string) =>
  new DomainError('validation_failed', `${field}: ${message}`, { errors: [{ field, message }] });

/**
 * The quantities of claims: extracted from the claim text on create and edit (synchronously,
 * inside the caller's write), stored one row per quantity with its comparison key and the claim's
 * reference date, and corrected by fact-checkers. A correction is keyed by the span text, so it is
 * laid over the quantity again whenever the text is re-extracted and the span is still there.
 */
@Injectable()
export class ClaimQuantities {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Inside a write: re-extracts the claim's quantities, applies held corrections, replaces the stored rows. */
  refresh(claimId: string): Quantity[] {
    this.assertInWrite();
    const claim = this.db.get<QuantitySubject>(
      'SELECT text, language, claimant_name, claimant_country, claimed_at, created_at FROM claims WHERE id = ?', claimId,
    );
    if (!claim) return [];
    const cited = this.db.get<{ published_at: string }>(
      `SELECT s.published_at FROM claim_citations cc JOIN sources s ON s.id = cc.source_id
       WHERE cc.claim_id = ? AND s.published_at IS NOT NULL ORDER BY cc.created_at, cc.id LIMIT 1`,
      claimId,
    );
    this.db.run('DELETE FROM claim_quantities WHERE claim_id = ?', claimId);
    return this.store(claimId, claim, cited?.published_at ?? null, this.correctionsOf(claimId));
  }

  /**
   * Inside the write that inserted the claim, with the fields at hand: it has no stored quantities and
   * no corrections yet, and at most the one citation it was created with (`citedPublishedAt`: its
   * source's publication date). Saves refresh's look-ups on the busiest write.
   */
  storeForNewClaim(claimId: string, claim: QuantitySubject, citedPublishedAt: string | null): Quantity[] {
    this.assertInWrite();
    return this.store(claimId, claim, citedPublishedAt, new Map());
  }

  private store(claimId: string, claim: QuantitySubject, citedPublishedAt: string | null, corrections: Map<string, QuantityCorrection>): Quantity[] {
    const referenceDate = referenceDateOf({
      claimedAt: claim.claimed_at ? new Date(claim.claimed_at) : null,
      publishedAt: citedPublishedAt ? new Date(citedPublishedAt) : null,
      createdAt: new Date(claim.created_at),
    }).toISOString();
    const language: Language = claim.language === 'de' ? 'de' : 'en';
    const quantities = extractQuantities(claim.text, { language, claimantCountry: claim.claimant_country })
      .map((q) => applyCorrection(q, corrections.get(q.text)));
    quantities.forEach((q, idx) => {
      this.db.run(
        `INSERT INTO claim_quantities (${QUANTITY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        claimId, idx, q.text, q.start, q.end, q.min, q.max, q.minInclusive ? 1 : 0, q.maxInclusive ? 1 : 0,
        q.qualifier, q.unit, q.measure, q.subject, comparisonKey(claim.text, q, language), referenceDate, claim.claimant_name,
        claim.claimant_country,
      );
    });
    return quantities;
  }

  list(claimId: string): Quantity[] {
    return this.db
      .all<QuantityRow>(`SELECT ${QUANTITY_COLUMNS} FROM claim_quantities WHERE claim_id = ? ORDER BY idx`, claimId)
      .map(quantityOfRow);
  }

  at(claimId: string, index: number): Quantity | undefined {
    const row = this.db.get<QuantityRow>(
      `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities WHERE claim_id = ? AND idx = ?`, claimId, index,
    );
    return row ? quantityOfRow(row) : undefined;
  }

  /**
   * Inside a write: records a fact-checker's correction of the quantity `current` (merged with an
   * earlier correction of the same span) and re-applies corrections to the stored rows.
   * Returns the previous values of the fields that change; empty when nothing changes.
   */
  correct(claimId: string, current: Quantity, correction: QuantityCorrection, actorId: string): Partial<Quantity> {
    this.assertInWrite();
    const merged = applyCorrection(current, correction);
    if (merged.min !== null && merged.max !== null && merged.min > merged.max) {
      throw invalid('min', `must not be above max (${merged.min} > ${merged.max})`);
    }
    const previous: Record<string, unknown> = {};
    for (const field of CORRECTABLE_FIELDS) {
      if (correction[field] !== undefined && correction[field] !== current[field]) previous[field] = current[field];
    }
    if (Object.keys(previous).length === 0) return {};

    const held = this.correctionsOf(claimId).get(current.text) ?? {};
    const overrides = { ...held, ...correction };
    this.db.run(
      `INSERT INTO claim_quantity_corrections (claim_id, span_text, overrides, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (claim_id, span_text) DO UPDATE SET overrides = excluded.overrides, corrected_by = excluded.corrected_by,
         corrected_at = excluded.corrected_at`,
      claimId, current.text, JSON.stringify(overrides), actorId, this.clock.now().toISOString(),
    );
    this.refresh(claimId);
    return previous as Partial<Quantity>;
  }

  private correctionsOf(claimId: string): Map<string, QuantityCorrection> {
    const rows = this.db.all<{ span_text: string; overrides: string }>(
      'SELECT span_text, overrides FROM claim_quantity_corrections WHERE claim_id = ?', claimId,
    );
    return new Map(rows.map((r) => [r.span_text, JSON.parse(r.overrides) as QuantityCorrection]));
  }

  private assertInWrite(): void {
    if (!this.db.sqlite.inTransaction) throw new Error('call inside Db.write()');
  }
}
