/**
 * Cases of the external recognizer suite (test/fixtures/recognizers, converted from
 * microsoft/Recognizers-Text) whose expected answer follows a convention we do not share.
 * Each kind says why, and recognises its cases by a predicate over the case, so a new version
 * of the suite is classified the same way. Cases are never excluded for being hard.
 *
 * Differences that the comparison absorbs instead of excluding (see conformance.ts):
 * - the suite never records approximation words ("about", "rund"): spans are compared without
 *   our leading approximation word;
 * - the currency, percent and number files record the bare value ("$ 247 million" inside
 *   "more than $ 247 million"): those are compared with our value span, without bound words;
 * - values are rounded to 15 significant digits: compared with a relative tolerance;
 * - currency units are English names ("Euro", "United States dollar"): we compare the ISO code
 *   only where the suite gives one, otherwise only that both sides are money.
 */

export interface ExpectedEntity {
  text: string;
  type: string;
  start: number;
  end: number;
  value?: number | null;
  range?: { min: number | null; max: number | null; minInclusive: boolean; maxInclusive: boolean };
  unit?: string;
  isoCurrency?: string;
}

export interface ConformanceCase {
  lang: string;
  model: string;
  id: string;
  input: string;
  expected: ExpectedEntity[];
  supportedBy?: string[];
  comment?: string;
}

export interface ExclusionKind {
  kind: string;
  reason: string;
  /** How the predicate recognises the cases, in words. */
  recognisedBy: string;
  applies: (c: ConformanceCase) => boolean;
}

const ARTICLE = /^(?:ein|eine|einer|einen|einem|eines)$/i;
const IDENTIFIER_RUNS = [
  /\+?\d+(?:[-/:]\d+){2,}/g,
  /\p{L}+-\d+/gu,
  // Dotted addresses and versions, but not thousands groups ("1.500.000"): some group is not three digits.
  /\b\d+(?:\.\d+){2,}\b/g,
];
const SUBUNITS = new Set(['Cent', 'Pence', 'Penny', 'Satoshi', 'Sen']);
const AMBIGUOUS_CURRENCY_NAMES = new Set(['Franc', 'Rupee']);

function insideIdentifier(c: ConformanceCase, e: ExpectedEntity): boolean {
  for (const re of IDENTIFIER_RUNS) {
    for (const m of c.input.matchAll(re)) {
      if (re === IDENTIFIER_RUNS[2] && m[0].split('.').slice(1).every((g) => g.length === 3)) continue;
      if (e.start >= m.index && e.end <= m.index + m[0].length) return true;
    }
  }
  return false;
}

