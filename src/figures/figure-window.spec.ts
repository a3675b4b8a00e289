import { dateWindowOf, figureKeyOf, flagIdsByFigure } from './figure-window.js';

describe('figure windows and keys', () => {
  it('reads a bare date as its whole day in UTC, and a date-time without offset as UTC too', () => {
    expect(dateWindowOf('2022-03-01', '2022-03-31')).toEqual({ from: '2022-03-01T00:00:00.000Z', until: '2022-04-01T00:00:00.000Z' });
    expect(dateWindowOf('2022-03-01T12:00:00', '2022-03-01T12:00:00+01:00')).toEqual({
      field: 'to', message: 'to must not be before from',
    });
    expect(dateWindowOf(undefined, '2022-03-01T10:00:00Z')).toEqual({ from: null, until: '2022-03-01T10:00:00.001Z' });
    expect(dateWindowOf(undefined, undefined)).toEqual({ from: null, until: null });
    expect(dateWindowOf('2022-03-01', '9999-12-31')).toEqual({ from: '2022-03-01T00:00:00.000Z', until: null });
    expect(dateWindowOf('2022-03-02', '2022-03-01')).toMatchObject({ field: 'to' });
    expect(dateWindowOf('2022-W10', undefined)).toMatchObject({ field: 'from' });
  });

  it('keys a chart by measure, subject (empty or left out: unknown) and unit (left out: count)', () => {
    expect(figureKeyOf({ measure: 'killed' })).toEqual({ measure: 'killed', subject: null, unit: 'count' });
    expect(figureKeyOf({ measure: 'killed', subject: '' })).toEqual({ measure: 'killed', subject: null, unit: 'count' });
    expect(figureKeyOf({ measure: 'aid', subject: 'US', unit: 'USD' })).toEqual({ measure: 'aid', subject: 'US', unit: 'USD' });
  });

  it('gives each figure the flags that name it, each once, in the order handed in', () => {
    const byFigure = flagIdsByFigure([
      { id: 'f1', quantities: [{ claimId: 'a', index: 0 }, { claimId: 'b', index: 1 }] },
      { id: 'f2', quantities: [{ claimId: 'a', index: 0 }, { claimId: 'a', index: 0 }] },
    ]);
    expect(byFigure.get('a#0')).toEqual(['f1', 'f2']);
    expect(byFigure.get('b#1')).toEqual(['f1']);
    expect(byFigure.get('b#0')).toBeUndefined();
  });
});
