import fc from 'fast-check';
import {
  DEFAULT_MINHASH_OPTIONS,
  estimateJaccard,
  isEmptySignature,
  minhashSignature,
  signatureFromBuffer,
  signatureToBuffer,
} from './minhash.js';
import { wordShingles } from './shingles.js';

function exactJaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

describe('minhashSignature', () => {
  it('has 128 hashes by default and is the same on every call', () => {
    const shingles = wordShingles('Peking bestreitet jede Lieferung von Waffen an Moskau');
    const first = minhashSignature(shingles);
    expect(first).toHaveLength(128);
    expect(DEFAULT_MINHASH_OPTIONS.numHashes).toBe(128);
    expect(minhashSignature(shingles)).toEqual(first);
  });

  it('does not depend on shingle order', () => {
    const shingles = wordShingles('Officials in Washington said Moscow had asked Beijing for armed drones');
    expect(minhashSignature([...shingles].reverse())).toEqual(minhashSignature(shingles));
  });

  it('changes with the seed', () => {
    const shingles = wordShingles('Kyiv reports heavy fighting near the capital');
    const other = minhashSignature(shingles, { numHashes: 128, seed: 7 });
    expect(estimateJaccard(minhashSignature(shingles), other)).toBeLessThan(0.1);
  });

  it('marks the signature of an empty text as empty', () => {
    expect(isEmptySignature(minhashSignature([]))).toBe(true);
    expect(isEmptySignature(minhashSignature(['ein wort']))).toBe(false);
  });

  it('rejects a non-positive number of hashes', () => {
    expect(() => minhashSignature(['x'], { numHashes: 0, seed: 1 })).toThrow(RangeError);
  });
});

describe('estimateJaccard', () => {
  it('is 1 for identical sets and about 0 for disjoint ones', () => {
    const a = minhashSignature(wordShingles('Der Kreml spricht von einer gezielten Kampagne gegen Russland'));
    const b = minhashSignature(wordShingles('The ministry in Beijing called the reports baseless and hostile'));
    expect(estimateJaccard(a, a)).toBe(1);
    expect(estimateJaccard(a, b)).toBeLessThan(0.05);
  });

  it('is 0 when either side is empty, even against another empty text', () => {
    const empty = minhashSignature([]);
    expect(estimateJaccard(empty, empty)).toBe(0);
    expect(estimateJaccard(empty, minhashSignature(['a b c d e']))).toBe(0);
  });

  it('refuses signatures of different lengths', () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });

  it('tracks the exact Jaccard similarity of random sets (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 150 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 150 }),
        (xs, ys) => {
          const a = new Set(xs.map((x) => `s${x}`));
          const b = new Set(ys.map((y) => `s${y}`));
          const estimate = estimateJaccard(minhashSignature(a), minhashSignature(b));
          // standard error is at most 0.044 with 128 hashes; 0.25 is far beyond chance
          expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.25);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('signature serialisation', () => {
  it('stores 4 little-endian bytes per hash', () => {
    const bytes = signatureToBuffer(Uint32Array.of(1, 0xa1b2c3d4));
    expect([...bytes]).toEqual([1, 0, 0, 0, 0xd4, 0xc3, 0xb2, 0xa1]);
    expect(signatureToBuffer(minhashSignature(['x']))).toHaveLength(512);
  });

  it('round-trips any signature, also from an unaligned byte view (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 64 }), (values) => {
        const signature = Uint32Array.from(values);
        const stored = signatureToBuffer(signature);
        const unaligned = Buffer.concat([Buffer.from([9]), stored]).subarray(1);
        expect(signatureFromBuffer(stored)).toEqual(signature);
        expect(signatureFromBuffer(unaligned)).toEqual(signature);
      }),
    );
  });

  it('refuses a byte count that is not a multiple of 4', () => {
    expect(() => signatureFromBuffer(Buffer.alloc(7))).toThrow(RangeError);
  });
});
