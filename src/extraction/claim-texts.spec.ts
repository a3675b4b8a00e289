import { extractClaims } from './claims-from-text.js';

const noQuantities = () => [];
const texts = (text: string, language: 'de' | 'en'): string[] =>
  extractClaims(text, { language, quantities: noQuantities }).claims.map((c) => c.text);

describe('claim texts stand alone', () => {
  it('German: a "dass"-clause, a clause opening with a verb, an object or a pronoun reads as its whole sentence', () => {
    expect(texts('Ein Sprecher der Bahn sagte am Montag, dass es bei dem Streit vor allem um Geld gehe.', 'de'))
      .toEqual(['Ein Sprecher der Bahn sagte am Montag, dass es bei dem Streit vor allem um Geld gehe']);
    expect(texts('Nach Angaben der Reederei verfügen die Häfen noch über große Reserven.', 'de'))
      .toEqual(['Nach Angaben der Reederei verfügen die Häfen noch über große Reserven']);
    expect(texts('Bei ihrem Besuch kündigte Ministerin Eva Brandt neue Mittel für die Häfen an, nachdem der Rat zugestimmt hatte.', 'de'))
      .toEqual(['Bei ihrem Besuch kündigte Ministerin Eva Brandt neue Mittel für die Häfen an, nachdem der Rat zugestimmt hatte']);
    expect(texts('Bürgermeister Jonas Feld sagte, er und der Landrat seien sich über den Bau einig.', 'de'))
      .toEqual(['Bürgermeister Jonas Feld sagte, er und der Landrat seien sich über den Bau einig']);
  });

  it('German: a main clause that opens with its subject, and a quotation, are the claim as said', () => {
    expect(texts('Ein Sprecher der Bahn sagte, die Strecke bleibe bis Freitag gesperrt.', 'de')).toEqual(['die Strecke bleibe bis Freitag gesperrt']);
    expect(texts('„Die Arbeiten liegen im Plan“, sagte die Sprecherin der Reederei, Anna Kurz, am Freitag bei einem Besuch im Hafen.', 'de'))
      .toEqual(['„Die Arbeiten liegen im Plan“']);
  });

  it('English: a clause whose subject is a pronoun, or that opens with a preposition, reads as its whole sentence', () => {
    expect(texts('A rail spokesman said on Monday that it was mainly about money.', 'en'))
      .toEqual(['A rail spokesman said on Monday that it was mainly about money']);
    expect(texts('Mayor Jonas Field said the city would pay half of the cost.', 'en')).toEqual(['the city would pay half of the cost']);
  });

  it('a full stop glued to the reporting verb: what came before it was said', () => {
    expect(texts('Die Häfen brauchen dringend mehr Geld für den Ausbau.erklärte ein Sprecher der Reederei am Ende des Treffens.', 'de'))
      .toEqual(['Die Häfen brauchen dringend mehr Geld für den Ausbau']);
    expect(texts('The ports urgently need more money for the expansion.said a spokesman for the shipping line after the meeting.', 'en'))
      .toEqual(['The ports urgently need more money for the expansion']);
  });

  it('a claim never runs across a paragraph break (German and English)', () => {
    const de = extractClaims('Der Kreml bestritt, dass Moskau um Waffen gebeten habe.\n\nKremlsprecher Dmitri Peskow wies den Bericht ebenfalls zurück.', { language: 'de', quantities: noQuantities });
    expect(de.claims.map((c) => c.stance)).toEqual(['denies', 'denies']);
    for (const c of de.claims) expect(c.text).not.toContain('\n');
    const en = extractClaims('The Kremlin denied that Moscow had asked for weapons.\n\nKremlin spokesman Dmitry Peskov also rejected the report.', { language: 'en', quantities: noQuantities });
    expect(en.claims.map((c) => c.stance)).toEqual(['denies', 'denies']);
    for (const c of en.claims) expect(c.text).not.toContain('\n');
  });
});
