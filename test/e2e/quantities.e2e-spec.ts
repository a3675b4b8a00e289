import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';

/**
 * Quantities of short fragments through HTTP: the language of a fragment without one, and a
 * currency named once carried to the parts after it, both for the stateless extraction and for
 * the figures a new claim stores.
 */
type Q = { text: string; min: number | null; max: number | null; qualifier: string; unit: string };

describe('quantities of short fragments', () => {
  let t: TestApp;
  let fc: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    fc = await t.user('fact_checker', 'Frida Fact');
  });
  afterAll(() => t.close());

  const rows = (qs: Q[]) => qs.map((q) => [q.text, q.min, q.max, q.qualifier, q.unit]);

  it('reads a German fragment as German without being told', async () => {
    const res = await fc.post('/v1/extract/quantities', { text: 'mehr als 150.000 russische Soldaten' });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('de');
    expect(rows(res.body.quantities)).toEqual([['mehr als 150.000', 150000, null, 'more_than', 'count']]);
  });

  it('a language given in the request wins over detection', async () => {
    const res = await fc.post('/v1/extract/quantities', { text: 'mehr als 150.000 russische Soldaten', language: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('en');
    // read as English, "150.000" is a decimal: the answer follows the language it was told
    expect(res.body.quantities.map((q: Q) => q.min)).toEqual([150]);
  });

  it.each([
    ['rund 9,2 Milliarden Dollar, davon 7,1 Milliarden für Waffen', 'de', [
      ['rund 9,2 Milliarden Dollar', 9.2e9, 9.2e9, 'approx', 'USD'],
      ['7,1 Milliarden', 7.1e9, 7.1e9, 'exact', 'USD'],
    ]],
    ['$3 billion, 2 billion and 1 billion', 'en', [
      ['$3 billion', 3e9, 3e9, 'exact', 'USD'],
      ['2 billion', 2e9, 2e9, 'exact', 'USD'],
      ['1 billion', 1e9, 1e9, 'exact', 'USD'],
    ]],
    ['5 Milliarden Dollar für 3 Millionen Menschen', 'de', [
      ['5 Milliarden Dollar', 5e9, 5e9, 'exact', 'USD'],
      ['3 Millionen', 3e6, 3e6, 'exact', 'count'],
    ]],
  ])('carries the currency of %s where it belongs', async (text, language, expected) => {
    const res = await fc.post('/v1/extract/quantities', { text });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe(language);
    expect(rows(res.body.quantities)).toEqual(expected);
  });

  it('a new claim stores the carried currency with its figures', async () => {
    const res = await fc.post('/v1/claims', {
      text: 'Zugesagt sind 4,2 Mrd. Dollar, davon 3 Mrd. für Waffen.',
      claimant: { name: 'Ministerium', country: 'DE' },
      claimedAt: '2024-05-02T00:00:00Z',
    });
    expect(res.status).toBe(201);
    expect(res.body.language).toBe('de');
    expect(rows(res.body.quantities)).toEqual([
      ['4,2 Mrd. Dollar', 4.2e9, 4.2e9, 'exact', 'USD'],
      ['3 Mrd.', 3e9, 3e9, 'exact', 'USD'],
    ]);
  });
});
