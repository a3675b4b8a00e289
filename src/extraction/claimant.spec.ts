import { tokenize } from '../text/index.js';
import { describeClaimant } from './claimant.js';

const describe_ = (phrase: string, lang: 'de' | 'en') => describeClaimant(tokenize(phrase).map((t) => t.token), lang)?.claimant ?? null;

describe('describeClaimant: role + organisation + name, German', () => {
  it.each([
    ['der Sprecher des chinesischen Außenministeriums Zhao Lijian', 'Zhao Lijian', 'Chinese foreign ministry', 'CN'],
    ['US-Beamte', 'U.S. officials', null, 'US'],
    ['ein US-Beamter', 'U.S. official', null, 'US'],
    ['Putins Sprecher Dmitri Peskow', 'Dmitry Peskov', 'Kremlin', 'RU'],
    ['Kremlsprecher', 'Kremlin spokesperson', 'Kremlin', 'RU'],
    ['ein hochrangiger Verteidigungsbeamter', 'senior defence official', 'defence ministry', null],
    ['der Sprecher des polnischen Verteidigungsministeriums Jan Nowak', 'Jan Nowak', 'Polish defence ministry', 'PL'],
    ['das russische Außenministerium', 'Russian foreign ministry', null, 'RU'],
    ['die Pressesprecherin des Weißen Hauses', 'White House spokesperson', 'White House', 'US'],
    ['US-Außenminister Antony Blinken', 'Antony Blinken', 'State Department', 'US'],
    ['Nato-Generalsekretär Mark Rutte', 'Mark Rutte', 'NATO', null],
    ['die malische Übergangsregierung', 'Malian government', null, 'ML'],
    ['die finnischen Behörden', 'Finnish authorities', null, 'FI'],
    ['China', 'China', null, 'CN'],
    // a capital that speaks alone stands for its government
    ['Moskau', 'Russian government', null, 'RU'],
    ['Kyjiw', 'Ukrainian government', null, 'UA'],
  ])('%s', (phrase, name, affiliation, country) => {
    expect(describe_(phrase, 'de')).toEqual({ name, affiliation, country });
  });
});

describe('describeClaimant: role + organisation + name, English', () => {
  it.each([
    ['Chinese foreign ministry spokesman Zhao Lijian', 'Zhao Lijian', 'Chinese foreign ministry', 'CN'],
    ['U.S. officials', 'U.S. officials', null, 'US'],
    ['a senior Pentagon official', 'senior Pentagon official', 'Pentagon', 'US'],
    ["the Kremlin's spokesman Dmitry Peskov", 'Dmitry Peskov', 'Kremlin', 'RU'],
    ["Russia's defence ministry", 'Russian defence ministry', null, 'RU'],
    ['a spokesperson for the Chinese foreign ministry', 'Chinese foreign ministry spokesperson', 'Chinese foreign ministry', 'CN'],
    ['Thai intelligence officials', 'Thai intelligence officials', 'Thai intelligence service', 'TH'],
    ['State regulators', 'State regulators', null, null],
    ['the Pilots Association', 'Pilots Association', null, null],
    ['a former researcher at Calverton Pharma', 'former Calverton Pharma researcher', 'Calverton Pharma', null],
    ['German carmakers', 'German carmakers', null, 'DE'],
    ['Dr. Elena Varga', 'Elena Varga', null, null],
  ])('%s', (phrase, name, affiliation, country) => {
    expect(describe_(phrase, 'en')).toEqual({ name, affiliation, country });
  });
});

describe('describeClaimant: phrases that name nobody', () => {
  it.each([
    ['Berichte über zivile Opfer', 'de'],
    ['der Bericht', 'de'],
    ['the report', 'en'],
    ['the', 'en'],
    ['', 'de'],
  ] as const)('%s', (phrase, lang) => expect(describe_(phrase, lang)).toBeNull());

  it('a report names its owner', () => {
    expect(describe_('dem Bericht des Pentagons', 'de')).toEqual({ name: 'Pentagon', affiliation: null, country: 'US' });
  });
});

describe('describeClaimant: bodies that carry their country, capitals for their governments', () => {
  it.each([
    ['de', 'die Bundeswehr', 'Bundeswehr', null, 'DE'],
    ['de', 'ein Bundeswehrsprecher', 'Bundeswehr spokesperson', 'Bundeswehr', 'DE'],
    ['de', 'ein Sprecher des Auswärtigen Amtes', 'German foreign ministry spokesperson', 'German foreign ministry', 'DE'],
    ['de', 'die Internationale Atomenergiebehörde', 'IAEA', null, null],
    ['de', 'Peking', 'Chinese government', null, 'CN'],
    ['de', 'der Gazprom-Konzern', 'Gazprom', null, 'RU'],
    ['en', 'the Bundeswehr', 'Bundeswehr', null, 'DE'],
    ['en', "a spokesman for the People's Liberation Army", "People's Liberation Army spokesperson", "People's Liberation Army", 'CN'],
    ['en', 'the IAEA', 'IAEA', null, null],
    ['en', 'Washington', 'U.S. government', null, 'US'],
    ['en', 'Beijing', 'Chinese government', null, 'CN'],
  ])('%s: %s', (lang, phrase, name, affiliation, country) => {
    expect(describe_(phrase, lang as 'de' | 'en')).toEqual({ name, affiliation, country });
  });

  it('reads an acronym only as written: "who" is no health organisation', () => {
    expect(describe_('WHO', 'en')).toEqual({ name: 'WHO', affiliation: null, country: null });
    expect(describe_('who', 'en')?.name).not.toBe('WHO');
  });

  it('keeps a capital inside a longer phrase a place, not a government', () => {
    expect(describe_('die Botschaft in Moskau', 'de')?.name).not.toMatch(/government/);
    expect(describe_('a Washington lobbyist', 'en')?.name).not.toMatch(/government/);
  });
});

describe('describeClaimant: a region names its country and the claimant', () => {
  it.each([
    ['de', 'das niedersächsische Agrarministerium', 'Lower Saxony agriculture ministry', null, 'DE'],
    ['de', 'ein Sprecher des hessischen Innenministeriums', 'Hessian interior ministry spokesperson', 'Hessian interior ministry', 'DE'],
    ['de', 'die Kärntner Landesregierung', 'Carinthian government', null, 'AT'],
    ['en', 'the Bavarian interior ministry', 'Bavarian interior ministry', null, 'DE'],
    ['en', "Styria's government", 'Styrian government', null, 'AT'],
  ])('%s: %s', (lang, phrase, name, affiliation, country) => {
    expect(describe_(phrase, lang as 'de' | 'en')).toEqual({ name, affiliation, country });
  });
});

describe('describeClaimant: a military rank is no part of the name', () => {
  it('German and English', () => {
    expect(describe_('Oberst Jan Kowal', 'de')?.name).toBe('Jan Kowal');
    expect(describe_('Spokesman Colonel Jan Kowal', 'en')?.name).toBe('Jan Kowal');
  });
});

describe("describeClaimant: an English possessive before the head is named as German's genitive is", () => {
  it.each<['de' | 'en', string, string]>([
    ['en', "the company's spokesman", 'company spokesperson'],
    ['de', 'der Sprecher des Unternehmens', 'company spokesperson'],
    ['en', "the Danish navy's press office", 'Danish navy press office'],
    ['en', "the city’s port authority", 'city port authority'],
  ])('%s: %s', (lang, phrase, name) => {
    expect(describe_(phrase, lang)?.name).toBe(name);
  });
});
