import { extractClaims } from './claims-from-text.js';

const noQuantities = () => [];

/** claimedAt (day) and its cue for each claim, by claimant. */
function dates(text: string, language: 'de' | 'en', publishedAt?: Date): [string, string | null, string | null][] {
  return extractClaims(text, { language, publishedAt, quantities: noQuantities }).claims.map((c) => [
    c.claimant.name, c.claimedAt?.slice(0, 10) ?? null, c.claimedAtCue,
  ]);
}

// Saturday, 20 April 2024 in both stories' datelines
const DE = `20. April 2024

Hafenblatt

Die Sprecherin der Hafengesellschaft, Anna Kurz, sagte am Montag, der neue Kai werde im Sommer fertig. „Die Arbeiten liegen im Plan“, fügte sie hinzu.

Bürgermeister Jonas Feld erklärte, die Stadt trage die Hälfte der Kosten.

Die frühere Ministerin Eva Brandt sagte im März 2022, ohne den Kai verliere der Hafen Kunden.

Paul Stein sagte, der alte Kai sei im Februar 2023 beschädigt worden.`;

const EN = `April 20, 2024

Harbour Herald

Port authority spokeswoman Anna Short said on Monday that the new quay would be ready in summer. "The works are on schedule," she added.

Mayor Jonas Field said the city would pay half of the cost.

Former minister Eva Brandt stressed in March 2022 that without the quay the port would lose customers.

Paul Stone said the old quay had been damaged in February 2023.`;

describe('extractClaims: when each claim was made', () => {
  it('German: the dateline, a weekday before it, the same occasion, a month and year, a date in what was said', () => {
    expect(dates(DE, 'de')).toEqual([
      ['Anna Kurz', '2024-04-15', 'am Montag'],
      ['Anna Kurz', '2024-04-15', 'am Montag'],
      ['Jonas Feld', '2024-04-20', null],
      ['Eva Brandt', '2022-03-01', 'März 2022'],
      ['Paul Stein', '2024-04-20', null],
    ]);
  });

  it('English: the dateline, a weekday before it, the same occasion, a month and year, a date in what was said', () => {
    expect(dates(EN, 'en')).toEqual([
      ['Anna Short', '2024-04-15', 'on Monday'],
      ['Anna Short', '2024-04-15', 'on Monday'],
      ['Jonas Field', '2024-04-20', null],
      ['Eva Brandt', '2022-03-01', 'March 2022'],
      ['Paul Stone', '2024-04-20', null],
    ]);
  });

  it('a given publication date counts over the dateline, and relative dates count back from it', () => {
    const given = new Date('2024-04-24T08:00:00Z'); // a Wednesday
    expect(dates(DE, 'de', given)[0]).toEqual(['Anna Kurz', '2024-04-22', 'am Montag']);
    expect(dates(EN, 'en', given)[2]).toEqual(['Jonas Field', '2024-04-24', null]);
  });

  it('without any date, only a date that names its year dates a statement', () => {
    const undated = (text: string) => text.split('\n').slice(4).join('\n');
    expect(dates(undated(DE), 'de').map((d) => d[1])).toEqual([null, null, null, '2022-03-01', null]);
    expect(dates(undated(EN), 'en').map((d) => d[1])).toEqual([null, null, null, '2022-03-01', null]);
  });
});
