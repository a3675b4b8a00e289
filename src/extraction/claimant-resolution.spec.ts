import { attribute } from './attribution.js';
import { extractClaims } from './claims-from-text.js';

const noQuantities = () => [];
const claimants = (text: string, language: 'de' | 'en', publisher?: string) =>
  extractClaims(text, { language, publisher, quantities: publisher ? undefined : noQuantities }).claims.map((c) => [c.claimant.name, c.claimant.country]);

describe('claimants: the speaker a relative pronoun stands for', () => {
  it('German: "…, einem russischen General, der sagte, …" is the general, not the subject of what he said', () => {
    const a = attribute('Beim Treffen gab es einen Streit mit einem russischen General, der sagte, die Amerikaner hätten nie verhandeln wollen.', 'de');
    expect(a?.claimant.claimant).toMatchObject({ name: 'Russian commander', country: 'RU' });
  });

  it('English: "a Russian general who said …"', () => {
    const a = attribute('The talks were interrupted by a Russian general who said American officials had never wanted a deal.', 'en');
    expect(a?.claimant.claimant).toMatchObject({ name: 'Russian commander', country: 'RU' });
  });
});

describe('claimants: an institution of one country names it', () => {
  it('German and English: a nationality word after the Pentagon does not make it Chinese', () => {
    expect(attribute('Laut dem jüngsten Pentagon Chinesische Streitkräfte Bericht wächst die Flotte weiter.', 'de')?.claimant.claimant.country).toBe('US');
    expect(attribute('According to the latest Pentagon Chinese military report, the fleet keeps growing.', 'en')?.claimant.claimant.country).toBe('US');
  });
});

describe('claimants: a name written alone is the full name given earlier', () => {
  it('German: surname after a first name; a known person written surname first', () => {
    expect(claimants('Die Ministerin Eva Brandt besuchte den Hafen.\n\nBrandt sagte, der Kai werde im Sommer fertig.', 'de')).toEqual([['Eva Brandt', null]]);
    expect(claimants('Die Verteidigungsminister, Dong Jun und ein Gast aus Moskau, trafen sich.\n\nDong betonte, die Zusammenarbeit werde vertieft.', 'de'))
      .toEqual([['Dong Jun', 'CN']]);
  });

  it('English: surname after a first name; no full name after an article ("the shipping line Hanseline")', () => {
    expect(claimants('Minister Eva Brandt visited the port.\n\nBrandt said the quay would be ready in summer.', 'en')).toEqual([['Eva Brandt', null]]);
    expect(claimants('The Hamburg Shipping Line Hanseline runs the route.\n\nHanseline said all voyages complied with the rules.', 'en'))
      .toEqual([['Hanseline', null]]);
  });
});

describe('claimants: the publisher only speaks in its own voice', () => {
  it('German: a sentence about what someone doubts or did is not the publisher’s claim', () => {
    expect(claimants('Er stellte die 40 Milliarden Euro für den Hafen in Frage.', 'de', 'Hafenblatt')).toEqual([]);
    expect(claimants('Der Senat bezweifelt, dass 40 Milliarden Euro reichen.', 'de', 'Hafenblatt')).toEqual([]);
    expect(claimants('Der Hafen kostet 40 Milliarden Euro mehr als geplant.', 'de', 'Hafenblatt')).toEqual([['Hafenblatt', null]]);
  });

  it('English: the same', () => {
    expect(claimants('He questioned the 40 billion euros spent on the port.', 'en', 'Harbour Herald')).toEqual([]);
    expect(claimants('The port cost 40 billion euros more than planned.', 'en', 'Harbour Herald')).toEqual([['Harbour Herald', null]]);
  });
});

