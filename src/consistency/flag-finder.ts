import type { Db } from '../database/db.js';
import type { Language, Quantity } from '../quantities/index.js';
import { QUANTITY_COLUMNS, quantityOfRow, type QuantityRow } from '../claims/claim-quantities.js';
import {
  compareAgainst, partSumMismatch, singleQuantityFlags, type ConsistencyOptions, type FlagCandidate, type QuantityRef,
  type RuleQuantity,
} from './rules.js';
import { boundedPartners, refKey } from './partner-bound.js';
import { selectConflicts } from './conflict-selection.js';
import { sameAssertion } from './same-assertion.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A quantity as a flag keeps it: where it is (claim, position) and what it said when the flag was raised. */
export interface FlagQuantity extends Quantity {
  claimId: string;
  index: number;
}

export interface Evaluation {
  claimId: string;
  /** The claim's version as read (what the check judged). */
  version: number;
  /** Every flag the rules find for this claim now: against its partners, on its own, and its part sums. */
  candidates: FlagCandidate[];
  /** Quantities of other claims the lookup returned (for benchmarks and logs). */
  partnerCount: number;
  snapshot(ref: QuantityRef): FlagQuantity;
}

/** How many partner figures a check reads per figure and side (see partner-bound.ts for the rule). */
export interface PartnerBound {
  /** Nearest figures in reference date before, and as many after, the target; Infinity: all in the window. */
  perSide: number;
}

export const DEFAULT_PARTNER_BOUND: Readonly<PartnerBound> = Object.freeze({ perSide: 100 });

/**
 * Finds the flags one claim takes part in. Comparison partners come from index range scans on
 * claim_quantities(measure_key, reference_date): the same comparison key (rules.ts), reference date
 * within the window, nearest first and bounded (partner-bound.ts). Reads only; the caller persists
 * (inside its write, so the view is consistent).
 */
export class FlagFinder {
  constructor(
    private readonly db: Db,
    private readonly options: ConsistencyOptions,
    private readonly bound: PartnerBound = DEFAULT_PARTNER_BOUND,
  ) {}

  evaluate(claimId: string): Evaluation | null {
    const claim = this.db.get<{ text: string; language: string; claimant_name: string; version: number }>(
      'SELECT text, language, claimant_name, version FROM claims WHERE id = ?', claimId,
    );
    if (!claim) return null;
    const rows = this.db.all<QuantityRow>(
      `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities WHERE claim_id = ? ORDER BY idx`, claimId,
    );
    const target = rows.map((r) => toRuleQuantity(r, claim.claimant_name));
    const flaggedPartners = this.flaggedPartnersOf(claimId).map((r) => toRuleQuantity(r, r.claimant));
    const partners = boundedPartners(
      this.partnersOf(claimId, rows).map((r) => toRuleQuantity(r, r.claimant)),
      flaggedPartners,
    );

    const known = new Map<string, RuleQuantity>();
    for (const rq of [...target, ...partners]) known.set(refKey(rq), rq);
    const figureOf = (ref: QuantityRef): RuleQuantity => {
      const rq = known.get(refKey(ref));
      if (!rq) throw new Error(`flag names quantity ${ref.index} of claim ${ref.claimId}, which was not evaluated`);
      return rq;
    };

    // the same assertion held in other claims, per figure of this one: usually none, one index scan each
    const duplicates = new Map<string, RuleQuantity[]>();
    const duplicatesOf = (rq: RuleQuantity): RuleQuantity[] => {
      let found = duplicates.get(refKey(rq));
      if (!found) duplicates.set(refKey(rq), (found = this.sameAssertionsAs(rq)));
      return found;
    };
    const candidates: FlagCandidate[] = selectConflicts(
      compareAgainst(target, partners, this.options), claimId, figureOf, new Set(flaggedPartners.map(refKey)),
    ).filter((candidate) => !this.flaggedThroughDuplicate(candidate, claimId, figureOf, duplicatesOf));
    for (const rq of target) candidates.push(...singleQuantityFlags(rq, this.options));
    if (target.length > 1) {
      const language: Language = claim.language === 'de' ? 'de' : 'en';
      const origin = { claimant: claim.claimant_name, referenceDate: target[0].referenceDate };
      candidates.push(
        ...partSumMismatch(claim.text, language, target.map((rq) => rq.quantity), claimId, origin, this.options),
      );
    }

    return {
      claimId,
      version: claim.version,
      candidates,
      partnerCount: partners.length,
      snapshot: (ref) => {
        const rq = figureOf(ref);
        return { claimId: rq.claimId, index: rq.index, ...rq.quantity };
      },
    };
  }

