/**
 * Runs the parser over an external conformance suite (one JSON case per line in *.jsonl files,
 * see test/fixtures/recognizers/README.md) and reports, per file, the cases passed, failed and
 * excluded by design (conformance-exclusions.ts).
 *
 * What is compared depends on the suite's model:
 * - NumberModel: every numeral we read, one by one (a range gives two);
 * - PercentModel / CurrencyModel: our percent / money quantities, by their value span;
 * - NumberRangeModel*: our bounds and ranges, and values with an explicit "equal to".
 * Spans are compared by offset, values with a relative tolerance.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exclusionFor, type ConformanceCase, type ExpectedEntity } from './conformance-exclusions.js';
import { matchQuantities, type QuantityMatch } from './parse.js';
import type { Language } from './quantity.js';
import { PERCENT_UNIT } from './units.js';

export const DEFAULT_RELATIVE_TOLERANCE = 1e-9;

export interface CaseResult {
  id: string;
  status: 'passed' | 'failed' | 'excluded';
  /** Exclusion kind, or what differed. */
  reason?: string;
  input: string;
  expected: Observation[];
  actual: Observation[];
}

export interface FileResult {
  file: string;
  language: Language;
  model: string;
  passed: number;
  failed: number;
  excluded: number;
  cases: CaseResult[];
}

/** One entity, in the shape both sides are reduced to before comparing. */
export interface Observation {
  start: number;
  end: number;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  iso?: string;
}

function close(a: number | null | undefined, b: number | null | undefined, tolerance: number): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a === b) return true;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

const RANGE_QUALIFIERS = new Set(['range', 'more_than', 'at_least', 'less_than', 'at_most']);

function pointValue(m: QuantityMatch): number | null {
  const q = m.quantity;
  return q.qualifier === 'exact' || q.qualifier === 'approx' ? q.min : (q.min ?? q.max);
}

/** Our side, reduced to what the suite's model records. */
export function observe(matches: QuantityMatch[], model: string): Observation[] {
  if (model === 'NumberModel') {
    return matches.flatMap((m) => m.numerals.map((n) => ({ start: n.start, end: n.end, value: n.value })));
  }
  if (model === 'PercentModel') {
    return matches
      .filter((m) => m.quantity.unit === PERCENT_UNIT)
      .map((m) => ({ start: m.valueStart, end: m.valueEnd, value: pointValue(m) }));
  }
  if (model === 'CurrencyModel') {
    return matches
      .filter((m) => m.unitKind === 'currency')
      .map((m) => ({ start: m.valueStart, end: m.valueEnd, value: pointValue(m), iso: m.quantity.unit }));
  }
  return matches
    .filter((m) => RANGE_QUALIFIERS.has(m.quantity.qualifier) || m.equalityCue)
    .map((m) => ({
      start: m.startWithoutApprox,
      // The suite's ranges carry no unit ("weniger als 100" in "weniger als 100 $").
      end: m.postfix ? m.quantity.end : m.numerals[m.numerals.length - 1].end,
      min: m.quantity.min,
      max: m.quantity.max,
      minInclusive: m.quantity.minInclusive,
      maxInclusive: m.quantity.maxInclusive,
    }));
}

function expectedObservation(e: ExpectedEntity): Observation {
  if (e.range) return { start: e.start, end: e.end, ...e.range };
  return { start: e.start, end: e.end, value: e.value ?? null, iso: e.isoCurrency };
}

function difference(expected: Observation[], actual: Observation[], tolerance: number): string | null {
  if (expected.length !== actual.length) return `expected ${expected.length} entities, got ${actual.length}`;
  for (let k = 0; k < expected.length; k++) {
    const e = expected[k];
    const a = actual[k];
    if (e.start !== a.start || e.end !== a.end) return `span ${e.start}-${e.end} expected, got ${a.start}-${a.end}`;
    if ('min' in e) {
      if (!close(e.min, a.min, tolerance) || !close(e.max, a.max, tolerance)) return `range ${e.min}..${e.max} expected, got ${a.min}..${a.max}`;
      if (e.minInclusive !== a.minInclusive || e.maxInclusive !== a.maxInclusive) return 'inclusiveness differs';
    } else if (!close(e.value, a.value, tolerance)) {
      return `value ${e.value} expected, got ${a.value}`;
    }
    if (e.iso && a.iso !== e.iso) return `currency ${e.iso} expected, got ${a.iso}`;
  }
  return null;
}

export function runCase(c: ConformanceCase, tolerance = DEFAULT_RELATIVE_TOLERANCE): CaseResult {
  const language = c.lang as Language;
  const expected = c.expected.map(expectedObservation).sort((a, b) => a.start - b.start);
  const actual = observe(matchQuantities(c.input, language).matches, c.model).sort((a, b) => a.start - b.start);
  const exclusion = exclusionFor(c);
  if (exclusion) return { id: c.id, status: 'excluded', reason: exclusion.kind, input: c.input, expected, actual };
  const diff = difference(expected, actual, tolerance);
  return diff === null
    ? { id: c.id, status: 'passed', input: c.input, expected, actual }
    : { id: c.id, status: 'failed', reason: diff, input: c.input, expected, actual };
}

/** Runs every *.jsonl file of the directory, in name order. */
export function runConformance(dir: string, tolerance = DEFAULT_RELATIVE_TOLERANCE): FileResult[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.map((file) => {
    const cases = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ConformanceCase);
    const results = cases.map((c) => runCase(c, tolerance));
    return {
      file,
      language: (cases[0]?.lang ?? 'en') as Language,
      model: cases[0]?.model ?? '',
      passed: results.filter((r) => r.status === 'passed').length,
      failed: results.filter((r) => r.status === 'failed').length,
      excluded: results.filter((r) => r.status === 'excluded').length,
      cases: results,
    };
  });
}

export interface ConformanceTotals {
  passed: number;
  /** Cases not excluded by design. */
  total: number;
  excluded: number;
}

export function totals(results: FileResult[], language?: Language): ConformanceTotals {
  const chosen = language ? results.filter((r) => r.language === language) : results;
  return chosen.reduce(
    (t, r) => ({ passed: t.passed + r.passed, total: t.total + r.passed + r.failed, excluded: t.excluded + r.excluded }),
    { passed: 0, total: 0, excluded: 0 },
  );
}