describe('claimants: an aside between the speaker and the verb', () => {
  it('English: a participle or relative clause set off by commas does not hide the speaker', () => {
    expect(attribute('A senior Pentagon official, speaking on condition of anonymity, said the estimate was too high.', 'en')?.claimant.claimant)
      .toMatchObject({ affiliation: 'Pentagon', country: 'US' });
    expect(attribute('A Kremlin spokesman, who declined to give details, said the talks had failed.', 'en')?.claimant.claimant)
      .toMatchObject({ affiliation: 'Kremlin', country: 'RU' });
  });

  it('German: a relative clause set off by commas does not hide the speaker', () => {
    expect(attribute('Ein Pentagon-Beamter, der anonym bleiben wollte, sagte, die Schätzung sei zu hoch.', 'de')?.claimant.claimant)
      .toMatchObject({ affiliation: 'Pentagon', country: 'US' });
  });

  it('English and German: a later "the official" is the official named before, with the country', () => {
    const en = 'A senior Pentagon official, speaking on condition of anonymity, said the count was probably too high.\n\nThe official said that U.S. estimates were closer to 7,000.';
    expect(claimants(en, 'en')).toEqual([['senior Pentagon official', 'US'], ['senior Pentagon official', 'US']]);
    const de = 'Ein hochrangiger Pentagon-Beamter sagte, die Zahl sei wohl zu hoch.\n\nDer Beamte erklärte, die US-Schätzungen lägen eher bei 7.000.';
    expect(claimants(de, 'de')).toEqual([['senior Pentagon official', 'US'], ['senior Pentagon official', 'US']]);
  });
});

describe('claimants: speakers named together', () => {
  it('English: "NATO and the EU said" names both; a shared country stays, differing ones do not', () => {
    expect(attribute('NATO and the EU said the war had entered a new phase.', 'en')?.claimant.claimant).toEqual({ name: 'NATO and EU', affiliation: null, country: null });
    expect(attribute('The Pentagon and the State Department said the shipments would continue.', 'en')?.claimant.claimant)
      .toMatchObject({ country: 'US' });
  });

  it('German: "Frankreich und Großbritannien kündigten an" names both', () => {
    expect(attribute('Frankreich und Großbritannien kündigten an, sie würden weitere Systeme liefern.', 'de')?.claimant.claimant)
      .toEqual({ name: 'France and United Kingdom', affiliation: null, country: null });
    expect(attribute('Die Nato und die EU erklärten, der Krieg sei in eine neue Phase eingetreten.', 'de')?.claimant.claimant.name).toBe('NATO and EU');
  });
});

describe('claimants: the country an organisation was given earlier in the article', () => {
  it('German: "Sprecher der Marine" after "der estnischen Marine"; a commander of the coast guard named before', () => {
    expect(claimants('Nach Angaben der estnischen Marine sind zwei Leitungen gerissen.\n\nEin Sprecher der Marine sagte, die Reparatur dauere Wochen.', 'de'))
      .toEqual([['Estonian navy', 'EE'], ['navy spokesperson', 'EE']]);
    expect(claimants('Die norwegische Küstenwache hat ein Schiff festgesetzt.\n\nKüstenwachenkommandeur Ola Berg sagte, die Crew habe den Sender abgeschaltet.', 'de'))
      .toEqual([['Ola Berg', 'NO']]);
  });

  it('English: "a ministry spokesman" after "Russia\'s fisheries ministry"; "Coast guard commander" after the Norwegian coast guard', () => {
    expect(claimants("Russia's fisheries ministry said the catch was legal.\n\nA ministry spokesman said the crew would appeal.", 'en'))
      .toEqual([['Russian fisheries ministry', 'RU'], ['ministry spokesperson', 'RU']]);
    expect(claimants('The Norwegian coast guard said the trawler had too much cod on board.\n\nCoast guard commander Ola Berg said the crew had turned off the tracker.', 'en'))
      .toEqual([['Norwegian coast guard', 'NO'], ['Ola Berg', 'NO']]);
  });

  it('German and English: two countries for the organisation leave it unknown', () => {
    expect(claimants('Das russische und das norwegische Außenministerium trafen sich.\n\nEin Sprecher des Außenministeriums sagte, die Gespräche seien nützlich gewesen.', 'de').at(-1)?.[1])
      .toBeNull();
    expect(claimants("Russia's foreign ministry met Norway's foreign ministry.\n\nA foreign ministry spokesman said the talks had been useful.", 'en').at(-1)?.[1])
      .toBeNull();
  });

  it('German and English: an office named only through a role takes no country from another speaker', () => {
    expect(claimants('Das russische Außenministerium bestellte den Gesandten ein.\n\nAußenministerin Anna Berg sagte, Oslo werde antworten.', 'de').at(-1)?.[1]).toBeNull();
    expect(claimants("Russia's foreign ministry summoned the envoy.\n\nForeign minister Anna Berg said Oslo would respond.", 'en').at(-1)?.[1]).toBeNull();
  });
});

