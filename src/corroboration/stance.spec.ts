import { scorePassage } from './scoring.js';
import { DEFAULT_STANCE_OPTIONS, type StanceDependencies, type StanceOptions, classifyStance } from './stance.js';
import { analyseText } from './terms.js';

type Lang = 'de' | 'en';

function stanceOf(
  claimText: string,
  claimLang: Lang,
  passageText: string,
  passageLang: Lang,
  dependencies: StanceDependencies = {},
  options: StanceOptions = DEFAULT_STANCE_OPTIONS,
) {
  const claim = analyseText(claimText, claimLang);
  const passage = analyseText(passageText, passageLang);
  const score = scorePassage(claim, passage);
  return classifyStance({ claimText, claim, passageText, passage, score }, dependencies, options);
}

const CLAIM_DE = 'US-Beamte sagen, Russland habe China um militärische Hilfe und Drohnen gebeten.';
const CLAIM_EN = 'US officials say Russia has asked China for military help and drones.';
const TOLL_DE = 'Nach US-Angaben wurden zwischen 5.000 und 9.000 russische Soldaten getötet.';
const TOLL_EN = 'According to US estimates, between 5,000 and 9,000 Russian soldiers have been killed.';

describe('classifyStance: supports', () => {
  it.each([
    [CLAIM_DE, 'de', 'Russland hat China nach Darstellung von US-Beamten um Drohnen und militärische Unterstützung ersucht.'],
    [CLAIM_EN, 'en', 'Washington says Moscow requested drones and other military help from Beijing.'],
    [TOLL_DE, 'de', 'Die Vereinigten Staaten schätzen, dass 5.000 bis 9.000 russische Soldaten getötet wurden.'],
    [TOLL_EN, 'en', 'American officials believe 5,000 to 9,000 Russian soldiers were killed so far.'],
  ] as const)('same content in the same language: %s', (claim, lang, passage) => {
    expect(stanceOf(claim, lang, passage, lang)).toEqual({ stance: 'supports', reason: 'same_content', cue: null });
  });

  it('across languages when entities and all figures agree', () => {
    expect(stanceOf(TOLL_DE, 'de', 'US intelligence puts Russian deaths at 5,000 to 9,000 soldiers.', 'en')?.stance).toBe('supports');
    expect(stanceOf(TOLL_EN, 'en', 'Laut den USA starben 5.000 bis 9.000 russische Soldaten.', 'de')?.stance).toBe('supports');
  });

  it('when a denial restates a denial (the claim is itself a denial)', () => {
    const claim = 'China bestreitet, von Russland um militärische Hilfe gebeten worden zu sein.';
    const passage = 'Peking dementierte, dass Russland um militärische Hilfe gebeten habe.';
    expect(stanceOf(claim, 'de', passage, 'de')?.stance).toBe('supports');
    const claimEn = 'China denies that Russia asked it for military help.';
    expect(stanceOf(claimEn, 'en', 'Beijing rejected claims that Russia had asked it for military help.', 'en')?.stance).toBe('supports');
  });
});

describe('classifyStance: neither supports nor contradicts', () => {
  it('a denial claim is not contradicted by its own denial words: the passage stating what it denies only mentions it', () => {
    const claim = 'Der Kreml bestreitet, China um Drohnen gebeten zu haben.';
    expect(stanceOf(claim, 'de', 'Russland hat China um Drohnen gebeten, sagen US-Beamte.', 'de')).toEqual({
      stance: 'mentions', reason: 'denied_statement', cue: 'bestreitet',
    });
    expect(stanceOf('The Kremlin denies asking China for drones.', 'en', 'Russia asked China for drones, US officials say.', 'en')).toEqual({
      stance: 'mentions', reason: 'denied_statement', cue: 'denies',
    });
  });

  it.each([
    ['de', CLAIM_DE, 'Angeblich hat Russland China um militärische Hilfe und Drohnen gebeten, sagen US-Beamte.', 'Angeblich'],
    ['de', CLAIM_DE, 'US-Beamte sagen, Russland habe China um militärische Hilfe und Drohnen gebeten; unabhängig bestätigt ist das nicht.', 'bestätigt ist das nicht'],
    ['en', CLAIM_EN, 'US officials say Russia has allegedly asked China for military help and drones.', 'allegedly'],
    ['en', CLAIM_EN, 'Reporters could not confirm that Russia has asked China for military help and drones, as US officials say.', 'could not confirm'],
  ] as const)('a hedged passage is no support (%s): %s', (lang, claim, passage, cue) => {
    expect(stanceOf(claim, lang, passage, lang)).toEqual({ stance: 'mentions', reason: 'hedged', cue });
  });

  it('a hedge in the claim and the passage alike is agreement', () => {
    const claim = 'Russland hat China angeblich um militärische Hilfe und Drohnen gebeten.';
    expect(stanceOf(claim, 'de', 'Angeblich hat Russland China um militärische Hilfe und Drohnen gebeten.', 'de')?.stance).toBe('supports');
    const claimEn = 'Russia allegedly asked China for military help and drones.';
    expect(stanceOf(claimEn, 'en', 'Russia has allegedly asked China for drones and military help.', 'en')?.stance).toBe('supports');
  });
});

