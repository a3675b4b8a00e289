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