describe('claimants: the seat of a state organisation names its country', () => {
  it('German: "das Landwirtschaftsministerium in Moskau", but not "die Botschaft in Moskau"', () => {
    expect(claimants('Das Landwirtschaftsministerium in Moskau teilte mit, die Ernte sei gut ausgefallen.', 'de')).toEqual([['Russian agriculture ministry', 'RU']]);
    expect(claimants('Die Botschaft in Moskau teilte mit, die Visastelle bleibe geschlossen.', 'de')).toEqual([['embassy', null]]);
  });

  it('English: "the foreign ministry in Beijing", but not a spokesman who spoke in Moscow', () => {
    expect(claimants('The foreign ministry in Beijing said the talks had gone well.', 'en')).toEqual([['Chinese foreign ministry', 'CN']]);
    expect(claimants('A ministry spokesman in Moscow said the talks had gone well.', 'en')[0][1]).toBeNull();
  });
});

describe('claimants: a nationality in the apposition of a name', () => {
  it('German: "Adam Lis, Polens Außenminister," and later "Lis" and "er"', () => {
    expect(claimants('Adam Lis, Polens Außenminister, sagte, der Gesandte werde einbestellt.\n\nLis sagte, der Schritt sei überfällig. Er fügte hinzu, die Partner seien unterrichtet.', 'de'))
      .toEqual([['Adam Lis', 'PL'], ['Adam Lis', 'PL'], ['Adam Lis', 'PL']]);
  });

  it('English: "Irina Sokolova, Russia\'s ambassador to Norway," and later "Sokolova" and "she"', () => {
    expect(claimants("Irina Sokolova, Russia's ambassador to Norway, said the trawler had fished legally.\n\nSokolova said the crew would appeal. She added that Moscow expected an apology.", 'en'))
      .toEqual([['Irina Sokolova', 'RU'], ['Irina Sokolova', 'RU'], ['Irina Sokolova', 'RU']]);
  });
});

describe('claimants: a capital that speaks is its government', () => {
  it('German and English', () => {
    expect(claimants('Kyjiw erklärte, die Angriffe auf das Stromnetz hätten zugenommen.', 'de')).toEqual([['Ukrainian government', 'UA']]);
    expect(claimants('Washington said it was preparing new measures against the traders.', 'en')).toEqual([['U.S. government', 'US']]);
  });
});

describe('claimants: a spokesperson right after an organisation spoke speaks for it', () => {
  it('German: "…, sagte ein Sprecher" after the Norwegian coast guard; not after a person', () => {
    expect(claimants('Die norwegische Küstenwache wies das zurück. Es seien mehr als 200 Tonnen gewesen, sagte ein Sprecher.', 'de'))
      .toEqual([['Norwegian coast guard', 'NO'], ['spokesperson', 'NO']]);
    expect(claimants('Der norwegische Minister Ola Dahl sagte, die Quote gelte. Es seien mehr als 200 Tonnen gewesen, sagte ein Sprecher.', 'de').at(-1)?.[1])
      .toBeNull();
  });

  it('English: "Spokesman Nikos Pappas said" after the Greek fire service; not two sentences later', () => {
    expect(claimants('The Greek fire service said the blaze had burned 8,000 hectares. Spokesman Nikos Pappas said 300 firefighters were at work.', 'en'))
      .toEqual([['Greek fire service', 'GR'], ['Nikos Pappas', 'GR']]);
    expect(claimants('The Greek fire service said the blaze had burned 8,000 hectares. The wind had dropped in the evening. Spokesman Nikos Pappas said 300 firefighters were at work.', 'en').at(-1))
      .toEqual(['Nikos Pappas', null]);
  });
});