describe('classifyStance: contradicts', () => {
  it.each([
    ['Das chinesische Außenministerium wies die Berichte, Russland habe um militärische Hilfe gebeten, als Desinformation zurück.', 'denial'],
    ['China bestreitet, dass Russland um militärische Hilfe oder Drohnen gebeten habe.', 'denial'],
    ['Der Kreml dementiert, China um Drohnen und militärische Hilfe gebeten zu haben.', 'denial'],
    ['Russland hat China nicht um militärische Hilfe gebeten, sagte ein Sprecher des Kremls.', 'negation'],
  ])('German: %s', (passage, reason) => {
    expect(stanceOf(CLAIM_DE, 'de', passage, 'de')).toMatchObject({ stance: 'contradicts', reason });
  });

  it.each([
    ['Beijing rejected reports that Russia had asked it for military help, calling them disinformation.', 'denial'],
    ['The Kremlin denied asking China for weapons.', 'denial'],
    ['A Chinese spokesman said the story about Russia seeking military help and drones was false.', 'denial'],
    ['Russia did not ask China for military help, a Kremlin spokesman said.', 'negation'],
  ])('English: %s', (passage, reason) => {
    expect(stanceOf(CLAIM_EN, 'en', passage, 'en')).toMatchObject({ stance: 'contradicts', reason });
  });

  it('across languages, a denial of the same entities', () => {
    expect(stanceOf(CLAIM_DE, 'de', 'Beijing denied that Russia had asked it for military help.', 'en')).toMatchObject({
      stance: 'contradicts',
      cue: 'denied',
    });
    expect(stanceOf(CLAIM_EN, 'en', 'Peking weist zurück, dass Russland um Hilfe gebeten habe.', 'de')?.stance).toBe('contradicts');
  });

  it('when the claim is a denial and the passage withdraws it ("bestreitet nicht mehr", "did not deny")', () => {
    const claim = 'Der Kreml bestreitet, China um Drohnen gebeten zu haben.';
    expect(stanceOf(claim, 'de', 'Der Kreml bestreitet nicht mehr, China um Drohnen gebeten zu haben.', 'de')).toMatchObject({
      stance: 'contradicts',
      reason: 'denial',
    });
    expect(
      stanceOf('The Kremlin denies asking China for drones.', 'en', 'The Kremlin did not deny asking China for drones.', 'en'),
    ).toMatchObject({ stance: 'contradicts', reason: 'denial' });
  });

  it('when the injected consistency rule finds conflicting figures (German and English)', () => {
    const calls: [string, string][] = [];
    const quantitiesConflict = (claim: string, passage: string) => {
      calls.push([claim, passage]);
      return true;
    };
    const de = 'Russland verlor nach eigenen Angaben 1.300 Soldaten.';
    const en = 'Russia says it has lost 1,300 soldiers.';
    expect(stanceOf(TOLL_DE, 'de', de, 'de', { quantitiesConflict })).toEqual({ stance: 'contradicts', reason: 'quantity_conflict', cue: null });
    expect(stanceOf(TOLL_EN, 'en', en, 'en', { quantitiesConflict })?.reason).toBe('quantity_conflict');
    expect(calls).toEqual([
      [TOLL_DE, de],
      [TOLL_EN, en],
    ]);
  });
});

