/**
 * Reads one numeral at a token position: digits in German or English notation ("5.000",
 * "9,2", "1,500,000"), number words ("zweihundert", "twenty-one"), scale words and
 * abbreviations ("9,2 Milliarden", "$61bn", "10k"), fractions ("two thirds", "½",
 * "anderthalb") and lone plurals that state a lower bound ("Tausende", "hundreds").
 *
 * Values are exact rationals; scaling shifts decimal digits, it never multiplies floats.
 * Each call looks at a bounded number of tokens, so reading a whole text is linear.
 */
import { powerOfTen, readDigitAtom, slashFraction, VULGAR_FRACTIONS } from './digit-atoms.js';
import type { Language } from './quantity.js';
import {
  add,
  compare,
  div,
  fromDecimalDigits,
  integer,
  isInteger,
  mul,
  neg,
  ONE,
  pow10,
  ratio,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from './rational.js';
import { joined, spaced, tokenize, touches, type TokenizedText } from './tokens.js';
import { currencySignAt, unitAt } from './unit-match.js';
import {
  AND_WORD,
  ARTICLES,
  compoundOrdinal,
  denominatorOf,
  englishCardinalWord,
  HUNDRED_WORDS,
  isDozen,
  LOWER_BOUNDS,
  MINUS_WORDS,
  numberWordFollows,
  POINT_WORD,
  readAndFraction,
  readDecimalWords,
  scaleOf,
  wordValue,
} from './word-atoms.js';
import { PhraseIndex } from './phrases.js';

export interface Numeral {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Character offsets; `end` is exclusive. */
  start: number;
  end: number;
  value: Rational;
  /** The value before its trailing scale word: 7 in "7 Milliarden". */
  unscaled: Rational;
  /** Power of ten of the trailing scale word ("Milliarden" → 9), 0 without one. */
  scaleExponent: number;
  /** A lone plural ("Tausende", "hundreds"): the value is the least it can mean. */
  lowerBound: boolean;
  /** Written as a fraction ("two thirds", "½", "1/2"): a ratio, not a count. */
  fraction: boolean;
  /** Digits only (no number words), possibly with a scale abbreviation. */
  digitsOnly: boolean;
  /** Four plain digits that could be a year ("2022"). */
  yearLike: boolean;
  /** Ends in "m", which is millions only next to a currency ("$5m"), else metres. */
  needsCurrency: boolean;
  /** A lone "half": a number only after a bound word ("more than half"). */
  bareHalf: boolean;
  /** The single word "one" / "eins", which often is a pronoun. */
  loneOne: boolean;
}

/** Tokens [from, to) look like a number but are not one we read ("29km", "2nd", "1.1^23"). */
export interface Skip {
  skip: number;
}

export type ReadResult = Numeral | Skip | null;

export function isSkip(r: ReadResult): r is Skip {
  return r !== null && 'skip' in r;
}

const FRACTION_LINKS = new PhraseIndex<true>().add('over', true).add('out of', true).add('in', true);
/** "one in five", but not "3 in 10 days". */
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/;
/** Four plain digits in this span may be a year. */
const YEAR_RANGE = { from: 1500, to: 2099 };

/**
 * The numeral being read, built atom by atom the way number words are said: groups below a
 * thousand ("dreihundertzwölf", "three hundred and twelve") multiplied by scale words and added up.
 */
interface CoreState {
  total: Rational;
  cur: Rational | null;
  /** A following number must be below this; null at the start (no limit). */
  limit: Rational | null;
  /** Exponent of the last scale word; later ones must be smaller ("two million three thousand"). */
  lastScale: number | null;
  /** The last number added, which "dozen" multiplies ("three hundred and two dozen"). */
  lastAtom: Rational | null;
  prev: 'digits' | 'word' | 'tens' | 'hundred' | 'scale' | 'and' | 'article' | 'fraction' | 'dozen' | 'half' | null;
  scaleExponent: number;
  fraction: boolean;
  digitsOnly: boolean;
  needsCurrency: boolean;
  /** Token index after the last token that belongs to the numeral. */
  end: number;
  atoms: number;
  /** No digits so far: number words may follow a scale ("zwei Millionen dreihundert"), digits may not. */
  wordsOnly: boolean;
}

function below(value: Rational, limit: Rational | null): boolean {
  return limit === null || compare(value, limit) < 0;
}

function isYearLike(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= YEAR_RANGE.from && Number(text) <= YEAR_RANGE.to;
}

function finish(doc: TokenizedText, from: number, s: CoreState, extra: Partial<Numeral> = {}): Numeral {
  const value = add(s.total, s.cur ?? ZERO);
  const toks = doc.tokens;
  const single = s.end === from + 1 ? toks[from] : null;
  return {
    from,
    to: s.end,
    start: toks[from].start,
    end: toks[s.end - 1].end,
    value,
    unscaled: div(value, pow10(s.scaleExponent)),
    scaleExponent: s.scaleExponent,
    lowerBound: false,
    fraction: s.fraction,
    digitsOnly: s.digitsOnly,
    yearLike: !!single && single.kind === 'digits' && isYearLike(single.text),
    needsCurrency: s.needsCurrency,
    bareHalf: false,
    loneOne: !!single && (single.lower === 'one' || single.lower === 'eins'),
    ...extra,
  };
}

/**
 * The numeral that starts at token i, a Skip for number-like tokens that are no quantity,
 * or null.
 */
export function readNumeral(doc: TokenizedText, i: number, language: Language): ReadResult {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t) return null;

  // A sign: "minus fünf", "negative one", "-9.2" (not the dash of "5 - 9": that one has a number before it).
  if (MINUS_WORDS[language].has(t.lower) || ((t.text === '-' || t.text === '−') && toks[i + 1]?.kind === 'digits' && touches(doc, i + 1) && !touchesWordOrNumberBefore(doc, i))) {
    const next = i + 1;
    if (next < toks.length && joined(doc, next)) {
      const inner = readNumeral(doc, next, language);
      if (inner && !isSkip(inner) && !inner.lowerBound) {
        return { ...inner, from: i, start: t.start, value: neg(inner.value), unscaled: neg(inner.unscaled), yearLike: false, loneOne: false };
      }
      if (inner && isSkip(inner)) return inner;
    }
    return null;
  }

  const lower = LOWER_BOUNDS[language].matchAt(doc, i);
  if (lower) {
    const base = lower.payload.dozen ? integer(12) : pow10(lower.payload.exponent);
    return {
      from: i, to: lower.to, start: t.start, end: toks[lower.to - 1].end, value: base, unscaled: base,
      scaleExponent: 0, lowerBound: true, fraction: false, digitsOnly: false, yearLike: false,
      needsCurrency: false, bareHalf: false, loneOne: false,
    };
  }

  const core = readCore(doc, i, language);
  if (!core || isSkip(core)) return core;
  if (language === 'en') return withFractionLink(doc, core, language);
  return core;
}

