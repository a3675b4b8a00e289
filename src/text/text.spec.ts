import {
  canonicalNumber,
  contentTerms,
  detectLanguage,
  entityOf,
  findEntities,
  isStopword,
  normalise,
  stem,
  tokenize,
} from './index.js';

describe('tokenize', () => {
  it.each([
    ['US-Beamte sagten 5.000', ['US', 'Beamte', 'sagten', '5.000']],
    ['the U.S. said 9.2 billion', ['the', 'U.S.', 'said', '9.2', 'billion']],
    ["China's envoy", ["China's", 'envoy']],
    ['z.B. 1,5 Mio.', ['z.B.', '1,5', 'Mio']],
    ['„Nein“, sagte er.', ['Nein', 'sagte', 'er']],
    ['  —  ', []],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.token)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const text = 'Der Kreml, am 2. Mai.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.token);
    expect(tokenize(text)[1]).toEqual({ token: 'Kreml', start: 4, end: 9 });
  });
});

describe('normalise', () => {
  it.each([
    ['„Das ist  FALSCH“ – sagte er', '"das ist falsch" - sagte er'],
    ['It’s «fake»', `it's "fake"`],
    ['Stra\u00adße', 'straße'],
  ])('%s', (text, expected) => expect(normalise(text)).toBe(expected));
});

describe('stem', () => {
  it.each([
    ['Drohnen', 'de', 'drohn'],
    ['militärische', 'de', 'militar'],
    ['militärischen', 'de', 'militar'],
    ['drones', 'en', 'drone'],
    ["ministry's", 'en', 'ministri'],
    ['Officials', 'en', 'offici'],
  ] as const)('%s (%s) → %s', (word, lang, expected) => expect(stem(word, lang)).toBe(expected));
});

describe('isStopword', () => {
  it.each([
    ['und', 'de', true], ['Der', 'de', true], ['sagte', 'de', true], ['Drohnen', 'de', false],
    ['the', 'en', true], ['According', 'en', true], ['drones', 'en', false], ['und', 'en', false],
  ] as const)('%s (%s) → %s', (word, lang, expected) => expect(isStopword(word, lang)).toBe(expected));
});

describe('entityOf', () => {
  it.each([
    ['Russland', 'ent_ru', 'RU', 'Russia'],
    ['Russia', 'ent_ru', 'RU', 'Russia'],
    ['russischen', 'ent_ru', 'RU', 'Russian'],
    ['Russian', 'ent_ru', 'RU', 'Russian'],
    ['Moskau', 'ent_ru', 'RU', 'Moscow'],
    ['Kremls', 'ent_ru', 'RU', 'Kremlin'],
    ['Kremlin', 'ent_ru', 'RU', 'Kremlin'],
    ['chinesischen', 'ent_cn', 'CN', 'Chinese'],
    ['Peking', 'ent_cn', 'CN', 'Beijing'],
    ["China's", 'ent_cn', 'CN', 'China'],
    ['Chinas', 'ent_cn', 'CN', 'China'],
    ['US', 'ent_us', 'US', 'United States'],
    ['U.S.', 'ent_us', 'US', 'United States'],
    ['amerikanische', 'ent_us', 'US', 'U.S.'],
    ['Kiew', 'ent_ua', 'UA', 'Kyiv'],
    ['Kyiv', 'ent_ua', 'UA', 'Kyiv'],
    ['Nordkorea', 'ent_kp', 'KP', 'North Korea'],
    ['Pjöngjang', 'ent_kp', 'KP', 'Pyongyang'],
    ['Nato', 'ent_nato', null, 'NATO'],
    ['Pentagon', 'ent_pentagon', 'US', 'Pentagon'],
  ])('%s → %s', (word, id, country, label) => {
    expect(entityOf(word)).toMatchObject({ id, country, label });
  });

  it.each(['us', 'Us', 'eu', 'Sprecher', 'spokesman', 'Russ', ''])('%s is no entity', (word) => {
    expect(entityOf(word)).toBeNull();
  });
});

describe('findEntities', () => {
  it.each([
    ['die Vereinigten Staaten und Nordkorea', ['ent_us', 'ent_kp']],
    ['North Korean troops near the White House', ['ent_kp', 'ent_white_house']],
    ['des Weißen Hauses in Washington', ['ent_white_house', 'ent_us']],
    ['nothing to see here', []],
  ])('%s', (text, ids) => {
    expect(findEntities(tokenize(text)).map((e) => e.match.id)).toEqual(ids);
  });
});

describe('canonicalNumber', () => {
  it.each([
    ['5.000', 'de', 0, '5000'],
    ['5,000', 'en', 0, '5000'],
    ['9,2', 'de', 9, '9200000000'],
    ['9.2', 'en', 9, '9200000000'],
    ['150.000', 'de', 0, '150000'],
    ['1.234.567', 'en', 0, '1234567'],
    ['0,5', 'de', 0, '0.5'],
    ['2,1', 'de', 9, '2100000000'],
    ['61', 'en', 9, '61000000000'],
    ['12.5', 'de', 0, '12.5'],
  ] as const)('%s (%s, 10^%d) → %s', (written, lang, exp, expected) => {
    expect(canonicalNumber(written, lang, exp)).toBe(expected);
  });
});

describe('contentTerms', () => {
  it('maps aliases, numbers and stems the same way in both languages where they agree', () => {
    expect(contentTerms('Der Kreml bat Peking um 5.000 Drohnen.', 'de')).toEqual(['ent_ru', 'bat', 'ent_cn', '5000', 'drohn']);
    expect(contentTerms('Moscow asked Beijing for 5,000 drones.', 'en')).toEqual(['ent_ru', 'ask', 'ent_cn', '5000', 'drone']);
  });

  it('folds scale words into the number', () => {
    expect(contentTerms('rund 9,2 Milliarden Dollar', 'de')).toEqual(['rund', '9200000000', 'dollar']);
    expect(contentTerms('about 9.2 billion dollars', 'en')).toEqual(['9200000000', 'dollar']);
  });

  it('keeps the pronoun "us" out of the entities', () => {
    expect(contentTerms('they told us', 'en')).toEqual([]);
  });

  it.each([
    ['', 'de'],
    ['und der die das sagte', 'de'],
    ['the and of said', 'en'],
  ] as const)('%s yields nothing', (text, lang) => expect(contentTerms(text, lang)).toEqual([]));
});

describe('detectLanguage', () => {
  it.each([
    ['Der Sprecher des Ministeriums wies den Bericht am Montag entschieden zurück und sprach von Propaganda.', 'de'],
    ['The ministry spokesman rejected the report on Monday and called it baseless propaganda from abroad.', 'en'],
    ['Nein, das ist nicht wahr.', 'de'],
    ['No, that is not true.', 'en'],
    ['Das stimmt', 'de'],
    ['Kremlin', 'en'],
    ['Kremlin', 'de'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text, text === 'Kremlin' ? (expected as 'de' | 'en') : undefined)).toBe(expected);
  });
});
