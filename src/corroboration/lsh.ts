/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into
 * bands; two sources become candidates when any band is identical. Stored in an
 * indexed table (band key → source), this turns "compare with every source"
 * into a handful of index look-ups.
 *
 * With b bands of r rows a pair of Jaccard similarity s becomes a candidate
 * with probability 1 - (1 - s^r)^b. For the default 32 × 4: s = 0.3 → 23 %,
 * s = 0.5 → 87 %, s = 0.6 → 98.6 %, s = 0.7 → 99.97 %. So pairs above the
 * origin threshold (see origins.ts) are nearly always found, and candidates are
 * then verified with estimateJaccard.
 */
import { combineHash32 } from './hash32.js';
import { isEmptySignature } from './minhash.js';

export interface LshOptions {
  bands: number;
  rowsPerBand: number;
}

export const DEFAULT_LSH_OPTIONS: Readonly<LshOptions> = Object.freeze({ bands: 32, rowsPerBand: 4 });

/**
 * One key per band, e.g. "07:9f3a1c2b" (band index, then a 32-bit hash of its
 * rows), short enough for an indexed TEXT column. The band index is part of
 * the key because equal rows in different bands mean nothing.
 * An empty text gets no keys: all empty signatures are equal and would
 * otherwise all be candidates of one another.
 */
export function lshBandKeys(signature: Uint32Array, options: LshOptions = DEFAULT_LSH_OPTIONS): string[] {
  const { bands, rowsPerBand } = options;
  if (bands * rowsPerBand !== signature.length) {
    throw new RangeError(`${bands} bands × ${rowsPerBand} rows need a signature of ${bands * rowsPerBand} hashes, got ${signature.length}`);
  }
  if (isEmptySignature(signature)) return [];
  const width = String(bands - 1).length;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    const rows = signature.subarray(band * rowsPerBand, (band + 1) * rowsPerBand);
    const hash = combineHash32(band, rows);
    keys.push(`${String(band).padStart(width, '0')}:${hash.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Probability that a pair of the given Jaccard similarity shares at least one band. */
export function candidateProbability(jaccard: number, options: LshOptions = DEFAULT_LSH_OPTIONS): number {
  return 1 - Math.pow(1 - Math.pow(jaccard, options.rowsPerBand), options.bands);
}
