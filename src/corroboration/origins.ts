/**
 * Origins: clusters of sources that are copies or light rewrites of one
 * another (a wire story and its reprints). Independence is counted in origins.
 *
 * Limit: shingles compare words, so a translation of a story into the other
 * language is NOT recognised here; it gets an origin of its own at ingest. A
 * check then joins the passages that translate one another (same figures,
 * entities, names and days beyond the claim's: translations.ts) and the report
 * counts them as one origin.
 */
import { DEFAULT_SHINGLE_SIZE, wordShingles } from './shingles.js';
import { DEFAULT_MINHASH_OPTIONS, estimateJaccard, type MinHashOptions, minhashSignature } from './minhash.js';

/** What is stored per source to compare it with later sources. */
export interface Fingerprint {
  signature: Uint32Array;
  /** Distinct shingles in the text; lets a Jaccard estimate be turned into a containment estimate. */
  shingleCount: number;
}

export interface FingerprintOptions {
  shingleSize: number;
  minhash: MinHashOptions;
}

export const DEFAULT_FINGERPRINT_OPTIONS: Readonly<FingerprintOptions> = Object.freeze({
  shingleSize: DEFAULT_SHINGLE_SIZE,
  minhash: DEFAULT_MINHASH_OPTIONS,
});

export function fingerprintText(text: string, options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS): Fingerprint {
  const shingles = wordShingles(text, options.shingleSize);
  return { signature: minhashSignature(shingles, options.minhash), shingleCount: shingles.length };
}

export interface OriginOptions {
  /**
   * Estimated Jaccard similarity of the 5-word shingle sets at or above which
   * two sources are one origin. Default 0.5: a reprint with its own header and
   * footer, or with a sentence or two changed, stays well above it (≈0.6–0.9),
   * while independent reports of the same event in other words share only
   * quotes and set phrases (typically < 0.1).
   */
  minJaccard: number;
  /**
   * Share of the smaller source's shingles found in the larger one at or above
   * which they are one origin even when the Jaccard similarity is low: a
   * shortened reprint that keeps only the first paragraphs of a wire story.
   */
  minContainment: number;
  /** Containment only counts when the smaller source has at least this many shingles, so a short quote is not taken for a reprint. */
  minShinglesForContainment: number;
}

export const DEFAULT_ORIGIN_OPTIONS: Readonly<OriginOptions> = Object.freeze({
  minJaccard: 0.5,
  minContainment: 0.8,
  minShinglesForContainment: 40,
});

export interface OriginSimilarity {
  jaccard: number;
  /** Estimated share of the smaller text's shingles that the larger one contains, in [0, 1]. */
  containment: number;
}

export function originSimilarity(a: Fingerprint, b: Fingerprint): OriginSimilarity {
  const jaccard = estimateJaccard(a.signature, b.signature);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (jaccard === 0 || smaller === 0) return { jaccard, containment: 0 };
  // |A∩B| = J·|A∪B| and |A∪B| = |A| + |B| − |A∩B|, hence |A∩B| = J(|A|+|B|)/(1+J).
  const intersection = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, intersection / smaller) };
}

function isSameOrigin(similarity: OriginSimilarity, a: Fingerprint, b: Fingerprint, options: OriginOptions): boolean {
  if (similarity.jaccard >= options.minJaccard) return true;
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  return smaller >= options.minShinglesForContainment && similarity.containment >= options.minContainment;
}

/** Whether two sources are copies or light rewrites of one another. */
export function sameOrigin(a: Fingerprint, b: Fingerprint, options: OriginOptions = DEFAULT_ORIGIN_OPTIONS): boolean {
  return isSameOrigin(originSimilarity(a, b), a, b, options);
}

/** A source already held (typically found through the LSH band index) and the origin it belongs to. */
export interface OriginCandidate {
  sourceId: string;
  originId: string;
  fingerprint: Fingerprint;
}

export interface OriginMatch extends OriginSimilarity {
  originId: string;
  /** The held source that the new one most resembles. */
  sourceId: string;
}

/**
 * The origin of the candidate the new source most resembles, among those that
 * pass `sameOrigin`; null when none does, and the new source starts an origin
 * of its own. Ties are broken by source id so the outcome does not depend on
 * the order the index returned the candidates in.
 */
export function pickOrigin(
  source: Fingerprint,
  candidates: readonly OriginCandidate[],
  options: OriginOptions = DEFAULT_ORIGIN_OPTIONS,
): OriginMatch | null {
  let best: OriginMatch | null = null;
  for (const candidate of candidates) {
    const similarity = originSimilarity(source, candidate.fingerprint);
    if (!isSameOrigin(similarity, source, candidate.fingerprint, options)) continue;
    const match: OriginMatch = { originId: candidate.originId, sourceId: candidate.sourceId, ...similarity };
    if (best === null || isBetter(match, best)) best = match;
  }
  return best;
}

function isBetter(a: OriginMatch, b: OriginMatch): boolean {
  if (a.jaccard !== b.jaccard) return a.jaccard > b.jaccard;
  if (a.containment !== b.containment) return a.containment > b.containment;
  return a.sourceId < b.sourceId;
}
