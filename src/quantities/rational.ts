/**
 * Exact rational numbers over BigInt, so that "9,2 Milliarden" becomes 92 × 10^8 and not
 * 9.2 × 1e9 (= 9199999999.999999). Only the handful of operations the number reader needs;
 * hand-written because no decimal/rational library is a dependency and these are a few lines.
 */
export interface Rational {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(num: bigint, den: bigint): Rational {
  if (den === 0n) throw new RangeError('zero denominator');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

export function integer(n: number | bigint): Rational {
  return { num: BigInt(n), den: 1n };
}

export function ratio(num: number | bigint, den: number | bigint): Rational {
  return make(BigInt(num), BigInt(den));
}

export function pow10(exponent: number): Rational {
  return exponent >= 0 ? { num: 10n ** BigInt(exponent), den: 1n } : { num: 1n, den: 10n ** BigInt(-exponent) };
}

/** "1234", "0.25", "12" + fraction digits "05" → exact value. Digits only, no signs or separators. */
export function fromDecimalDigits(intDigits: string, fractionDigits = ''): Rational {
  const digits = (intDigits || '0') + fractionDigits;
  return make(BigInt(digits), 10n ** BigInt(fractionDigits.length));
}

export function add(a: Rational, b: Rational): Rational {
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Rational, b: Rational): Rational {
  return make(a.num * b.num, a.den * b.den);
}

export function div(a: Rational, b: Rational): Rational {
  return make(a.num * b.den, a.den * b.num);
}

export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

/** k such that den divides 10^k (den has no prime factors but 2 and 5), else null. */
function decimalPlaces(den: bigint): number | null {
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? Math.max(twos, fives) : null;
}

/**
 * The nearest double. Terminating decimals go through a decimal string, which the engine rounds
 * correctly once ("92e8" is exactly 9200000000); other fractions (2/3) are divided.
 */
export function toNumber(a: Rational): number {
  const k = decimalPlaces(a.den);
  if (k === null) return Number(a.num) / Number(a.den);
  if (k === 0) return Number(a.num);
  const scaled = a.num * (10n ** BigInt(k) / a.den);
  return Number(`${scaled}e-${k}`);
}