export const EXCLUSIONS: ExclusionKind[] = [
  {
    kind: 'article-read-as-one',
    reason:
      'The suite reads the German article "ein", "eine", "einer" as the number 1. We read an article as 1 only ' +
      'before a scale, fraction or currency word ("eine Million", "ein Drittel", "einen Euro"); ' +
      '"eine 8 Bit Variable" states no quantity.',
    recognisedBy: 'an expected entity whose text is a bare indefinite article',
    applies: (c) => c.lang === 'de' && c.expected.some((e) => ARTICLE.test(e.text.trim())),
  },
  {
    kind: 'half-open-range',
    reason:
      'In NumberRangeModel the suite reads "between 20 and 30", "from X to Y", "X-Y", "X through Y" as [20,30). ' +
      'We take both ends as stated, closed, as the suite itself does in its ExperimentalMode file.',
    recognisedBy: 'an expected range with both ends, the lower inclusive and the upper exclusive',
    applies: (c) =>
      c.model === 'NumberRangeModel' &&
      c.expected.some((e) => e.range && e.range.min !== null && e.range.max !== null && e.range.minInclusive && !e.range.maxInclusive),
  },
  {
    kind: 'two-numbers-not-range',
    reason:
      'The suite reads "100 bis 300 Milliarden" as two numbers, 100 and 3e11; for us it is the range 1e11 to 3e11. ' +
      'Only whole-range comparisons can differ: the number files compare numerals one by one, where both agree.',
    recognisedBy: 'a range file case with "X bis Y <scale word>" in the input',
    applies: (c) => c.model.startsWith('NumberRange') && /\d\s+bis\s+\d[\d.,]*\s+(?:Milliarden|Millionen|Tausend)/i.test(c.input),
  },
  {
    kind: 'mention-without-number',
    reason:
      'The suite reports a currency or percent word with no number ("the Dollar", "a percentage") as an entity without value. ' +
      'We report quantities only; a unit without a number is none.',
    recognisedBy: 'an expected entity with neither value nor range',
    applies: (c) => c.expected.some((e) => (e.value === null || e.value === undefined) && !e.range),
  },
  {
    kind: 'identifier-or-date',
    reason:
      'Dates ("5/17/2018"), phone numbers ("+1-222-2222/2222"), addresses ("192.168.1.2") and codes glued to letters ' +
      '("SCP-173") are no quantities for us; the suite returns their digit groups as numbers.',
    recognisedBy: 'an expected entity inside three or more digit groups joined by - / : (or by dots, unless all are thousands groups), or inside letters-hyphen-digits',
    applies: (c) => c.expected.some((e) => insideIdentifier(c, e)),
  },
  {
    kind: 'sub-unit-currency',
    reason:
      'The suite reports "50 cents", "470 pence", "2 satoshis" as money in the sub-unit. Our currency unit is an ISO code, ' +
      'and a cent alone does not say of which currency; such amounts are not extracted.',
    recognisedBy: 'an expected currency whose unit is Cent, Pence, Penny, Satoshi or Sen',
    applies: (c) => c.expected.some((e) => e.unit !== undefined && SUBUNITS.has(e.unit)),
  },
  {
    kind: 'ambiguous-currency-name',
    reason:
      '"francs" and "Rupien"/"rupees" without a country name several currencies (CHF, XOF, ...; INR, PKR, LKR, ...). ' +
      'Our unit is an ISO code and we do not guess the country.',
    recognisedBy: 'an expected currency whose unit is the bare "Franc" or "Rupee"',
    applies: (c) => c.expected.some((e) => e.unit !== undefined && AMBIGUOUS_CURRENCY_NAMES.has(e.unit)),
  },
  {
    kind: 'percentage-points',
    reason:
      'Percentage points are a difference of two percentages; we give them the unit "percentage_point", the suite "%".',
    recognisedBy: 'an expected entity whose text contains "Prozentpunkt" or "percentage point"',
    applies: (c) => c.expected.some((e) => /prozentpunkt|percentage point/i.test(e.text)),
  },
  {
    kind: 'percent-of-whole',
    reason:
      'The suite reads "percent of 10" and "per cent of twenty-two" as 10 % and 22 %. In English the number after ' +
      '"percent of" is the whole the percentage is taken of, so we report no percentage there.',
    recognisedBy: 'an expected percentage whose text starts with "percent", "percents" or "per cent" followed by "of"',
    applies: (c) => c.expected.some((e) => /^(?:percents?|per cent) of\b/i.test(e.text)),
  },
  {
    kind: 'indian-digit-grouping',
    reason:
      'Lakh grouping ("12,34,567.89") is a convention of Indian English; the suite itself marks it as optional. ' +
      'In German and Western English text such a string is not one number.',
    recognisedBy: 'an expected entity whose text groups digits as d,dd,ddd',
    applies: (c) => c.expected.some((e) => /\d,\d{2},\d{3}/.test(e.text)),
  },
  {
    kind: 'arithmetic-expression',
    reason: 'The suite evaluates powers ("1.1^23" → 8.954...). We report no value for an arithmetic expression.',
    recognisedBy: 'an expected entity whose text contains "^" without being written as "x10^" scientific notation',
    applies: (c) => c.expected.some((e) => e.text.includes('^') && !/[x×]\s*10\^/i.test(e.text)),
  },
];

/** The first exclusion kind that applies to the case, or null. */
export function exclusionFor(c: ConformanceCase): ExclusionKind | null {
  return EXCLUSIONS.find((x) => x.applies(c)) ?? null;
}
