import { findDateExpressions } from './date-expressions.js';

const SATURDAY = new Date('2024-04-20T09:30:00Z');
const day = (iso: string): string => iso.slice(0, 10);

function first(text: string, lang: 'de' | 'en', reference = SATURDAY) {
  const found = findDateExpressions(text, lang, reference);
  return found[0] ? { text: found[0].text, date: day(found[0].date.toISOString()), precision: found[0].precision, relative: found[0].relative, hasYear: found[0].hasYear } : null;
}

describe('findDateExpressions: German', () => {
  it.each([
    ['Die Ministerin äußerte sich am Montag dazu.', 'am Montag', '2024-04-15', 'day', true],
    ['Das Amt meldete gestern neue Zahlen.', 'gestern', '2024-04-19', 'day', true],
    ['Er hatte es letzte Woche angekündigt.', 'letzte Woche', '2024-04-13', 'day', true],
    ['Sie sprach vor zwei Tagen mit der Presse.', 'vor zwei Tagen', '2024-04-18', 'day', true],
    ['Der Bericht erschien im März 2022.', 'März 2022', '2022-03-01', 'month', false],
    ['Die Zahlen stammen vom 3. Februar 2023.', '3. Februar 2023', '2023-02-03', 'day', false],
    ['Stand: 20.04.2024', '20.04.2024', '2024-04-20', 'day', false],
    ['Mai 5, 2024', 'Mai 5, 2024', '2024-05-05', 'day', false],
  ] as const)('%s', (text, written, date, precision, relative) => {
    expect(first(text, 'de')).toMatchObject({ text: written, date, precision, relative });
  });

  it('a weekday alone is the last such day on or before the report, not the next one', () => {
    expect(first('am Donnerstag', 'de')?.date).toBe('2024-04-18');
    expect(first('am Samstag', 'de')?.date).toBe('2024-04-20'); // the report's own day
    expect(first('am Sonntag', 'de')?.date).toBe('2024-04-14');
  });

  it('a day without a year that would lie after the report is in the year before', () => {
    expect(first('am 18. Dezember', 'de')?.date).toBe('2023-12-18');
    expect(first('am 18. Februar', 'de')?.date).toBe('2024-02-18');
  });

  it('a time of day alone is no date', () => {
    expect(findDateExpressions('Video 02:21', 'de', SATURDAY)).toEqual([]);
  });
});

describe('findDateExpressions: English', () => {
  it.each([
    ['The agency said on Monday it would review the data.', 'on Monday', '2024-04-15', 'day', true],
    ['She told reporters yesterday that talks had stalled.', 'yesterday', '2024-04-19', 'day', true],
    ['He said last week that the plant would close.', 'last week', '2024-04-13', 'day', true],
    ['The figure was published in March 2022.', 'March 2022', '2022-03-01', 'month', false],
    ['Published April 20, 2024', 'April 20, 2024', '2024-04-20', 'day', false],
    ['Updated 3 February 2023', '3 February 2023', '2023-02-03', 'day', false],
  ] as const)('%s', (text, written, date, precision, relative) => {
    expect(first(text, 'en')).toMatchObject({ text: written, date, precision, relative });
  });

  it('a weekday alone is the last such day on or before the report, not the next one', () => {
    expect(first('on Thursday', 'en')?.date).toBe('2024-04-18');
    expect(first('on Monday', 'en', new Date('2024-04-22T18:00:00Z'))?.date).toBe('2024-04-22');
  });

  it('a day without a year that would lie after the report is in the year before', () => {
    expect(first('on Dec. 18', 'en')?.date).toBe('2023-12-18');
  });
});

describe('findDateExpressions: parts of other words are no dates', () => {
  it('German: "fr" in "frühere", "Mi" alone', () => {
    expect(findDateExpressions('Die frühere Ministerin sprach.', 'de', SATURDAY)).toEqual([]);
    expect(findDateExpressions('Mi Lan sagte das.', 'de', SATURDAY)).toEqual([]);
  });

  it('English: "Sat" and "Sun" as words', () => {
    expect(findDateExpressions('The Sun reported it.', 'en', SATURDAY)).toEqual([]);
  });
});
