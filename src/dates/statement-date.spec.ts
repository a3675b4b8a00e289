import { outside, statementDate } from './statement-date.js';

const SATURDAY = new Date('2024-04-20T00:00:00Z');

/** The frame is everything but `said` (what was said), as the extraction gives it. */
function dated(sentence: string, said: string, lang: 'de' | 'en'): string | null {
  const at = sentence.indexOf(said);
  const frame = outside(sentence.length, [{ start: at, end: at + said.length }]);
  const d = statementDate(sentence, frame, lang, SATURDAY);
  return d ? `${d.date.toISOString().slice(0, 10)} (${d.text})` : null;
}

describe('statementDate: German', () => {
  it('the attribution dates the statement', () => {
    expect(dated('Eine Sprecherin der Bahn sagte am Montag, die Strecke bleibe gesperrt.', 'die Strecke bleibe gesperrt', 'de')).toBe('2024-04-15 (am Montag)');
    expect(dated('Am Donnerstag erklärte der Minister, die Reform komme.', 'die Reform komme', 'de')).toBe('2024-04-18 (Am Donnerstag)');
    expect(dated('Der Verband warnte gestern, dass die Preise steigen.', 'die Preise steigen', 'de')).toBe('2024-04-19 (gestern)');
    expect(dated('Die Ministerin sagte im März 2022, das Werk werde nicht geschlossen.', 'das Werk werde nicht geschlossen', 'de')).toBe('2022-03-01 (März 2022)');
  });

  it('a date in what was said does not date the statement', () => {
    expect(dated('Der Sprecher sagte, die Brücke sei im März 2022 gesperrt worden.', 'die Brücke sei im März 2022 gesperrt worden', 'de')).toBeNull();
  });

  it('a date that opens a period is not the day of the statement', () => {
    expect(dated('Seit Februar 2022 betont die Regierung, sie liefere keine Waffen.', 'sie liefere keine Waffen', 'de')).toBeNull();
  });
});

describe('statementDate: English', () => {
  it('the attribution dates the statement', () => {
    expect(dated('A company spokeswoman said on Monday that the line would stay closed.', 'the line would stay closed', 'en')).toBe('2024-04-15 (on Monday)');
    expect(dated('The minister told lawmakers last week that the reform was coming.', 'the reform was coming', 'en')).toBe('2024-04-13 (last week)');
    expect(dated('In March 2022, officials said the plant would not close.', 'the plant would not close', 'en')).toBe('2022-03-01 (March 2022)');
  });

  it('a date in what was said does not date the statement', () => {
    expect(dated('The spokesman said the bridge had been closed on Thursday.', 'the bridge had been closed on Thursday', 'en')).toBeNull();
  });

  it('a date that opens a period is not the day of the statement', () => {
    expect(dated('Since March 2022 the government has said it sends no weapons.', 'it sends no weapons', 'en')).toBeNull();
  });
});

describe('statementDate: a date in a clause of its own dates that clause', () => {
  it('German', () => {
    expect(dated('Nachdem der Rat letzte Woche getagt hatte, erklärte die Stadt, der Bau beginne.', 'der Bau beginne', 'de')).toBeNull();
    expect(dated('Der Minister kündigte neue Mittel an, nachdem das Parlament im vergangenen Monat zugestimmt hatte.', 'neue Mittel', 'de')).toBeNull();
    expect(dated('Die Stadt, die gestern tagte, erklärte am Freitag, der Bau beginne.', 'der Bau beginne', 'de')).toBe('2024-04-19 (am Freitag)');
  });

  it('English', () => {
    expect(dated('After the council met last week, the city said work would start.', 'work would start', 'en')).toBeNull();
    expect(dated('The minister announced new funds on Friday, after parliament agreed last month.', 'new funds', 'en')).toBe('2024-04-19 (on Friday)');
  });
});
