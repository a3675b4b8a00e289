/**
 * How close a passage is to a claim: which of the claim's terms it repeats,
 * weighted by how telling each kind of term is, blended with the FTS5 rank.
 */
import { type AnalysedText, type TermKind, sharedNames } from './terms.js';

export interface ScoringOptions {
  /** Weight of a matched term by kind: names and figures pin a statement down more than ordinary words. */
  salience: Record<TermKind, number>;
  /** Weights of the parts of the score; parts that do not apply are left out and the rest rescaled. */
  weights: { terms: number; entities: number; numbers: number; bm25: number };
  /** FTS5 bm25() magnitude that maps to a relevance of 0.5 (bm25 is unbounded and negative, better is lower). */
  bm25HalfPoint: number;
}

export const DEFAULT_SCORING_OPTIONS: Readonly<ScoringOptions> = Object.freeze({
  salience: { entity: 2, number: 2, stem: 1 },
  weights: { terms: 0.55, entities: 0.2, numbers: 0.1, bm25: 0.15 },
  bm25HalfPoint: 5,
});

/** How the claim's figures fare in the passage. */
export type NumberAgreement = 'no_numbers' | 'all' | 'some' | 'none';

export interface PassageScore {
  /** Overall closeness in [0, 1]. */
  score: number;
  /** Salience-weighted share of the claim's comparable terms found in the passage. */
  termOverlap: number;
  /** Share of the claim's ordinary words (stems) in the passage; null across languages, where stems cannot match. */
  stemOverlap: number | null;
  /** Share of the claim's entities in the passage; null when the claim names none. */
  entityOverlap: number | null;
  numbers: NumberAgreement;
  /** Terms of the claim the passage repeats. */
  shared: string[];
  sameLanguage: boolean;
  /** Across languages, the names both texts write alike ("Cloppenburg"); null within one language. */
  sharedNames: string[] | null;
}

function share(of: ReadonlySet<string>, within: ReadonlySet<string>): number | null {
  if (of.size === 0) return null;
  let found = 0;
  for (const term of of) if (within.has(term)) found++;
  return found / of.size;
}

/** Figures in digits and in words ("zwei", "two"). */
function allNumbers(text: AnalysedText): ReadonlySet<string> {
  return text.spelledNumbers.size === 0 ? text.numbers : new Set([...text.numbers, ...text.spelledNumbers]);
}

function numberAgreement(claim: AnalysedText, passage: AnalysedText): NumberAgreement {
  const found = share(allNumbers(claim), allNumbers(passage));
  if (found === null) return 'no_numbers';
  if (found === 1) return 'all';
  return found > 0 ? 'some' : 'none';
}

/** bm25() of FTS5 is ≤ 0 with better matches more negative; this maps it onto [0, 1). */
export function bm25Relevance(bm25: number, halfPoint: number = DEFAULT_SCORING_OPTIONS.bm25HalfPoint): number {
  const magnitude = Math.max(0, -bm25);
  return magnitude / (magnitude + halfPoint);
}

export function scorePassage(
  claim: AnalysedText,
  passage: AnalysedText,
  bm25?: number | null,
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS,
): PassageScore {
  const sameLanguage = claim.language === passage.language;
  // Across languages only entities and numbers can match; counting the claim's
  // stems there would push every translation below every same-language passage.
  const kinds: [TermKind, ReadonlySet<string>, ReadonlySet<string>][] = [
    ['entity', claim.entities, passage.entities],
    ['number', allNumbers(claim), allNumbers(passage)],
  ];
  if (sameLanguage) kinds.push(['stem', claim.stems, passage.stems]);

  let wanted = 0;
  let found = 0;
  const shared: string[] = [];
  for (const [kind, claimTerms, passageTerms] of kinds) {
    for (const term of claimTerms) {
      wanted += options.salience[kind];
      if (passageTerms.has(term)) {
        found += options.salience[kind];
        shared.push(term);
      }
    }
  }
  const termOverlap = wanted === 0 ? 0 : found / wanted;
  const entityOverlap = share(claim.entities, passage.entities);
  const numberShare = share(allNumbers(claim), allNumbers(passage));
  const relevance = bm25 === undefined || bm25 === null || !Number.isFinite(bm25) ? null : bm25Relevance(bm25, options.bm25HalfPoint);

  const parts: [number | null, number][] = [
    [termOverlap, options.weights.terms],
    [entityOverlap, options.weights.entities],
    [numberShare, options.weights.numbers],
    [relevance, options.weights.bm25],
  ];
  let weightSum = 0;
  let total = 0;
  for (const [value, weight] of parts) {
    if (value === null) continue;
    weightSum += weight;
    total += weight * value;
  }

  return {
    score: weightSum === 0 ? 0 : total / weightSum,
    termOverlap,
    stemOverlap: sameLanguage ? share(claim.stems, passage.stems) : null,
    entityOverlap,
    numbers: numberAgreement(claim, passage),
    shared,
    sameLanguage,
    sharedNames: sharedNames(claim, passage),
  };
}
