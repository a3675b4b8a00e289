import { applyCorrection } from './claim-quantities.js';
import { extractQuantities, type Quantity } from '../quantities/index.js';

const first = (text: string, language: 'de' | 'en'): Quantity => extractQuantities(text, { language })[0];

describe('applyCorrection', () => {
  it.each([
    ['en', 'Officials said 800 people were taken to hospital.'],
    ['de', 'Die Behörden meldeten 800 Menschen im Krankenhaus.'],
  ] as const)('lays the fields a fact-checker set over a re-extracted quantity (%s)', (language, text) => {
    const q = first(text, language);
    expect(q).toMatchObject({ text: '800', measure: null, subject: null });
    const corrected = applyCorrection(q, { measure: 'wounded', subject: 'UA' });
    expect(corrected).toEqual({ ...q, measure: 'wounded', subject: 'UA' });
    // the span and the API's field order stay as found
    expect(Object.keys(corrected)).toEqual(Object.keys(q));
  });

  it('keeps null as a value ("unknown", "unbounded") and leaves unset fields alone', () => {
    const q = first('More than 13,500 Russian soldiers were killed.', 'en');
    expect(applyCorrection(q, { subject: null, max: 20000, maxInclusive: true })).toEqual({
      ...q, subject: null, max: 20000, maxInclusive: true,
    });
    expect(applyCorrection(q, {})).toEqual(q);
    expect(applyCorrection(q, undefined)).toBe(q);
  });
});