describe('classifyStance: mentions', () => {
  it('when the figures differ but no rule says they conflict (German and English)', () => {
    const noConflict = { quantitiesConflict: () => false };
    expect(stanceOf(TOLL_DE, 'de', 'Nach US-Angaben wurden 1.300 russische Soldaten getötet.', 'de', noConflict)).toEqual({
      stance: 'mentions',
      reason: 'figures_unconfirmed',
      cue: null,
    });
    expect(stanceOf(TOLL_EN, 'en', 'According to US estimates, 1,300 Russian soldiers have been killed.', 'en', noConflict)?.stance).toBe('mentions');
  });

  it('when only the names are shared', () => {
    expect(stanceOf(CLAIM_DE, 'de', 'Russland und China verhandeln in Peking über Handel, sagen US-Diplomaten.', 'de')).toMatchObject({
      stance: 'mentions',
      reason: 'related',
    });
    expect(stanceOf(CLAIM_EN, 'en', 'China and Russia held trade talks in Beijing, US diplomats say.', 'en')?.stance).toBe('mentions');
  });

  it('across languages without figures to confirm the statement', () => {
    expect(stanceOf(CLAIM_DE, 'de', 'Washington says Moscow requested drones and military help from Beijing.', 'en')).toMatchObject({
      stance: 'mentions',
      reason: 'other_language',
    });
  });

  it('does not read non-committal negation as a contradiction', () => {
    expect(stanceOf(CLAIM_DE, 'de', 'Welche Drohnen Russland von China wollte, konnten US-Beamte nicht sagen; militärische Hilfe sei aber erbeten worden.', 'de')?.stance).not.toBe('contradicts');
    expect(stanceOf(CLAIM_EN, 'en', 'US officials would not say which drones Russia asked China for as military help.', 'en')?.stance).not.toBe('contradicts');
  });
});

describe('classifyStance: not evidence', () => {
  it.each([
    [CLAIM_DE, 'de', 'Der Fußballverein gewann das Pokalspiel am Samstag deutlich.', 'de'],
    [CLAIM_DE, 'de', 'Die Bundesregierung will weitere Windräder bauen.', 'de'],
    [CLAIM_EN, 'en', 'Heavy rain is expected across the north over the weekend.', 'en'],
    [CLAIM_EN, 'en', 'Der Fußballverein gewann das Pokalspiel deutlich.', 'de'],
  ] as const)('returns null for an unrelated passage: %s', (claim, claimLang, passage, passageLang) => {
    expect(stanceOf(claim, claimLang, passage, passageLang)).toBeNull();
  });

  it('does not ask the consistency rule about unrelated passages', () => {
    let asked = 0;
    const quantitiesConflict = () => {
      asked++;
      return true;
    };
    expect(stanceOf(TOLL_EN, 'en', 'The football club won the cup final 3 to 1.', 'en', { quantitiesConflict })).toBeNull();
    expect(stanceOf(TOLL_DE, 'de', 'Der Verein gewann das Endspiel mit 3 zu 1.', 'de', { quantitiesConflict })).toBeNull();
    expect(asked).toBe(0);
  });
});

describe('classifyStance: options', () => {
  it('follows stricter thresholds', () => {
    const passage = 'Washington says Moscow requested drones and other military help from Beijing.';
    expect(stanceOf(CLAIM_EN, 'en', passage, 'en')?.stance).toBe('supports');
    expect(stanceOf(CLAIM_EN, 'en', passage, 'en', {}, { ...DEFAULT_STANCE_OPTIONS, minStemOverlap: 0.9, minStemOverlapForDenial: 0.9 })?.stance).toBe('mentions');
    expect(stanceOf(CLAIM_EN, 'en', passage, 'en', {}, { ...DEFAULT_STANCE_OPTIONS, minRelatedScore: 0.99 })).toBeNull();
  });
});

