import { attribute } from './attribution.js';
import type { Language } from '../text/index.js';

type Row = [sentence: string, name: string, affiliation: string | null, country: string | null, cue: string, content: string];

const content = (sentence: string, lang: 'de' | 'en'): string | null => {
  const a = attribute(sentence, lang);
  return a ? sentence.slice(a.content.start, a.content.end) : null;
};

describe('attribute: German reporting verbs and phrases', () => {
  it.each<Row>([
    ['Der Sprecher des chinesischen Außenministeriums, Zhao Lijian, sagte am Montag, die Lage sei stabil.', 'Zhao Lijian', 'Chinese foreign ministry', 'CN', 'sagte', 'die Lage sei stabil'],
    ['US-Beamte sagen, Moskau habe Peking um Drohnen gebeten.', 'U.S. officials', null, 'US', 'sagen', 'Moskau habe Peking um Drohnen gebeten'],
    ['Putins Sprecher Dmitri Peskow erklärte, Russland brauche keine Hilfe.', 'Dmitry Peskov', 'Kremlin', 'RU', 'erklärte', 'Russland brauche keine Hilfe'],
    ['Die Ministerin betonte, die Schulen blieben geöffnet.', 'minister', null, null, 'betonte', 'die Schulen blieben geöffnet'],
    ['Das Gesundheitsministerium teilte am Freitag mit, dass 412 Fälle gemeldet wurden.', 'health ministry', null, null, 'teilte mit', '412 Fälle gemeldet wurden'],
    ['Der Oppositionsführer behauptete, die Regierung verschweige die wahren Kosten.', 'Oppositionsführer', null, null, 'behauptete', 'die Regierung verschweige die wahren Kosten'],
    ['Der Verband warnte vor einem Mangel an 30.000 Fachkräften.', 'group', null, null, 'warnte', 'vor einem Mangel an 30.000 Fachkräften'],
    ['Laut dem britischen Verteidigungsministerium verlor die Armee 200 Panzer.', 'British defence ministry', null, 'GB', 'Laut', 'verlor die Armee 200 Panzer'],
    ['Nach Angaben von Kremlsprecher Peskow läuft alles nach Plan.', 'Dmitry Peskov', 'Kremlin', 'RU', 'Nach Angaben', 'läuft alles nach Plan'],
    ['Dem Pentagon zufolge sind 9,2 Milliarden Dollar noch nicht ausgegeben.', 'Pentagon', null, 'US', 'zufolge', 'sind 9,2 Milliarden Dollar noch nicht ausgegeben'],
    ['„Wir liefern keine Waffen“, sagte der iranische Außenminister.', 'Iranian foreign minister', 'Iranian foreign ministry', 'IR', 'sagte', '„Wir liefern keine Waffen“'],
    ['Am Montag sagte die Sprecherin des Weißen Hauses, Karine Jean, dass neue Sanktionen folgten.', 'Karine Jean', 'White House', 'US', 'sagte', 'neue Sanktionen folgten'],
    ['Die Fabrik werde geschlossen, so ein Sprecher des Konzerns.', 'company spokesperson', 'company', null, 'so', 'Die Fabrik werde geschlossen'],
    ['Der Kreml hat den Bericht am Dienstag zurückgewiesen.', 'Kremlin', null, 'RU', 'hat zurückgewiesen', 'den Bericht am Dienstag'],
  ])('%s', (sentence, name, affiliation, country, cue, expected) => {
    const a = attribute(sentence, 'de');
    expect(a?.claimant.claimant).toEqual({ name, affiliation, country });
    expect(a?.cue.text).toBe(cue);
    expect(content(sentence, 'de')).toBe(expected);
  });
});

describe('attribute: English reporting verbs and phrases', () => {
  it.each<Row>([
    ['Russia asked China for drones, U.S. officials said.', 'U.S. officials', null, 'US', 'said', 'Russia asked China for drones'],
    ['Kremlin spokesman Dmitry Peskov told reporters that Moscow needed no help.', 'Dmitry Peskov', 'Kremlin', 'RU', 'told', 'Moscow needed no help'],
    ['The ministry stated that 1,200 homes were damaged.', 'ministry', null, null, 'stated', '1,200 homes were damaged'],
    ['The senator claimed the program had wasted $2 billion.', 'senator', null, null, 'claimed', 'the program had wasted $2 billion'],
    ['Health officials warned that cases could double by March.', 'Health officials', null, null, 'warned', 'cases could double by March'],
    ['According to the Pentagon, 9.2 billion dollars remain unspent.', 'Pentagon', null, 'US', 'According to', '9.2 billion dollars remain unspent'],
    ['Prices rose 7 percent, according to the statistics office.', 'statistics office', null, null, 'according to', 'Prices rose 7 percent'],
    ['"We will not send troops," said Chinese foreign ministry spokeswoman Mao Ning.', 'Mao Ning', 'Chinese foreign ministry', 'CN', 'said', '"We will not send troops,"'],
    ['Zhao Lijian, a spokesman for the Chinese foreign ministry, said the report was false.', 'Zhao Lijian', 'Chinese foreign ministry', 'CN', 'said', 'the report was false'],
    ['The mayor says the bridge will reopen in May.', 'mayor', null, null, 'says', 'the bridge will reopen in May'],
  ])('%s', (sentence, name, affiliation, country, cue, expected) => {
    const a = attribute(sentence, 'en');
    expect(a?.claimant.claimant).toEqual({ name, affiliation, country });
    expect(a?.cue.text).toBe(cue);
    expect(content(sentence, 'en')).toBe(expected);
  });
});