function touchesWordOrNumberBefore(doc: TokenizedText, i: number): boolean {
  if (i === 0 || !touches(doc, i)) return false;
  const before = doc.tokens[i - 1];
  return before.kind !== 'symbol' || before.text === ')' || before.text === '%';
}

/** "one over three", "two out of five hundred", "1 in twenty-one": a ratio when the first is smaller. */
function withFractionLink(doc: TokenizedText, n: Numeral, language: Language): Numeral {
  if (n.fraction || n.lowerBound || !isInteger(n.value) || n.scaleExponent !== 0) return n;
  const link = FRACTION_LINKS.matchAt(doc, n.to);
  if (!link || !joined(doc, n.to) || !joined(doc, link.to)) return n;
  const second = readCore(doc, link.to, language);
  if (!second || isSkip(second) || second.fraction || second.yearLike || !isInteger(second.value)) return n;
  if (compare(n.value, second.value) >= 0 || compare(n.value, ZERO) <= 0) return n;
  const after = doc.tokens[second.to];
  if (after && joined(doc, second.to) && TIME_UNITS.test(after.lower)) return n;
  const value = div(n.value, second.value);
  return { ...n, to: second.to, end: second.end, value, unscaled: value, fraction: true, digitsOnly: false, yearLike: false, loneOne: false };
}