describe('classifyStance: figures the quantity rules have no measure for', () => {
  it('an incompatible figure of the same counted thing contradicts, and says which figure', () => {
    expect(stanceOf('The coast guard says the trawler caught 200 tonnes of cod above its quota.', 'en',
      'The trawler caught at most 50 tonnes of cod above its quota, the coast guard was told.', 'en'))
      .toEqual({ stance: 'contradicts', reason: 'quantity_conflict', cue: '50 tonnes of cod' });
    expect(stanceOf('Der Brand im Hafen hat einen Schaden von rund 12 Millionen Euro verursacht.', 'de',
      'Den Schaden durch den Brand im Hafen bezifferte die Polizei auf etwa 2 Millionen Euro.', 'de'))
      .toEqual({ stance: 'contradicts', reason: 'quantity_conflict', cue: '2 Millionen Euro' });
  });

  it('people on strike: workers counted on strike against strikers', () => {
    expect(stanceOf('About 4,000 dock workers went on strike at the port on Monday.', 'en',
      'Port employers counted 900 strikers among the dock workers at the port on Monday.', 'en')?.stance).toBe('contradicts');
    expect(stanceOf('Rund 4.000 Hafenarbeiter streikten am Montag im Hafen.', 'de',
      'Im Hafen zählten die Arbeitgeber am Montag nur 900 Streikende unter den Hafenarbeitern.', 'de')?.stance).toBe('contradicts');
  });

  it('a denial claim is not contradicted by the figure it denies', () => {
    expect(stanceOf('The airline denied that it cancelled 300 flights in July.', 'en', 'The airline cancelled 240 flights in July.', 'en')?.stance).not.toBe('contradicts');
    expect(stanceOf('Die Fluglinie bestreitet, im Juli 300 Flüge gestrichen zu haben.', 'de', 'Die Fluglinie hat im Juli 240 Flüge gestrichen.', 'de')?.stance).not.toBe('contradicts');
  });

  it('the same number of another thing is no support', () => {
    expect(stanceOf('A cargo ship damaged two undersea data cables between Finland and Estonia.', 'en',
      'Finland and Estonia will protect undersea data cables and send two new patrol ships, a cargo ship owner said.', 'en'))
      .toEqual({ stance: 'mentions', reason: 'figures_unconfirmed', cue: null });
    expect(stanceOf('Ein Frachter hat zwei Datenkabel zwischen Finnland und Estland beschädigt.', 'de',
      'Finnland und Estland schützen ihre Datenkabel und schicken zwei Patrouillenboote, sagte ein Frachter-Reeder.', 'de'))
      .toEqual({ stance: 'mentions', reason: 'figures_unconfirmed', cue: null });
  });

  it('a passage about another year is no support, a year compared with is', () => {
    expect(stanceOf('Fire destroyed a warehouse in the port, causing 12 million euros of damage.', 'en',
      'In 2019 fire destroyed a warehouse in the port, causing 12 million euros of damage.', 'en')?.reason).toBe('figures_unconfirmed');
    expect(stanceOf('Das Feuer zerstörte eine Lagerhalle im Hafen und verursachte 12 Millionen Euro Schaden.', 'de',
      'Im Jahr 2019 zerstörte ein Feuer eine Lagerhalle im Hafen und verursachte 12 Millionen Euro Schaden.', 'de')?.reason).toBe('figures_unconfirmed');
    expect(stanceOf('Unemployment in Spain fell to 10.2 percent in the third quarter.', 'en',
      'Unemployment in Spain fell to 10.2 percent in the third quarter, the lowest since 2008.', 'en')?.stance).toBe('supports');
    expect(stanceOf('Die Arbeitslosenquote in Spanien sank im dritten Quartal auf 10,2 Prozent.', 'de',
      'Die Arbeitslosenquote in Spanien sank im dritten Quartal auf 10,2 Prozent, so tief wie seit 2008 nicht.', 'de')?.stance).toBe('supports');
  });
});

