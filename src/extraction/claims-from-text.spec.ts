import type { Quantity, QuantityContext } from '../quantities/quantity.js';
import { extractClaims } from './claims-from-text.js';

const STORY_DE = `US-Beamte: Moskau bittet Peking um Drohnen

Von Eva Lang

Russland hat China nach Angaben von US-Beamten um Kampfdrohnen und finanzielle Hilfe gebeten. Ein Beamter sagte, Moskau habe vor allem nach Aufklärungsdrohnen gefragt.

Der Sprecher des chinesischen Außenministeriums, Lin Wei, sprach am Dienstag von Desinformation. Washington verbreite gezielt Lügen über China, sagte er.

Kremlsprecher Dmitri Peskow dementierte den Bericht ebenfalls.

Siehe auch  Wie China Russland hilft

Foto: Max Muster/dpa`;

const STORY_EN = `Kremlin and Beijing deny drone request

Russia asked China for combat drones and financial aid, U.S. officials said on Monday. One official said Moscow had mainly sought reconnaissance drones.

Chinese foreign ministry spokesman Lin Wei called the report "disinformation". Kremlin spokesman Dmitry Peskov also denied it.

The Pentagon declined to comment.

Read more: How China helps Russia`;

describe('extractClaims: one claim, two denials from two claimants', () => {
  it.each([
    ['de', STORY_DE, 'U.S. officials'],
    ['en', STORY_EN, 'U.S. officials'],
  ] as const)('%s', (language, text, mainClaimant) => {
    const out = extractClaims(text, { language });
    expect(out.language).toBe(language);
    const main = out.claims[0];
    expect(main).toMatchObject({ ref: 'c1', stance: 'asserts', claimant: { name: mainClaimant, country: 'US' } });
    const denials = out.claims.filter((c) => c.stance === 'denies');
    expect(denials.map((d) => [d.claimant.name, d.claimant.country])).toEqual([
      ['Lin Wei', 'CN'],
      ['Dmitry Peskov', 'RU'],
    ]);
    expect(out.links).toEqual(denials.map((d) => ({ from: d.ref, to: 'c1', relation: 'denies' })));
    for (const c of out.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('detects the language when none is given', () => {
    expect(extractClaims(STORY_DE).language).toBe('de');
    expect(extractClaims(STORY_EN).language).toBe('en');
  });

  it('keeps headlines, bylines and furniture out of the claims', () => {
    for (const text of [STORY_DE, STORY_EN]) {
      const texts = extractClaims(text).claims.map((c) => c.text).join(' | ');
      expect(texts).not.toMatch(/Siehe auch|Read more|Foto|Von Eva|deny drone request|bittet Peking um Drohnen/);
    }
  });
});

describe('extractClaims: continuation, reference and merging rules', () => {
  it('German indirect speech continues the claimant of the sentence before', () => {
    const out = extractClaims('Die Ministerin sagte, der Etat steige um 4 Prozent. Die Mittel würden vor allem in Schulen fließen.', { language: 'de' });
    expect(out.claims.map((c) => [c.claimant.name, c.cue])).toEqual([
      ['minister', 'sagte'],
      ['minister', 'indirect speech'],
    ]);
  });

  it('a bare quotation continues the claimant of the sentence before', () => {
    const out = extractClaims('"We will rebuild the bridge," the mayor said. "It will take two years."', { language: 'en' });
    expect(out.claims.map((c) => [c.claimant.name, c.cue, c.quote !== null])).toEqual([
      ['mayor', 'said', true],
      ['mayor', 'quotation', true],
    ]);
  });

  it('"Das sagte X" makes the sentence before a claim of X', () => {
    const out = extractClaims('Das Werk in Bremen schließt Ende 2025. Das sagte Konzernchefin Anna Berg am Montag.', { language: 'de' });
    expect(out.claims).toHaveLength(1);
    expect(out.claims[0]).toMatchObject({ text: 'Das Werk in Bremen schließt Ende 2025', claimant: { name: 'Anna Berg' } });
  });

  it('resolves pronouns, definite roles and surnames to the claimant named before', () => {
    const out = extractClaims(
      'Kremlin spokesman Dmitry Peskov said talks had stalled. He said Moscow wanted guarantees. Peskov added that no date was set.',
      { language: 'en' },
    );
    expect(out.claims.map((c) => c.claimant.name)).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('a denial repeated by the same party in the next sentence is one counter-claim', () => {
    const text = 'Officials said the army lost 40 tanks. The defence ministry denied the report. "We lost no tanks," a ministry spokesman said.';
    const out = extractClaims(text, { language: 'en' });
    expect(out.claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
    expect(out.claims[1].text).toBe('The defence ministry denied the report. "We lost no tanks," a ministry spokesman said');
    expect(out.links).toEqual([{ from: 'c2', to: 'c1', relation: 'denies' }]);
  });

  it('"rejected that claim" answers the claim just before, not the main claim', () => {
    const text = 'The mayor said repairs would cost $48 million. A councillor claimed the city had ignored warnings for years. The mayor rejected that claim.';
    const out = extractClaims(text, { language: 'en' });
    expect(out.links).toEqual([{ from: 'c3', to: 'c2', relation: 'denies' }]);
  });

  it('non-denials make no claim at all', () => {
    for (const [text, language] of [
      ['Der Kreml lehnte eine Stellungnahme ab. Das Ministerium wollte den Bericht nicht bestätigen.', 'de'],
      ['The Kremlin declined to comment. The ministry did not confirm the report.', 'en'],
    ] as const) {
      expect(extractClaims(text, { language })).toEqual({ language, claims: [], links: [] });
    }
  });

  it('yields nothing for empty text or furniture only', () => {
    expect(extractClaims('', { language: 'en' })).toEqual({ language: 'en', claims: [], links: [] });
    expect(extractClaims('Home News World\n\n02:21\n\nFoto: dpa', { language: 'de' }).claims).toEqual([]);
  });
});

describe('extractClaims: quantities and publisher claims', () => {
  const stub = (text: string, ctx: QuantityContext): Quantity[] => {
    const at = text.search(/\d/);
    if (at < 0) return [];
    const written = /[\d.,]+/.exec(text.slice(at))![0];
    return [{
      text: written, start: at, end: at + written.length, min: 1, max: 1, minInclusive: true, maxInclusive: true,
      qualifier: 'exact', unit: 'count', measure: /killed|getötet/.test(text) ? 'killed' : null, subject: ctx.claimantCountry ?? null,
    }];
  };

  it('passes each claim text and the claimant country to the quantity parser', () => {
    const out = extractClaims('Russian officials said 5,000 soldiers were killed.', { language: 'en', quantities: stub });
    expect(out.claims[0].quantities).toEqual([expect.objectContaining({ text: '5,000', start: 0, end: 5, subject: 'RU' })]);
  });

  it('an unattributed sentence with a measured figure is a claim of the publisher, when one is given', () => {
    const text = 'Bei dem Angriff wurden 14 Menschen getötet. Das Wetter war schlecht und 3 Busse fielen aus.';
    const withPublisher = extractClaims(text, { language: 'de', publisher: 'Tagesblatt', quantities: stub });
    expect(withPublisher.claims.map((c) => [c.claimant.name, c.text])).toEqual([['Tagesblatt', 'Bei dem Angriff wurden 14 Menschen getötet']]);
    expect(extractClaims(text, { language: 'de', quantities: stub }).claims).toEqual([]);
  });
});

describe('extractClaims: the wire dateline', () => {
  it('is not in the claim text, nor does it date the statement (German)', () => {
    const text = 'SANAA, April 23, 2026 – Die Huthi-Bewegung sagte am Mittwoch, sie habe drei Raketen auf den Tanker abgefeuert.';
    const [claim] = extractClaims(text, { language: 'de' }).claims;
    expect(text.slice(claim.start, claim.end)).not.toContain('SANAA');
    expect(claim.text).not.toContain('2026');
    expect(claim.claimedAt?.slice(0, 10)).toBe('2026-04-22');
  });

  it('is not in the claim text, nor does it date the statement (English)', () => {
    const text = 'DUBAI, April 22, 2026 (Harbor Ledger) – A tanker was hit by a missile off Yemen, the British maritime agency said on Tuesday.';
    const [claim] = extractClaims(text, { language: 'en' }).claims;
    expect(claim.text.startsWith('A tanker was hit')).toBe(true);
    expect(claim.claimedAt?.slice(0, 10)).toBe('2026-04-21');
  });
});

describe('extractClaims: claimant countries beyond the first lexicon', () => {
  it.each([
    ['de', 'Die norwegische Küstenwache sagte, der Trawler habe 200 Tonnen Kabeljau zu viel gefangen.', 'Norwegian coast guard', 'NO'],
    ['de', 'Ein Sprecher der griechischen Feuerwehr sagte, der Brand sei unter Kontrolle.', 'Greek', 'GR'],
    ['en', 'The Austrian finance ministry said the floods caused damage of about 450 million euros.', 'Austrian finance ministry', 'AT'],
    ['en', "Estonia's government said three data cables had been damaged in the Baltic Sea.", 'Estonian government', 'EE'],
  ] as const)('%s: %s', (language, text, name, country) => {
    const [claim] = extractClaims(text, { language }).claims;
    expect(claim.claimant.name).toContain(name);
    expect(claim.claimant.country).toBe(country);
  });
});

describe('extractClaims: attributions and named bodies', () => {
  it('"nach Angaben" with an adjective between ("nach ersten Schätzungen der Regierung") names the claimant (German)', () => {
    const [claim] = extractClaims('Das Hochwasser hat nach ersten Schätzungen der Landesregierung Schäden von rund 300 Millionen Euro verursacht.', { language: 'de', publisher: 'Alpen-Anzeiger' }).claims;
    expect(claim.claimant.name).toBe('government');
    expect(claim.cue).toBe('nach ersten Schätzungen');
  });

  it('the English counterpart keeps working ("according to first estimates by the government")', () => {
    const [claim] = extractClaims('The floods caused damage of about 300 million euros, according to the regional government.', { language: 'en', publisher: 'Harbor Ledger' }).claims;
    expect(claim.claimant.name).not.toBe('Harbor Ledger');
  });

  it.each([
    ['en', 'The British maritime agency UKMTO said a tanker was hit by a missile off Yemen.', 'UKMTO', 'GB'],
    ['de', 'Die Behörde BSI erklärte, die Angreifer hätten eine bekannte Sicherheitslücke genutzt.', 'BSI', 'DE'],
    ['de', 'Die Huthi-Bewegung sagte, sie habe drei Raketen auf den Tanker abgefeuert.', 'Houthis', 'YE'],
    ['en', 'North Korea\'s state news agency KCNA said the launch had been a success.', 'KCNA', 'KP'],
  ] as const)('a body with a name of its own is named by it, with its country (%s): %s', (language, text, name, country) => {
    const [claim] = extractClaims(text, { language }).claims;
    expect(claim.claimant).toMatchObject({ name, country });
  });
});

describe('extractClaims: "nach eigenen Angaben"', () => {
  it('names no claimant after it: the speaker is the subject, as "by its own account" is in English', () => {
    const de = extractClaims('Die Staatsanwaltschaft prüft nach eigenen Angaben einen Anfangsverdacht.', { language: 'de' }).claims;
    expect(de.map((c) => c.claimant.name)).not.toContain('Anfangsverdacht');
    const en = extractClaims('The prosecutor is, by its own account, examining an initial suspicion.', { language: 'en' }).claims;
    expect(en.map((c) => c.claimant.name)).not.toContain('initial suspicion');
  });
});

describe('extractClaims: a title of office before a name', () => {
  it.each([
    ['de', 'Amtstierärztin Karin Vogt sagte, für Menschen bestehe keine Gefahr durch die Seuche.', 'Karin Vogt'],
    ['de', 'Landeshauptmann Peter Kaiser sagte, die Schäden an Straßen seien erheblich.', 'Peter Kaiser'],
    ['de', 'Karl Heinz Martin sagte, die Schäden an Straßen seien erheblich.', 'Karl Heinz Martin'],
    ['en', 'Finance minister Maria Berger said the fund would pay for the damaged roads.', 'Maria Berger'],
  ] as const)('is not part of the name (%s): %s', (language, text, name) => {
    const [claim] = extractClaims(text, { language }).claims;
    expect(claim.claimant.name).toBe(name);
  });
});

describe('extractClaims: which claim a denial answers', () => {
  const links = (text: string, language: 'de' | 'en') => {
    const run = extractClaims(text, { language });
    return { run, links: run.links.map((l) => `${l.from}>${l.to}`) };
  };

  it.each([
    ['de', 'Das polnische Agrarministerium teilte am Montag mit, dass die Ernte um 12 Prozent gesunken sei. Die Angaben der Bauern seien „reine Propaganda“, sagte Sprecher Jonas Berger.'],
    ['en', 'The Polish agriculture ministry said on Monday that the harvest had fallen by 12 percent. The farmers\' figures were "pure propaganda", spokesman Jonas Berger said.'],
  ] as const)('a spokesperson does not deny the claim of the body he speaks for (%s)', (language, text) => {
    const { run, links: found } = links(text, language);
    expect(run.claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
    expect(found).toEqual([]);
  });

  it.each([
    ['de', 'Nach Angaben der Polizei verbrannten am Sonntag rund 300 Tonnen Papier in einer Lagerhalle am Fluss. Die Logistikfirma Korvex bestritt, dass Chemikalien ausgelaufen seien.'],
    ['en', 'Police said about 300 tonnes of paper burned in a warehouse near the river on Sunday. The logistics firm Korvex denied that chemicals had leaked.'],
  ] as const)('a denial of something nobody claimed answers no claim (%s)', (language, text) => {
    const { run, links: found } = links(text, language);
    expect(run.claims[1].stance).toBe('denies');
    expect(found).toEqual([]);
  });

  it.each([
    ['de', 'Nach Angaben der litauischen Polizei hat ein Lastwagen aus Belarus 40 Tonnen Kupfer über die Grenze gebracht. Der belarussische Zoll bestritt, dass ein solcher Transport stattgefunden habe.'],
    ['en', 'Lithuanian police said a truck from Belarus had carried 40 tonnes of stolen copper across the border. The Belarusian customs service denied that any such cargo had passed its checkpoints.'],
  ] as const)('the party a claim accuses answers it, in other words (%s)', (language, text) => {
    expect(links(text, language).links).toEqual(['c2>c1']);
  });

  it.each([
    ['de', 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Mai wieder geöffnet. Laut der Stadtverwaltung haben die Reparaturen 8 Millionen Euro gekostet. Es gibt keine Beweise für das, sagte ein Bauunternehmer aus der Nachbarstadt.'],
    ['en', 'The mayor said on Tuesday that the bridge would reopen in May. The repairs cost 8 million euros, according to the city administration. There is no evidence for that, a union official said.'],
  ] as const)('"no evidence for that" denies the claim just before (%s)', (language, text) => {
    const { run, links: found } = links(text, language);
    expect(run.claims.map((c) => c.stance)).toEqual(['asserts', 'asserts', 'denies']);
    expect(found).toEqual(['c3>c2']);
  });

  it.each([
    ['de', 'Nach Angaben der Gewerkschaft haben sich rund 900 Pflegekräfte am Streik beteiligt. Der Klinikverband hält die Zahl für übertrieben.'],
    ['en', 'About 900 nurses joined the strike, the union said. The hospital group considers the figure exaggerated.'],
  ] as const)('holding a figure for exaggerated denies it (%s)', (language, text) => {
    const { run, links: found } = links(text, language);
    expect(run.claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
    expect(found).toEqual(['c2>c1']);
  });
});

describe('extractClaims: the main claim a denial of "the accusation" answers', () => {
  it.each([
    ['de', `Dänemark stoppt polnischen Fischkutter in der Ostsee

Die dänische Küstenwache stoppte am Montag einen polnischen Fischkutter in der Ostsee und erklärte, die Besatzung habe 30 Tonnen Hering zu viel geladen. Die polnische Fischereibehörde wies den Vorwurf zurück.

Die Zahl der Fischkutter in der Ostsee sei um 15 Prozent geschrumpft, sagte die Fischereiministerin Lene Holm.`],
    ['en', `Denmark stops Polish fishing boat in the Baltic Sea

The Danish coast guard stopped a Polish fishing boat in the Baltic Sea on Monday, saying it had loaded 30 tonnes of herring too many. Poland's fisheries authority rejected the accusation.

The number of fishing boats in the Baltic Sea had shrunk by 15 percent, fisheries minister Lene Holm said.`],
  ] as const)('is the one whose sentence tells what the headline tells, not a later claim sharing a few words (%s)', (language, text) => {
    const run = extractClaims(text, { language });
    expect(run.claims.map((c) => c.stance)).toEqual(['asserts', 'denies', 'asserts']);
    expect(run.links).toEqual([{ from: 'c2', to: 'c1', relation: 'denies' }]);
  });
});

describe('extractClaims: "Das stimmt nicht" / "That is not the case"', () => {
  it.each([
    ['de', 'Der Bürgermeister sagte am Dienstag, die Brücke werde im Mai wieder geöffnet. Laut der Stadtverwaltung haben die Reparaturen 8 Millionen Euro gekostet. Das stimmt so nicht, sagte ein Gewerkschaftssprecher.'],
    ['en', 'The mayor said on Tuesday that the bridge would reopen in May. The repairs cost 8 million euros, according to the city administration. That is not the case, a union spokesman said.'],
  ] as const)('denies the claim just before (%s)', (language, text) => {
    const run = extractClaims(text, { language });
    expect(run.claims.map((c) => c.stance)).toEqual(['asserts', 'asserts', 'denies']);
    expect(run.links).toEqual([{ from: 'c3', to: 'c2', relation: 'denies' }]);
  });
});
