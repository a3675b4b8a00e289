import type { Db } from '../database/db.js';
import type { Language, Quantity } from '../quantities/index.js';
import { QUANTITY_COLUMNS, quantityOfRow, type QuantityRow } from '../claims/claim-quantities.js';
import {
  compareAgainst, partSumMismatch, singleQuantityFlags, type ConsistencyOptions, type FlagCandidate, type QuantityRef,
  type RuleQuantity,
} from './rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A quantity as a flag keeps it: where it is (claim, position) and what it said when the flag was raised. */
export interface FlagQuantity extends Quantity {
  claimId: string;
  index: number;
}

export interface Evaluation {
  claimId: string;
  /** Every flag the rules find for this claim now: against its partners, on its own, and its part sums. */
  candidates: FlagCandidate[];
  /** Quantities of other claims the lookup returned (for benchmarks and logs). */
  partnerCount: number;
  snapshot(ref: QuantityRef): FlagQuantity;
}

/**
 * Finds the flags one claim takes part in. Comparison partners come from an index range scan on
 * claim_quantities(measure_key, reference_date): same measure, subject and unit, reference date
 * within the window. Reads only; the caller persists (inside its write, so the view is consistent).
 */
export class FlagFinder {
  constructor(
    private readonly db: Db,
    private readonly options: ConsistencyOptions,
  ) {}

  evaluate(claimId: string): Evaluation | null {
    const claim = this.db.get<{ text: string; language: string; claimant_name: string }>(
      'SELECT text, language, claimant_name FROM claims WHERE id = ?', claimId,
    );
    if (!claim) return null;
    const rows = this.db.all<QuantityRow>(
      `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities WHERE claim_id = ? ORDER BY idx`, claimId,
    );
    const target = rows.map((r) => toRuleQuantity(r, claim.claimant_name));
    const partners = this.partnersOf(claimId, rows).map((r) => toRuleQuantity(r, r.claimant));

    const candidates: FlagCandidate[] = [...compareAgainst(target, partners, this.options)];
    for (const rq of target) candidates.push(...singleQuantityFlags(rq, this.options));
    if (target.length > 1) {
      const language: Language = claim.language === 'de' ? 'de' : 'en';
      const origin = { claimant: claim.claimant_name, referenceDate: target[0].referenceDate };
      candidates.push(
        ...partSumMismatch(claim.text, language, target.map((rq) => rq.quantity), claimId, origin, this.options),
      );
    }

    const known = new Map<string, RuleQuantity>();
    for (const rq of [...target, ...partners]) known.set(`${rq.claimId}#${rq.index}`, rq);
    return {
      claimId,
      candidates,
      partnerCount: partners.length,
      snapshot: (ref) => {
        const rq = known.get(`${ref.claimId}#${ref.index}`);
        if (!rq) throw new Error(`flag names quantity ${ref.index} of claim ${ref.claimId}, which was not evaluated`);
        return { claimId: rq.claimId, index: rq.index, ...rq.quantity };
      },
    };
  }

  /** Quantities of other claims with the same comparison key and a reference date inside the window. */
  private partnersOf(claimId: string, own: QuantityRow[]): QuantityRow[] {
    const window = this.options.windowDays * DAY_MS;
    const seen = new Set<string>();
    const out: QuantityRow[] = [];
    for (const q of own) {
      if (q.measure_key === null) continue;
      const at = new Date(q.reference_date).getTime();
      const lookup = `${q.measure_key}|${at}`;
      if (seen.has(lookup)) continue;
      seen.add(lookup);
      out.push(
        // answered from the covering index claim_quantities_partners alone
        ...this.db.all<QuantityRow>(
          `SELECT ${QUANTITY_COLUMNS} FROM claim_quantities
           WHERE measure_key = ? AND reference_date >= ? AND reference_date <= ? AND claim_id <> ?`,
          q.measure_key, new Date(at - window).toISOString(), new Date(at + window).toISOString(), claimId,
        ),
      );
    }
    // one claim's quantities can come back for several keys; keep each once
    const unique = new Map(out.map((r) => [`${r.claim_id}#${r.idx}`, r]));
    return [...unique.values()];
  }
}

function toRuleQuantity(r: QuantityRow, claimant: string): RuleQuantity {
  return {
    claimId: r.claim_id,
    index: r.idx,
    quantity: quantityOfRow(r),
    referenceDate: new Date(r.reference_date),
    claimant,
  };
}