describe('classifyStance: actors, sides taken and negations that say yes', () => {
  it('the same actors in swapped roles only mention the claim', () => {
    expect(stanceOf('Litauen hat den russischen Botschafter ausgewiesen.', 'de', 'Russland hat den litauischen Botschafter ausgewiesen.', 'de'))
      .toEqual({ stance: 'mentions', reason: 'related', cue: null });
    expect(stanceOf('Lithuania expelled the Russian ambassador.', 'en', 'Moscow expelled the Lithuanian ambassador.', 'en'))
      .toEqual({ stance: 'mentions', reason: 'related', cue: null });
    expect(stanceOf('Lithuania expelled the Russian ambassador.', 'en', 'Lithuania expelled the Russian ambassador on Wednesday.', 'en')?.stance).toBe('supports');
  });

  it('"X says it is neutral" is no support', () => {
    expect(stanceOf('Serbien hat Artilleriegranaten an die Ukraine geliefert.', 'de', 'Serbien erklärte, es sei im Krieg um die Ukraine neutral und habe Granaten an niemanden geliefert.', 'de')?.stance)
      .not.toBe('supports');
    expect(stanceOf('Serbia supplied artillery shells to Ukraine.', 'en', 'Serbia said it remained neutral on the shells supplied to Ukraine.', 'en'))
      .toEqual({ stance: 'mentions', reason: 'hedged', cue: 'neutral' });
    expect(stanceOf('Serbien hat Artilleriegranaten an die Ukraine geliefert.', 'de', 'Serbien bleibe neutral, wer die Artilleriegranaten an die Ukraine geliefert habe.', 'de'))
      .toEqual({ stance: 'mentions', reason: 'hedged', cue: 'neutral' });
  });

  it('a negated restraint or doubt affirms', () => {
    expect(stanceOf('Katar unterstützt die Übergangsregierung in Syrien mit Gaslieferungen.', 'de',
      'Katar zeigt keine Zurückhaltung und unterstützt die Übergangsregierung in Syrien mit Gaslieferungen.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Qatar supports the transitional government in Syria with gas deliveries.', 'en',
      'Qatar shows no restraint and supports the transitional government in Syria with gas deliveries.', 'en')?.stance).toBe('supports');
  });

  it('within one language a negation that shares only a name with the claim negates nothing', () => {
    const claim = 'Norwegische Pipelines lieferten im dritten Quartal 48 Prozent des Gases.';
    expect(stanceOf(claim, 'de', 'Ohne Norwegen geht es nicht: Norwegische Pipelines lieferten im dritten Quartal 48 Prozent des Gases.', 'de')?.stance).toBe('supports');
    const claimEn = 'Norwegian pipelines delivered 48 percent of the gas in the third quarter.';
    expect(stanceOf(claimEn, 'en', 'Without Norway it would not work: Norwegian pipelines delivered 48 percent of the gas in the third quarter.', 'en')?.stance).toBe('supports');
  });
});

describe('classifyStance: across languages without a known entity', () => {
  it('names written alike tie a claim to a passage with its figures', () => {
    expect(stanceOf('About 45,000 laying hens were killed after a bird flu outbreak in Cloppenburg.', 'en',
      'Wegen eines Ausbruchs der Vogelgrippe sind in Cloppenburg rund 45.000 Legehennen getötet worden.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Wegen der Vogelgrippe wurden in Cloppenburg rund 45.000 Legehennen getötet.', 'de',
      'About 45,000 laying hens were killed in Cloppenburg because of bird flu.', 'en')?.stance).toBe('supports');
  });

  it('so do figures of a thing both languages name (people on strike)', () => {
    expect(stanceOf('About 3,000 employees took part in the warning strike at the hospitals.', 'en',
      'Am Warnstreik an den Kliniken beteiligten sich rund 3.000 Beschäftigte.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Am Warnstreik an den Kliniken beteiligten sich rund 3.000 Beschäftigte.', 'de',
      'About 3,000 employees took part in the warning strike at the hospitals.', 'en')?.stance).toBe('supports');
  });

  it('number words count as figures', () => {
    expect(stanceOf('A cargo ship damaged two data cables between Finland and Estonia.', 'en',
      'Ein Frachter hat zwei Datenkabel zwischen Finnland und Estland beschädigt.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Ein Frachter hat zwei Datenkabel zwischen Finnland und Estland beschädigt.', 'de',
      'A cargo ship damaged two data cables between Finland and Estonia.', 'en')?.stance).toBe('supports');
  });
});

