import { findDenialCues, findNegationCues, reversingCue } from './cues.js';
import { analyseText, allTerms } from './terms.js';

const cueTexts = (cues: { text: string }[]) => cues.map((c) => c.text.toLowerCase());
const subject = (text: string, lang: 'de' | 'en') => allTerms(analyseText(text, lang));

describe('findDenialCues', () => {
  it.each([
    ['Peking bestreitet die Darstellung.', 'bestreitet'],
    ['Der Kreml dementierte den Bericht umgehend.', 'dementierte'],
    ['Ein Dementi kam noch am Abend.', 'dementi'],
    ['China weist die Vorwürfe entschieden zurück.', 'weist die vorwürfe entschieden zurück'],
    ['Die Vorwürfe wurden zurückgewiesen.', 'zurückgewiesen'],
    ['Das sei gezielte Desinformation, hieß es.', 'desinformation'],
    ['Die Meldung sei falsch.', 'sei falsch'],
    ['Das stimmt nicht, sagte die Sprecherin.', 'stimmt nicht'],
  ])('German: %s', (text, cue) => {
    expect(cueTexts(findDenialCues(text, 'de'))).toContain(cue);
  });

  it.each([
    ['Beijing denies the report.', 'denies'],
    ['The Kremlin denied it on Tuesday.', 'denied'],
    ['China rejected the accusations.', 'rejected'],
    ['The ministry dismissed the story as fiction.', 'dismissed the story as'],
    ['Officials called it disinformation.', 'disinformation'],
    ['The claims are false, a spokesman said.', 'are false'],
    ['That is simply not true.', 'not true'],
  ])('English: %s', (text, cue) => {
    expect(cueTexts(findDenialCues(text, 'en'))).toContain(cue);
  });

  it.each([
    ['Russland hat China um Drohnen gebeten.', 'de'],
    ['Die Regierung bestellte neue Falschirmspringer-Ausrüstung.', 'de'],
    ['Russia asked China for drones.', 'en'],
    ['A denim factory opened near Beijing.', 'en'],
    ['Both sides accused each other of spreading false stories.', 'en'],
  ] as const)('finds none in %s', (text, lang) => {
    expect(findDenialCues(text, lang)).toEqual([]);
  });

  it('reports offsets into the text', () => {
    const text = 'Moskau dementierte.';
    const [cue] = findDenialCues(text, 'de');
    expect(text.slice(cue.start, cue.end)).toBe('dementierte');
  });
});

describe('findNegationCues', () => {
  it.each([
    ['Russland hat China nicht um Hilfe gebeten.', 'de', 'nicht'],
    ['Es gab keine Anfrage aus Moskau.', 'de', 'keine'],
    ['Russia did not ask China for help.', 'en', 'not'],
    ["Russia didn't ask China for help.", 'en', "didn't"],
    ['There was no request from Moscow.', 'en', 'no'],
  ] as const)('%s', (text, lang, cue) => {
    expect(cueTexts(findNegationCues(text, lang))).toEqual([cue]);
  });

  it.each([
    ['Moskau bat nicht nur um Geld, sondern auch um Drohnen.', 'de'],
    ['Es ist nicht klar, was Moskau genau wollte.', 'de'],
    ['Wie Peking reagierte, wollten die Beamten nicht sagen.', 'de'],
    ['Moscow asked not only for money but also for drones.', 'en'],
    ['It is not yet clear what Moscow wanted.', 'en'],
    ['Officials would not say how Beijing responded.', 'en'],
    ['It is unknown whether or not Beijing will help.', 'en'],
    ['There is no doubt that Moscow asked for help.', 'en'],
  ] as const)('leaves non-committal or additive phrasing alone: %s', (text, lang) => {
    expect(findNegationCues(text, lang)).toEqual([]);
  });

  it('does not count the negation inside a denial twice', () => {
    expect(findNegationCues('Das stimmt nicht.', 'de')).toEqual([]);
    expect(findNegationCues('That is not true.', 'en')).toEqual([]);
  });
});

describe('reversingCue', () => {
  const claimDe = subject('Russland hat China um Drohnen gebeten', 'de');
  const claimEn = subject('Russia asked China for drones', 'en');

  it('takes a denial anywhere in the passage', () => {
    expect(reversingCue('China bestreitet, dass es eine solche Bitte gab.', 'de', claimDe)?.kind).toBe('denial');
    expect(reversingCue('Beijing denied that any such request was made.', 'en', claimEn)?.kind).toBe('denial');
  });

  it('takes a negation only in a clause about the claim’s subject', () => {
    expect(reversingCue('Russland hat China nicht um Drohnen gebeten.', 'de', claimDe)?.text).toBe('nicht');
    expect(reversingCue('Russia never asked China for drones.', 'en', claimEn)?.text).toBe('never');
    expect(reversingCue('Das Wetter war nicht gut, aber Russland bat China um Drohnen.', 'de', claimDe)).toBeNull();
    expect(reversingCue('The weather was not good, but Russia asked China for drones.', 'en', claimEn)).toBeNull();
  });

  it('keeps numbers whole when finding clauses ("5.000", "9,2")', () => {
    const claim = subject('Russland verlor 5.000 Soldaten', 'de');
    expect(reversingCue('Die Zahl von 5.000 Toten sei nicht belegt.', 'de', claim)?.text).toBe('nicht');
  });

  it('finds nothing in an affirmative passage', () => {
    expect(reversingCue('Russland bat China um Drohnen.', 'de', claimDe)).toBeNull();
    expect(reversingCue('Russia asked China for drones.', 'en', claimEn)).toBeNull();
  });
});
