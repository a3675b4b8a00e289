/**
 * Fast, deterministic 32-bit hashing for MinHash.
 *
 * Written by hand because node:crypto only offers cryptographic digests, which
 * are far too slow for 128 hashes per shingle over 100k sources, and no
 * non-cryptographic hash package is a dependency. Stored signatures depend on
 * these exact functions: changing them invalidates every stored signature.
 */

/** FNV-1a over UTF-16 code units, finished with an avalanche mix (FNV alone mixes its low bits poorly). */
export function hashString32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive combination of 32-bit values (used to key an LSH band by its rows). */
export function combineHash32(seed: number, values: ArrayLike<number>): number {
  let h = seed >>> 0;
  for (let i = 0; i < values.length; i++) {
    h = fmix32(Math.imul(h ^ values[i], 0x9e3779b1) + i);
  }
  return h;
}

/**
 * `count` well-spread 32-bit seeds from one master seed (splitmix32), so the
 * MinHash permutations are the same on every machine and every run.
 */
export function seedSequence(count: number, masterSeed: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = masterSeed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    seeds[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return seeds;
}
