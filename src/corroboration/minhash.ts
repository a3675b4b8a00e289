/**
 * MinHash signatures: a fixed-size summary of a shingle set whose positions
 * agree with probability equal to the Jaccard similarity of the two sets.
 */
import { fmix32, hashString32, seedSequence } from './hash32.js';

export interface MinHashOptions {
  /** Number of hash functions = signature length. Error of a Jaccard estimate ≈ sqrt(J(1-J)/numHashes). */
  numHashes: number;
  /** Master seed of the hash family; changing it invalidates stored signatures. */
  seed: number;
}

export const DEFAULT_MINHASH_OPTIONS: Readonly<MinHashOptions> = Object.freeze({
  numHashes: 128,
  seed: 0x5eed_c1a1,
});

/** Value of every position when the shingle set is empty (no minimum was ever taken). */
const EMPTY_SLOT = 0xffffffff;

const seedCache = new Map<string, Uint32Array>();

function seedsFor(options: MinHashOptions): Uint32Array {
  const key = `${options.numHashes}:${options.seed}`;
  let seeds = seedCache.get(key);
  if (!seeds) {
    seeds = seedSequence(options.numHashes, options.seed);
    seedCache.set(key, seeds);
  }
  return seeds;
}

/**
 * Each shingle is hashed once; the i-th "permutation" is fmix32(hash ^ seed_i).
 * fmix32 is a bijection, so every seed yields a distinct pseudo-random order of
 * the 32-bit space, which is all MinHash needs.
 */
export function minhashSignature(
  shingles: Iterable<string>,
  options: MinHashOptions = DEFAULT_MINHASH_OPTIONS,
): Uint32Array {
  if (!Number.isInteger(options.numHashes) || options.numHashes < 1) {
    throw new RangeError(`numHashes must be a positive integer, got ${options.numHashes}`);
  }
  const seeds = seedsFor(options);
  const signature = new Uint32Array(options.numHashes).fill(EMPTY_SLOT);
  for (const shingle of shingles) {
    const base = hashString32(shingle);
    for (let i = 0; i < seeds.length; i++) {
      const h = fmix32(base ^ seeds[i]);
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** True for the signature of an empty text: it must never be taken as similar to anything. */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((slot) => slot === EMPTY_SLOT);
}

/** Share of agreeing positions; 0 when either side is empty (nothing to compare is not a match). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new RangeError(`signatures differ in length (${a.length} vs ${b.length}); were they made with the same options?`);
  }
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Little-endian bytes, so a stored BLOB reads the same on any machine (4 bytes per hash). */
export function signatureToBuffer(signature: Uint32Array): Buffer {
  const buffer = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) buffer.writeUInt32LE(signature[i], i * 4);
  return buffer;
}

export function signatureFromBuffer(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new RangeError(`a signature is a whole number of 4-byte hashes, got ${bytes.length} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < signature.length; i++) signature[i] = view.getUint32(i * 4, true);
  return signature;
}