describe('attribute: pronouns and definite references are marked for resolution', () => {
  it.each([
    ['„Das ist klar“, sagte er.', 'de', 'pronoun'],
    ['Sie erklärte, das Werk bleibe offen.', 'de', 'pronoun'],
    ['Der Sprecher sagte, es gebe keine Pläne.', 'de', 'definite'],
    ['"It is over," she said.', 'en', 'pronoun'],
    ['The official said talks would resume.', 'en', 'definite'],
  ] as const)('%s', (sentence, lang, anaphor) => {
    expect(attribute(sentence, lang)?.claimant.anaphor).toBe(anaphor);
  });
});

describe('attribute: quoted speech keeps its quote span', () => {
  it('German', () => {
    const s = '„Wir haben nichts geliefert. Gar nichts“, sagte der Minister.';
    const a = attribute(s, 'de');
    expect(a?.quote).toEqual({ start: 0, end: 40 });
    expect(s.slice(a!.quote!.start, a!.quote!.end)).toBe('„Wir haben nichts geliefert. Gar nichts“');
  });
  it('English', () => {
    const s = 'Officials said: "The figures are correct." Nothing else.';
    const a = attribute(s, 'en');
    expect(s.slice(a!.quote!.start, a!.quote!.end)).toBe('"The figures are correct."');
  });
});

describe('attribute: sentences without an attribution', () => {
  it.each([
    ['Die Armee verlor im Februar 300 Panzer.', 'de'],
    ['Das Ministerium lehnte eine Stellungnahme ab.', 'de'],
    ['Der Sprecher wollte den Bericht nicht bestätigen.', 'de'],
    ['„Wir sagen nichts“ stand auf dem Plakat.', 'de'],
    ['The army lost 300 tanks in February.', 'en'],
    ['The Pentagon declined to comment on the report.', 'en'],
    ['The State Department did not confirm the figure.', 'en'],
    ['The claims were widely shared online.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(attribute(sentence, lang)).toBeNull();
  });
});

describe('attribute: a reporting verb that continues the first clause speaks for its subject', () => {
  it.each<[Language, string, string, string]>([
    ['de', 'Die dänische Küstenwache stoppte am Montag einen Fischkutter und erklärte, die Besatzung habe 30 Tonnen Hering zu viel geladen.', 'Danish coast guard', 'die Besatzung habe 30 Tonnen Hering zu viel geladen'],
    ['de', 'Der Minister reiste am Montag nach Riga und sagte, das Land bekomme 40 weitere Panzer.', 'minister', 'das Land bekomme 40 weitere Panzer'],
    ['en', 'The Danish coast guard stopped a fishing boat on Monday, saying it had loaded 30 tonnes of herring too many.', 'Danish coast guard', 'it had loaded 30 tonnes of herring too many'],
    ['en', 'The minister travelled to Riga on Monday and said the country would get 40 more tanks.', 'minister', 'the country would get 40 more tanks'],
  ])('%s: %s', (lang, sentence, name, said) => {
    expect(attribute(sentence, lang)?.claimant.claimant.name).toBe(name);
    expect(content(sentence, lang)).toBe(said);
  });

  it.each<[Language, string]>([
    ['de', 'Die Nato und die EU sagten, die Übung dauere zehn Tage.'],
    ['en', 'NATO and the EU said the drills would last ten days.'],
  ])('two speakers named together still speak together (%s)', (lang, sentence) => {
    expect(attribute(sentence, lang)?.claimant.claimant.name).toMatch(/NATO and (?:the )?EU/);
  });

  it.each<[Language, string, string]>([
    ['de', 'Die Fähre verspätete sich, weil die Hafenarbeiter streikten und erklärten, sie bekämen 5 Prozent zu wenig Lohn.', 'Fähre'],
    ['en', 'The ferry was late, because the dock workers went on strike and said they were paid 5 percent too little.', 'ferry'],
    ['de', 'Letzterer verließ den Saal und erklärte, die Sitzung sei damit beendet.', 'Letzterer'],
    ['en', 'Latter left the hall and said the session was over.', 'Latter'],
  ])('only a main clause that opens with someone who can speak lends its subject (%s: %s)', (lang, sentence, notSpeaker) => {
    expect(attribute(sentence, lang)?.claimant.claimant.name ?? null).not.toBe(notSpeaker);
  });

  it.each<[Language, string]>([
    ['en', 'Nobody was saying that the port would close.'],
    ['en', 'The ferry kept saying nothing.'],
  ])('"saying" with no comma before it reports nothing (%s: %s)', (lang, sentence) => {
    expect(attribute(sentence, lang)).toBeNull();
  });
});
