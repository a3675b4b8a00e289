import { findDenialCues, findHedgeCues, findNegationCues, findNeutralityCues, findWithdrawnDenialCues, reversingCue } from './cues.js';
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
    expect(reversingCue('Die Armee habe nicht 5.000 Soldaten verloren.', 'de', claim)?.text).toBe('nicht');
  });

  it('finds nothing in an affirmative passage', () => {
    expect(reversingCue('Russland bat China um Drohnen.', 'de', claimDe)).toBeNull();
    expect(reversingCue('Russia asked China for drones.', 'en', claimEn)).toBeNull();
  });
});

describe('findHedgeCues', () => {
  it.each([
    ['Russland soll China angeblich um Drohnen gebeten haben.', 'angeblich'],
    ['Die Angaben ließen sich nicht unabhängig überprüfen.', 'nicht unabhängig überprüfen'],
    ['Die Zahl von 5.000 Toten sei nicht belegt.', 'nicht belegt'],
    ['Nach unbestätigten Berichten bat Russland um Hilfe.', 'unbestätigten'],
  ])('German: %s', (text, cue) => {
    expect(cueTexts(findHedgeCues(text, 'de'))).toContain(cue);
  });

  it.each([
    ['Russia allegedly asked China for drones.', 'allegedly'],
    ['The figures could not be independently verified.', 'could not be independently verified'],
    ['Officials did not confirm the report.', 'not confirm'],
    ['According to unverified posts, Russia asked for help.', 'unverified'],
  ])('English: %s', (text, cue) => {
    expect(cueTexts(findHedgeCues(text, 'en'))).toContain(cue);
  });

  it('finds none in plain statements', () => {
    expect(findHedgeCues('Russland bat China um Drohnen, sagte ein Sprecher.', 'de')).toEqual([]);
    expect(findHedgeCues('Russia asked China for drones, a spokesman confirmed.', 'en')).toEqual([]);
  });

  it('a negation inside a hedge is not a negation', () => {
    expect(findNegationCues('Die Zahl von 5.000 Toten sei nicht belegt.', 'de')).toEqual([]);
    expect(findNegationCues('The toll could not be verified.', 'en')).toEqual([]);
  });
});

describe('findWithdrawnDenialCues', () => {
  it('a negated denial is withdrawn, not a denial, and its negation no negation (German)', () => {
    const text = 'Der Reeder bestreitet nicht mehr, dass der Tanker Öl verliert.';
    expect(cueTexts(findWithdrawnDenialCues(text, 'de'))).toEqual(['bestreitet']);
    expect(findDenialCues(text, 'de')).toEqual([]);
    expect(findNegationCues(text, 'de')).toEqual([]);
    expect(cueTexts(findWithdrawnDenialCues('Das hat die Regierung nie bestritten.', 'de'))).toEqual(['bestritten']);
  });

  it('a negated denial is withdrawn, not a denial, and its negation no negation (English)', () => {
    const text = 'The shipowner did not deny that the tanker was leaking oil.';
    expect(cueTexts(findWithdrawnDenialCues(text, 'en'))).toEqual(['deny']);
    expect(findDenialCues(text, 'en')).toEqual([]);
    expect(findNegationCues(text, 'en')).toEqual([]);
  });

  it('a plain denial is not withdrawn', () => {
    expect(findWithdrawnDenialCues('Peking bestreitet, Waffen geliefert zu haben.', 'de')).toEqual([]);
    expect(findWithdrawnDenialCues('Beijing denied supplying weapons.', 'en')).toEqual([]);
  });
});

describe('negations that affirm, and neutrality', () => {
  it('a negated restraint or doubt is no negation', () => {
    expect(findNegationCues('China zeigt keine Zurückhaltung bei seiner Unterstützung.', 'de')).toEqual([]);
    expect(findNegationCues('Er ließ keinen Zweifel daran.', 'de')).toEqual([]);
    expect(findNegationCues('Beijing showed no restraint in its support.', 'en')).toEqual([]);
    expect(findNegationCues('Moscow did not hesitate to help.', 'en')).toEqual([]);
    expect(findNegationCues('China leistet keine Unterstützung.', 'de').map((c) => c.text)).toEqual(['keine']);
    expect(findNegationCues('China gives no support.', 'en').map((c) => c.text)).toEqual(['no']);
  });

  it('finds neutrality in German and English', () => {
    expect(findNeutralityCues('Serbien erklärte sich erneut für neutral.', 'de').map((c) => c.text)).toEqual(['neutral']);
    expect(findNeutralityCues('Das Land ergreift keine Partei.', 'de').map((c) => c.text)).toEqual(['ergreift keine Partei']);
    expect(findNeutralityCues('The country remained neutral.', 'en').map((c) => c.text)).toEqual(['neutral']);
    expect(findNeutralityCues('It has not taken sides in the war.', 'en').map((c) => c.text)).toEqual(['not taken sides']);
    expect(findNeutralityCues('Russia asked China for help.', 'en')).toEqual([]);
  });
});
