import { findDateline } from './dateline.js';

const NOW = new Date('2025-01-10T12:00:00Z');
const found = (text: string): string | null => findDateline(text, { notAfter: NOW })?.date.toISOString().slice(0, 10) ?? null;

describe('findDateline: German', () => {
  it('a line that is a date at the head of the article', () => {
    expect(found('12. März 2024\n\nHafenblatt\n\nDie Stadt baut eine neue Brücke. Sie kostet 40 Millionen Euro.')).toBe('2024-03-12');
  });

  it('a German month in English order, as machine translation leaves it', () => {
    expect(found('Juni 7, 2024\n\nnordnews\n\nDer Stadtrat stimmte am Dienstag für den Bau.')).toBe('2024-06-07');
  });

  it('a byline glued to its date', () => {
    const text = 'Neue Brücke für die Altstadt\n\nDer Bau beginnt im Herbst.\nFoto: Archiv\nRheinkurier3. September 2024\n\nDie Stadt hat am Montag den Auftrag vergeben.';
    expect(found(text)).toBe('2024-09-03');
  });

  it('numeric dates and a label before them', () => {
    expect(found('Stand: 05.11.2024, 14:10 Uhr\n\nDie Bahn streicht Verbindungen.')).toBe('2024-11-05');
  });

  it('a wire dateline that opens the first paragraph', () => {
    expect(found('BERLIN, 4. Oktober 2024 (dpa) – Der Bundestag hat am Freitag ein neues Gesetz zur Förderung von Wärmepumpen beschlossen, das ab Januar gilt.')).toBe('2024-10-04');
  });

  it('no dateline: a caption date without a year, a date in running text, a date after the ingest', () => {
    expect(found('Brücke\n\nDer Bürgermeister am 2. Juni in Bonn.Foto: Archiv\n\nDie Arbeiten sollen nach Angaben der Stadt bis zum 14. Oktober 2025 dauern, sagte ein Sprecher.')).toBeNull();
    expect(found('3. Mai 2031\n\nEin Text aus der Zukunft.')).toBeNull();
    expect(found('Die Stadt baut eine Brücke.')).toBeNull();
  });
});

describe('findDateline: English', () => {
  it('a line that is a date at the head of the article', () => {
    expect(found('March 12, 2024\n\nHarbour Herald\n\nThe city will build a new bridge.')).toBe('2024-03-12');
  });

  it('a label and a time around the date', () => {
    expect(found('City to build bridge\n\nPublished: 9 July 2024 10:14 BST\n\nThe council approved the plan on Tuesday.')).toBe('2024-07-09');
  });

  it('a wire dateline that opens the first paragraph', () => {
    expect(found('WASHINGTON, Aug. 2, 2024 — The Senate on Friday passed a bill that funds the highway program for another five years.')).toBe('2024-08-02');
  });

  it('no dateline: a date inside a long sentence of the body', () => {
    expect(found('The council said the works would run until October 14, 2025, and that traffic on the old bridge would be limited to buses and bicycles.')).toBeNull();
  });
});