function readCore(doc: TokenizedText, i: number, language: Language): ReadResult {
  const toks = doc.tokens;
  const s: CoreState = {
    total: ZERO, cur: null, limit: null, lastScale: null, lastAtom: null, prev: null,
    scaleExponent: 0, fraction: false, digitsOnly: true, needsCurrency: false,
    end: i, atoms: 0, wordsOnly: true,
  };
  let bareHalf = false;
  let p = i;

  // Leading decimal point: ".25" (not the full stop after a word or number).
  if (toks[p].text === '.' && toks[p + 1]?.kind === 'digits' && touches(doc, p + 1) && /^\d+$/.test(toks[p + 1].text)) {
    if (p > 0 && touches(doc, p)) return null;
    s.cur = fromDecimalDigits('0', toks[p + 1].text);
    s.lastAtom = s.cur;
    s.limit = ZERO;
    s.prev = 'digits';
    s.atoms = 1;
    p += 2;
    s.end = p;
    const suffix = attachedSuffix(doc, p, language, s);
    if (suffix === 'reject') return { skip: p + 1 };
    p = s.end;
  }

  while (p < toks.length) {
    if (p > i && !joined(doc, p)) break;
    const t = toks[p];

    if (t.kind === 'digits') {
      if (!(s.prev === null || s.prev === 'hundred' || s.prev === 'scale' || s.prev === 'and')) break;
      const d = readDigitAtom(doc, p, language);
      if (!d) {
        if (s.atoms === 0) return { skip: p + 1 };
        break;
      }
      if (s.atoms > 0 && !below(d.value, s.limit)) break;
      if (s.prev === 'scale' && !(d.plain && numberWordFollows(doc, d.to, language))) break;
      s.cur = s.cur === null ? d.value : add(s.cur, d.value);
      s.scaleExponent = 0;
      s.wordsOnly = false;
      s.lastAtom = d.value;
      s.limit = ZERO;
      s.prev = 'digits';
      s.atoms++;
      p = d.to;
      s.end = p;
      // Things glued to digits: "10k", "1.2b", "1e10", "2nd", "29km", "1/2", "2½".
      const suffix = attachedSuffix(doc, p, language, s);
      if (suffix === 'reject') return { skip: Math.max(s.end, p + 1) };
      if (suffix === 'done') return finish(doc, i, s);
      p = s.end;
      continue;
    }

    if (t.kind === 'symbol') {
      const vf = VULGAR_FRACTIONS[t.text];
      if (vf && (s.prev === null || (s.prev === 'digits' && touches(doc, p)))) {
        const f = ratio(vf[0], vf[1]);
        s.fraction = s.prev === null;
        s.cur = s.cur === null ? f : add(s.cur, f);
        s.lastAtom = s.cur;
        s.limit = ZERO;
        s.prev = 'fraction';
        s.atoms++;
        p++;
        s.end = p;
        continue;
      }
      // Hyphen inside number words: "sixty-one", "fifty - two", "one-fourth".
      if ((t.text === '-' || t.text === '‐') && s.atoms > 0 && s.prev !== 'digits' && toks[p + 1]?.kind === 'word') {
        p++;
        continue;
      }
      break;
    }

    // Words.
    const lowerWord = t.lower;

    if (ARTICLES[language].has(lowerWord)) {
      if (s.atoms > 0) break;
      const next = toks[p + 1];
      if (!next || !joined(doc, p + 1)) return null;
      const sc = scaleOf(next, language);
      const takes =
        (sc && !sc.afterDigits && !sc.abbreviation) ||
        HUNDRED_WORDS[language].has(next.lower) ||
        isDozen(next, language) ||
        denominatorOf(next, language) !== null ||
        (language === 'en' && englishCardinalWord(next.lower) && compoundOrdinal(doc, p + 1) !== null) ||
        (language === 'en' && next.lower === 'quarter');
      if (!takes) {
        const unit = unitAt(doc, p + 1, language);
        if (unit && unit.payload.kind === 'currency' && !unit.payload.sign && !unit.payload.afterScaleOnly) {
          s.cur = ONE;
          s.atoms = 1;
          s.digitsOnly = false;
          s.end = p + 1;
          return finish(doc, i, s);
        }
        return null;
      }
      s.cur = ONE;
      s.lastAtom = ONE;
      s.prev = 'article';
      s.digitsOnly = false;
      s.atoms++;
      p++;
      continue;
    }

    if (language === 'en' && (lowerWord === 'half' || lowerWord === 'quarter') && s.atoms === 0) {
      let q = p + 1;
      if (toks[q] && joined(doc, q) && ARTICLES.en.has(toks[q].lower)) q++;
      const next = toks[q];
      const sc = next && joined(doc, q) ? scaleOf(next, language) : null;
      const scaleFollows = !!sc && !sc.afterDigits;
      const dozenFollows = !!next && joined(doc, q) && isDozen(next, language);
      if (!scaleFollows && !dozenFollows) {
        if (lowerWord === 'quarter') return null;
        bareHalf = true;
      }
      s.cur = ratio(1, lowerWord === 'half' ? 2 : 4);
      s.lastAtom = s.cur;
      s.prev = 'half';
      s.fraction = true;
      s.digitsOnly = false;
      s.atoms++;
      s.end = p + 1;
      p = scaleFollows || dozenFollows ? q : p + 1;
      if (bareHalf) break;
      continue;
    }

    const sc = scaleOf(t, language);
    if (sc && s.atoms > 0 && !(sc.afterDigits && s.prev !== 'digits') && !(sc.attached && !touches(doc, p))) {
      if (s.cur === null && s.prev === 'scale' && s.lastScale !== null && sc.exponent > s.lastScale) {
        // "three lakh crore", "a thousand million": scale words multiply.
        s.total = mul(s.total, pow10(sc.exponent));
        s.lastScale += sc.exponent;
      } else {
        if (s.cur === null || (s.lastScale !== null && sc.exponent >= s.lastScale)) break;
        s.total = add(s.total, mul(s.cur, pow10(sc.exponent)));
        s.cur = null;
        s.lastScale = sc.exponent;
        s.limit = pow10(sc.exponent);
      }
      s.scaleExponent = s.lastScale;
      if (sc.needsCurrency) s.needsCurrency = true;
      s.fraction = false;
      s.prev = 'scale';
      s.atoms++;
      p++;
      if (sc.abbreviation && toks[p]?.text === '.' && touches(doc, p) && !(toks[p + 1]?.kind === 'digits' && touches(doc, p + 1))) p++;
      s.end = p;
      continue;
    }

    if (HUNDRED_WORDS[language].has(lowerWord) && s.cur !== null) {
      if (s.prev !== 'digits' && compare(s.cur, integer(100)) >= 0) break;
      if (s.prev === 'hundred' || s.prev === 'fraction' || s.prev === 'half') break;
      s.cur = mul(s.cur, integer(100));
      s.limit = integer(100);
      s.prev = 'hundred';
      s.digitsOnly = false;
      s.atoms++;
      p++;
      s.end = p;
      continue;
    }

    if (isDozen(t, language)) {
      if (s.cur === null || s.lastAtom === null) break;
      s.cur = add(sub(s.cur, s.lastAtom), mul(s.lastAtom, integer(12)));
      s.lastAtom = null;
      s.limit = ZERO;
      s.fraction = false;
      s.prev = 'dozen';
      s.digitsOnly = false;
      s.atoms++;
      p++;
      s.end = p;
      continue;
    }

    const den = denominatorOf(t, language);
    if (den !== null && s.cur !== null && (s.prev === 'word' || s.prev === 'tens' || s.prev === 'article' || s.prev === 'digits' || s.prev === 'hundred')) {
      if (s.prev === 'digits' && !spaced(doc, p)) break;
      const whole = add(s.total, s.cur);
      s.total = ZERO;
      s.cur = div(whole, integer(den));
      s.lastAtom = s.cur;
      s.scaleExponent = 0;
      s.lastScale = null;
      s.limit = ZERO;
      s.fraction = true;
      s.prev = 'fraction';
      s.digitsOnly = false;
      s.atoms++;
      p++;
      s.end = p;
      // "two thirds of a million"
      if (language === 'en' && toks[p]?.lower === 'of' && ARTICLES.en.has(toks[p + 1]?.lower ?? '') && toks[p + 2]) {
        const sc2 = scaleOf(toks[p + 2], language);
        if (sc2 && !sc2.afterDigits && joined(doc, p + 1) && joined(doc, p + 2) && joined(doc, p)) p += 2;
      }
      continue;
    }

    if (lowerWord === AND_WORD[language] && s.atoms > 0) {
      const q = p + 1;
      if (!toks[q] || !joined(doc, q)) break;
      const frac = readAndFraction(doc, q, language);
      if (frac && s.prev !== 'fraction' && s.prev !== 'half') {
        const afterFrac = toks[frac.to];
        const scaleNext = afterFrac && joined(doc, frac.to) ? scaleOf(afterFrac, language) : null;
        if (scaleNext && !scaleNext.afterDigits) {
          s.cur = add(s.cur ?? ZERO, frac.value);
        } else if (s.cur === null && s.lastScale !== null && s.lastScale >= 6) {
          s.total = add(s.total, mul(frac.value, pow10(s.lastScale)));
        } else {
          s.cur = add(s.cur ?? ZERO, frac.value);
        }
        s.limit = ZERO;
        s.lastAtom = frac.value;
        s.prev = 'fraction';
        s.digitsOnly = false;
        s.atoms++;
        p = frac.to;
        s.end = p;
        continue;
      }
      if (language === 'de') break;
      const next = toks[q];
      let nextValue: Rational | null = null;
      if (next.kind === 'digits' && /^\d+$/.test(next.text)) nextValue = integer(Number(next.text));
      else {
        const w = wordValue(next, language);
        if (w && !w.fraction) nextValue = w.value;
      }
      if (nextValue === null || compare(nextValue, ZERO) <= 0 || !below(nextValue, s.limit) || s.prev === 'digits') break;
      const after = toks[q + 1];
      if (after && joined(doc, q + 1)) {
        if (HUNDRED_WORDS[language].has(after.lower) && !below(mul(nextValue, integer(100)), s.limit)) break;
        const sc2 = scaleOf(after, language);
        if (sc2 && s.lastScale !== null && sc2.exponent >= s.lastScale) break;
      }
      s.prev = 'and';
      p = q;
      continue;
    }

    if (lowerWord === POINT_WORD[language] && s.cur !== null && s.prev !== 'fraction' && s.prev !== 'half' && s.prev !== 'digits' && isInteger(s.cur)) {
      const dec = readDecimalWords(doc, p + 1, language);
      if (!dec) break;
      s.cur = add(s.cur, fromDecimalDigits('0', dec.digits));
      s.limit = ZERO;
      s.prev = 'word';
      s.atoms++;
      p = dec.to;
      s.end = p;
      continue;
    }

    const w = wordValue(t, language);
    if (w) {
      // "one hundred thirty fifths" is 100/35, "a twenty-first" 1/21, "three twenty-firsts" 3/21;
      // after "and" the tens word joins the numerator instead ("one hundred and thirty fifths").
      if (language === 'en' && w.tens && s.cur !== null && s.prev !== 'and') {
        const ord = compoundOrdinal(doc, p);
        if (ord && (ord.plural || compare(add(s.total, s.cur), ONE) === 0)) {
          const whole = add(s.total, s.cur);
          s.total = ZERO;
          s.cur = div(whole, integer(Number(w.value.num) + ord.unit));
          s.lastAtom = s.cur;
          s.fraction = true;
          s.prev = 'fraction';
          s.limit = ZERO;
          s.digitsOnly = false;
          s.atoms++;
          p = ord.to;
          s.end = p;
          continue;
        }
      }
      if (!(s.prev === null || s.prev === 'tens' || s.prev === 'hundred' || s.prev === 'scale' || s.prev === 'and' || s.prev === 'word')) break;
      if (s.prev === 'scale' && !s.wordsOnly) break;
      if (s.cur === null) {
        if (s.atoms > 0 && !below(w.value, s.limit)) break;
        s.cur = w.value;
      } else {
        if (compare(w.value, ZERO) === 0 || !below(w.value, s.limit)) break;
        s.cur = add(s.cur, w.value);
      }
      s.lastAtom = w.value;
      s.scaleExponent = 0;
      s.limit = w.tens ? integer(10) : ZERO;
      if (w.fraction) s.fraction = true;
      s.prev = w.tens ? 'tens' : 'word';
      s.digitsOnly = false;
      s.atoms++;
      p++;
      s.end = p;
      continue;
    }

    break;
  }

  if (s.atoms === 0 || s.end === i) return null;
  if (s.prev === 'article') return null;
  return finish(doc, i, s, { bareHalf });
}