describe('classifyStance: denials across languages, and reported hedges', () => {
  it('a denial restating a denial of the same actors supports it across languages, without figures', () => {
    expect(stanceOf('Belarus denied that a drone crossed from Belarus into Poland.', 'en',
      'Belarus bestritt, dass eine Drohne aus Belarus nach Polen geflogen sei.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Belarus bestreitet, dass eine Drohne aus Belarus nach Polen geflogen ist.', 'de',
      'Belarus denied that a drone had crossed into Poland.', 'en')?.stance).toBe('supports');
  });

  it('an affirmation across languages without figures still only mentions', () => {
    expect(stanceOf('A drone crossed from Belarus into Poland.', 'en', 'Eine Drohne flog aus Belarus nach Polen.', 'de')?.reason).toBe('other_language');
    expect(stanceOf('Eine Drohne flog aus Belarus nach Polen.', 'de', 'A drone crossed from Belarus into Poland.', 'en')?.reason).toBe('other_language');
  });

  it('"reportedly" and "Gerüchten zufolge" pass a statement on unconfirmed', () => {
    expect(stanceOf('The ship damaged two data cables near the port.', 'en', 'The ship reportedly damaged two data cables near the port.', 'en'))
      .toEqual({ stance: 'mentions', reason: 'hedged', cue: 'reportedly' });
    expect(stanceOf('Das Schiff hat zwei Datenkabel vor dem Hafen beschädigt.', 'de', 'Gerüchten zufolge hat das Schiff zwei Datenkabel vor dem Hafen beschädigt.', 'de'))
      .toEqual({ stance: 'mentions', reason: 'hedged', cue: 'Gerüchten zufolge' });
  });
});

describe('classifyStance: the reach of a negation and of figures', () => {
  it('a negation after "and"/"und" is about what follows it, not about the claim', () => {
    expect(stanceOf('Hungary blocked the EU sanctions package against Russia.', 'en',
      'Hungary blocked the EU sanctions package against Russia and said it had no regrets.', 'en')?.stance).toBe('supports');
    expect(stanceOf('Ungarn hat das EU-Sanktionspaket gegen Russland blockiert.', 'de',
      'Ungarn hat das EU-Sanktionspaket gegen Russland blockiert und sieht darin keinen Fehler.', 'de')?.stance).toBe('supports');
    expect(stanceOf('Hungary blocked the EU sanctions package against Russia.', 'en',
      'Hungary said it had not blocked the EU sanctions package against Russia.', 'en')?.stance).toBe('contradicts');
  });

  it('each figure governs its own words: "14 injured and 2 killed" confirms 14 injured', () => {
    expect(stanceOf('Police said 14 people were injured in the crash near Kassel.', 'en',
      'Police said 14 people were injured in the crash near Kassel and 2 people were killed.', 'en')?.stance).toBe('supports');
    expect(stanceOf('Bei dem Unfall nahe Kassel wurden 14 Menschen verletzt.', 'de',
      'Bei dem Unfall nahe Kassel wurden 14 Menschen verletzt und 2 Menschen getötet.', 'de')?.stance).toBe('supports');
  });

  it('a count said to strike is not confirmed by the same count employed', () => {
    expect(stanceOf('About 2,000 nurses went on strike in Lyon on Tuesday.', 'en',
      'Lyon hospitals employ 2,000 nurses, and on Tuesday some of them went on strike.', 'en')?.stance).toBe('mentions');
    expect(stanceOf('Rund 2.000 Pflegekräfte streikten am Dienstag in Lyon.', 'de',
      'Die Kliniken in Lyon beschäftigen 2.000 Pflegekräfte, am Dienstag streikten einige von ihnen.', 'de')?.stance).toBe('mentions');
  });

  it('a figure of another month is no clash, and a year compared with beside the claim’s is no bar', () => {
    expect(stanceOf('Ukraine exported 4.1 million tonnes of grain in October.', 'en',
      'Ukraine exported 4.1 million tonnes of grain in October, up from 3.2 million tonnes of grain in September.', 'en')?.stance).toBe('supports');
    expect(stanceOf('Der Hafen schlug 2025 rund 130 Millionen Tonnen Güter um.', 'de',
      'Der Hafen schlug 2025 rund 130 Millionen Tonnen Güter um, 2024 waren es 128 Millionen Tonnen Güter.', 'de')?.stance).toBe('supports');
  });
});
