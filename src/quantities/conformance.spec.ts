import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXCLUSIONS, exclusionFor, type ConformanceCase } from './conformance-exclusions.js';
import { runCase, runConformance, totals } from './conformance.js';

/** The external suite, kept in the repository with its licence and origin (see its README); Jest runs from the repo root. */
const SUITE = resolve(process.cwd(), 'test/fixtures/recognizers');
const MIN_PASS_RATE = 0.9;

describe('conformance with the external recognizer suite', () => {
  const results = existsSync(SUITE) ? runConformance(SUITE) : [];

  it('finds the suite', () => {
    expect(existsSync(SUITE)).toBe(true);
    expect(results.length).toBeGreaterThan(0);
  });

  it.each(['de', 'en'] as const)('passes at least 90%% of the cases not excluded by design in %s', (language) => {
    const t = totals(results, language);
    expect(t.total).toBeGreaterThan(50);
    expect(t.passed / t.total).toBeGreaterThanOrEqual(MIN_PASS_RATE);
  });

  it('excludes only a minority of cases, each by a declared kind', () => {
    const all = totals(results);
    expect(all.excluded / (all.total + all.excluded)).toBeLessThan(0.15);
    const kinds = new Set(EXCLUSIONS.map((x) => x.kind));
    for (const file of results) {
      for (const c of file.cases) if (c.status === 'excluded') expect(kinds.has(c.reason!)).toBe(true);
    }
  });
});

describe('conformance comparison', () => {
  const base = { supportedBy: [] };

  it('compares currency by value span, without our approximation word, with the ISO code when given', () => {
    const c: ConformanceCase = {
      ...base, lang: 'en', model: 'CurrencyModel', id: 't1', input: 'They paid about $ 14 million.',
      expected: [{ text: '$ 14 million', type: 'currency', start: 16, end: 28, value: 14000000, isoCurrency: 'USD' }],
    };
    expect(runCase(c).status).toBe('passed');
    const wrongIso = { ...c, expected: [{ ...c.expected[0], isoCurrency: 'CAD' }] };
    expect(runCase(wrongIso)).toMatchObject({ status: 'failed', reason: 'currency CAD expected, got USD' });
  });

  it('compares ranges by bounds and inclusiveness', () => {
    const c: ConformanceCase = {
      ...base, lang: 'de', model: 'NumberRangeModel', id: 't2', input: 'Es waren weniger als 5 Stück.',
      expected: [{ text: 'weniger als 5', type: 'numberrange', start: 9, end: 22, range: { min: null, max: 5, minInclusive: false, maxInclusive: false } }],
    };
    expect(runCase(c).status).toBe('passed');
    const inclusive = { ...c, expected: [{ ...c.expected[0], range: { min: null, max: 5, minInclusive: false, maxInclusive: true } }] };
    expect(runCase(inclusive)).toMatchObject({ status: 'failed', reason: 'inclusiveness differs' });
  });

  it('tolerates rounding to 15 significant digits but not a wrong value', () => {
    const c: ConformanceCase = {
      ...base, lang: 'en', model: 'NumberModel', id: 't3', input: 'two thirds',
      expected: [{ text: 'two thirds', type: 'number', start: 0, end: 10, value: 0.666666666666667 }],
    };
    expect(runCase(c).status).toBe('passed');
    expect(runCase({ ...c, expected: [{ ...c.expected[0], value: 0.67 }] }).status).toBe('failed');
  });

  it('recognises the by-design kinds by predicate', () => {
    const article: ConformanceCase = {
      ...base, lang: 'de', model: 'NumberModel', id: 't4', input: 'Eine 8 Bit Variable',
      expected: [{ text: 'eine', type: 'number', start: 0, end: 4, value: 1 }, { text: '8', type: 'number', start: 5, end: 6, value: 8 }],
    };
    expect(exclusionFor(article)?.kind).toBe('article-read-as-one');
    const halfOpen: ConformanceCase = {
      ...base, lang: 'en', model: 'NumberRangeModel', id: 't5', input: 'between 20 and 30',
      expected: [{ text: 'between 20 and 30', type: 'numberrange', start: 0, end: 17, range: { min: 20, max: 30, minInclusive: true, maxInclusive: false } }],
    };
    expect(exclusionFor(halfOpen)?.kind).toBe('half-open-range');
    expect(exclusionFor({ ...halfOpen, model: 'NumberRangeModelExperimentalMode' })).toBeNull();
    const plain: ConformanceCase = {
      ...base, lang: 'en', model: 'NumberModel', id: 't6', input: '1,500,000',
      expected: [{ text: '1,500,000', type: 'number', start: 0, end: 9, value: 1500000 }],
    };
    expect(exclusionFor(plain)).toBeNull();
    for (const x of EXCLUSIONS) {
      expect(x.reason.length).toBeGreaterThan(40);
      expect(x.recognisedBy.length).toBeGreaterThan(10);
    }
  });
});