type SuffixOutcome = 'continue' | 'reject' | 'done';

/**
 * What is glued to the digits just read (token p touches them): scale abbreviations,
 * exponents, slash fractions; ordinals and unit symbols make the whole thing no quantity.
 */
function attachedSuffix(doc: TokenizedText, p: number, language: Language, s: CoreState): SuffixOutcome {
  const toks = doc.tokens;
  const t = toks[p];
  if (!t) return 'continue';
  // Mixed fraction "2 1/4": a single space, then n/d.
  if (t.kind === 'digits' && /^[ \u00a0\u202f\u2009]+$/.test(doc.text.slice(toks[p - 1].end, t.start)) && s.cur !== null && isInteger(s.cur)) {
    const f = slashFraction(doc, p);
    if (f) {
      s.cur = add(s.cur, f.value);
      s.end = f.to;
      s.digitsOnly = true;
      return 'done';
    }
  }
  if (!touches(doc, p)) return 'continue';
  if (t.kind === 'word') {
    if (scaleOf(t, language)) return 'continue';
    if ((t.text === 'e' || t.text === 'E') && s.cur !== null) {
      let q = p + 1;
      let sign = 1;
      if ((toks[q]?.text === '+' || toks[q]?.text === '-') && touches(doc, q)) {
        sign = toks[q].text === '-' ? -1 : 1;
        q++;
      }
      if (toks[q]?.kind === 'digits' && touches(doc, q) && /^\d{1,2}$/.test(toks[q].text)) {
        s.cur = mul(s.cur, pow10(sign * Number(toks[q].text)));
        s.end = q + 1;
        return 'done';
      }
    }
    if ((t.lower === 'x' || t.text === '×') && s.cur !== null) {
      const exp = powerOfTen(doc, p + 1);
      if (exp) {
        s.cur = mul(s.cur, pow10(exp.exponent));
        s.end = exp.to;
        return 'done';
      }
    }
    const currency = currencySignAt(doc, p, language) ?? unitAt(doc, p, language);
    if (currency && currency.payload.kind === 'currency') return 'continue';
    // Ordinals ("2nd", "3te"), decades ("1990er") and units ("29km", "180ml") are no quantities.
    return 'reject';
  }
  if (t.text === '×' && s.cur !== null) {
    const exp = powerOfTen(doc, p + 1);
    if (exp) {
      s.cur = mul(s.cur, pow10(exp.exponent));
      s.end = exp.to;
      return 'done';
    }
  }
  if (t.text === '/' && s.cur !== null && isInteger(s.cur)) {
    const f = slashFraction(doc, p - 1);
    if (f && s.atoms === 1) {
      s.cur = f.value;
      s.fraction = true;
      s.end = f.to;
      return 'done';
    }
    return 'continue';
  }
  if (t.text === '^') {
    // "1.1^23" is arithmetic; we report no value for it.
    let q = p + 1;
    while (toks[q] && touches(doc, q) && (toks[q].kind === 'digits' || toks[q].text === '-' || toks[q].text === '+')) q++;
    s.end = q;
    return 'reject';
  }
  return 'continue';
}


/**
 * Parses a string that is exactly one number, e.g. ("9,2 Milliarden", "de") → 9200000000,
 * ("5,000", "en") → 5000, ("zweihundert", "de") → 200. null when the text is anything else.
 */
export function parseNumber(text: string, language: Language): number | null {
  const r = parseNumberExact(text, language);
  return r === null ? null : toNumber(r);
}

/** As parseNumber, but the exact rational value. */
export function parseNumberExact(text: string, language: Language): Rational | null {
  const doc = tokenize(text);
  if (doc.tokens.length === 0) return null;
  const n = readNumeral(doc, 0, language);
  if (!n || isSkip(n) || n.to !== doc.tokens.length) return null;
  if (n.needsCurrency) return null;
  return n.value;
}

