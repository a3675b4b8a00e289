import fc from 'fast-check';
import { combineHash32, fmix32, hashString32, seedSequence } from './hash32.js';
import { minhashSignature } from './minhash.js';

// Golden values: stored signatures and band keys depend on these exact functions.
const GOLDEN = {
  de: 1913078625,
  en: 2396406333,
  empty: 2872998923,
  seeds: [1703173976, 2821328218, 1791201782],
  signature: [1697674023, 842302596, 1225532625],
};

describe('hash32 golden values', () => {
  it('pins string hashes (German and English shingles) and the seed sequence', () => {
    expect(hashString32('der kreml bat peking um')).toBe(GOLDEN.de);
    expect(hashString32('moscow asked beijing for drones')).toBe(GOLDEN.en);
    expect(hashString32('')).toBe(GOLDEN.empty);
    expect([...seedSequence(3, 0x5eedc1a1)]).toEqual(GOLDEN.seeds);
    expect([...minhashSignature(['der kreml bat peking um']).slice(0, 3)]).toEqual(GOLDEN.signature);
  });
});

describe('fmix32', () => {
  it('is a bijection on a sample: distinct inputs give distinct outputs (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 2, maxLength: 200 }), (xs) => {
        expect(new Set(xs.map(fmix32)).size).toBe(xs.length);
      }),
    );
  });

  it('always returns an unsigned 32-bit integer (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (x) => {
        const h = fmix32(x);
        expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
      }),
    );
  });
});

describe('combineHash32', () => {
  it('depends on order and on the seed', () => {
    expect(combineHash32(1, [1, 2])).not.toBe(combineHash32(1, [2, 1]));
    expect(combineHash32(1, [1, 2])).not.toBe(combineHash32(2, [1, 2]));
  });
});