  /**
   * Quantities of other claims with the same comparison key and a reference date inside the window:
   * the bound's nearest before (the target's own date included) and after, each one index range scan.
   */
  private partnersOf(claimId: string, own: QuantityRow[]): QuantityRow[] {
    const window = this.options.windowDays * DAY_MS;
    const limit = Number.isFinite(this.bound.perSide) ? Math.max(0, Math.floor(this.bound.perSide)) : -1; // -1: no LIMIT
    const seen = new Set<string>();
    const out: QuantityRow[] = [];
    for (const q of own) {
      if (q.measure_key === null) continue;
      const at = new Date(q.reference_date).getTime();
      const lookup = `${q.measure_key}|${at}`;
      if (seen.has(lookup)) continue;
      seen.add(lookup);
      const atIso = new Date(at).toISOString();
      // answered from the covering index claim_quantities_partners alone, in index order
      out.push(
        ...this.db.all<QuantityRow>(
          `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities
           WHERE measure_key = ? AND reference_date >= ? AND reference_date <= ? AND claim_id <> ?
           ORDER BY reference_date DESC LIMIT ?`,
          q.measure_key, new Date(at - window).toISOString(), atIso, claimId, limit,
        ),
        ...this.db.all<QuantityRow>(
          `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities
           WHERE measure_key = ? AND reference_date > ? AND reference_date <= ? AND claim_id <> ?
           ORDER BY reference_date ASC LIMIT ?`,
          q.measure_key, atIso, new Date(at + window).toISOString(), claimId, limit,
        ),
      );
    }
    // one claim's quantities can come back for several keys; keep each once
    const unique = new Map(out.map((r) => [`${r.claim_id}#${r.idx}`, r]));
    return [...unique.values()];
  }

  /**
   * True when the partner of a range conflict is already in an open range_conflict flag with the
   * same assertion held in another claim (same-assertion.ts): the clash is on the desk once already.
   * Only the duplicates' own flags are read (a few), not the partner's (a figure many claims clash
   * with has many).
   */
  private flaggedThroughDuplicate(
    candidate: FlagCandidate, claimId: string, figureOf: (ref: QuantityRef) => RuleQuantity,
    duplicatesOf: (rq: RuleQuantity) => RuleQuantity[],
  ): boolean {
    if (candidate.type !== 'range_conflict') return false;
    const mine = candidate.quantities.find((ref) => ref.claimId === claimId);
    const theirs = candidate.quantities.find((ref) => ref.claimId !== claimId);
    if (!mine || !theirs) return false;
    for (const duplicate of duplicatesOf(figureOf(mine))) {
      if (duplicate.claimId === theirs.claimId) continue;
      const flags = this.db.all<{ quantities: string }>(
        `SELECT f.quantities FROM flag_claims fc JOIN flags f ON f.id = fc.flag_id
         WHERE fc.claim_id = ? AND f.status = 'open' AND f.type = 'range_conflict'`,
        duplicate.claimId,
      );
      for (const flag of flags) {
        const refs = JSON.parse(flag.quantities) as QuantityRef[];
        const names = (ref: QuantityRef) => refs.some((r) => r.claimId === ref.claimId && r.index === ref.index);
        if (names(theirs) && names(duplicate)) return true;
      }
    }
    return false;
  }

  /**
   * Figures of other claims that are the same assertion as `rq`: one range scan of the partners
   * index over a day either side of its date, the same stated interval, then the claimant rule.
   */
  private sameAssertionsAs(rq: RuleQuantity): RuleQuantity[] {
    if (!rq.key) return [];
    const at = rq.referenceDate.getTime();
    return this.db
      .all<QuantityRow>(
        `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities
         WHERE measure_key = ? AND reference_date >= ? AND reference_date <= ? AND claim_id <> ? AND min IS ? AND max IS ?`,
        rq.key, new Date(at - DAY_MS).toISOString(), new Date(at + DAY_MS).toISOString(), rq.claimId, rq.quantity.min, rq.quantity.max,
      )
      .map((row) => toRuleQuantity(row, row.claimant))
      .filter((other) => sameAssertion(rq, other));
  }

  /** The other quantities of open range_conflict flags this claim is in: a re-check keeps judging them. */
  private flaggedPartnersOf(claimId: string): QuantityRow[] {
    const flagged = this.db.all<{ quantities: string }>(
      `SELECT f.quantities FROM flag_claims fc JOIN flags f ON f.id = fc.flag_id
       WHERE fc.claim_id = ? AND f.status = 'open' AND f.type = 'range_conflict'`,
      claimId,
    );
    const refs = new Map<string, { claimId: string; index: number }>();
    for (const row of flagged) {
      for (const ref of JSON.parse(row.quantities) as Array<{ claimId: string; index: number }>) {
        if (ref.claimId !== claimId) refs.set(`${ref.claimId}#${ref.index}`, ref);
      }
    }
    return [...refs.values()].flatMap((ref) =>
      this.db.all<QuantityRow>(`SELECT ${QUANTITY_COLUMNS} FROM claim_quantities WHERE claim_id = ? AND idx = ?`, ref.claimId, ref.index),
    );
  }
}

function toRuleQuantity(r: QuantityRow, claimant: string): RuleQuantity {
  return {
    claimId: r.claim_id,
    index: r.idx,
    quantity: quantityOfRow(r),
    referenceDate: new Date(r.reference_date),
    claimant,
    key: r.measure_key,
    claimantCountry: r.claimant_country,
  };
}
