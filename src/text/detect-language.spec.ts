import { DEFAULT_LANGUAGE, detectLanguage } from './detect-language.js';

describe('detectLanguage on short fragments', () => {
  it.each([
    // German number formats and the words that come with figures decide, not the default.
    ['mehr als 150.000 russische Soldaten', 'de'],
    ['rund 9,2 Milliarden Dollar, davon 7,1 Milliarden für Waffen', 'de'],
    ['zwischen 5.000 und 9.000', 'de'],
    ['4,2 Mrd. Dollar', 'de'],
    ['knapp 12 Prozent', 'de'],
    ['150.000 Mann', 'de'],
    ['Es geht um 3,5', 'de'],
    ['more than 150,000 Russian soldiers', 'en'],
    ['about 9.2 billion dollars, of which 7.1 billion for weapons', 'en'],
    ['between 5,000 and 9,000', 'en'],
    ['$4.2 billion', 'en'],
    ['nearly 12 percent', 'en'],
    ['150,000 men', 'en'],
  ] as const)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('reads a date as neither language: the fallback answers', () => {
    expect(detectLanguage('14.03.2022', 'de')).toBe('de');
    expect(detectLanguage('14.03.2022', 'en')).toBe('en');
  });

  it('a figure alone says nothing: the fallback (or the default) answers', () => {
    expect(detectLanguage('5')).toBe(DEFAULT_LANGUAGE);
    expect(detectLanguage('5', 'de')).toBe('de');
    expect(detectLanguage('Dollar', 'de')).toBe('de');
  });

  it('a German number format beats the fallback when nothing else speaks', () => {
    expect(detectLanguage('150.000 Dollar', 'en')).toBe('de');
    expect(detectLanguage('150,000 Dollar', 'de')).toBe('en');
  });

  it('leaves longer texts to the trigram statistics', () => {
    const german = 'Die Regierung kündigte am Montag ein neues Paket an, das vor allem Munition enthält.';
    const english = 'The government announced a new package on Monday, which mostly contains ammunition.';
    expect(detectLanguage(german, 'en')).toBe('de');
    expect(detectLanguage(english, 'de')).toBe('en');
  });

  it('lets a clear lead of marker words decide a sentence the trigrams misread', () => {
    // a one-sentence wire line that trigram statistics take for German
    expect(detectLanguage('Kyiv says more than 14,000 Russian soldiers have been killed.')).toBe('en');
    expect(detectLanguage("Ukraine's general staff says more than 14,000 Russian soldiers have been killed so far.", 'de')).toBe('en');
    expect(detectLanguage('Kiew sagt, mehr als 14.000 russische Soldaten seien getötet worden.', 'en')).toBe('de');
    expect(detectLanguage('Der Generalstab meldet mehr als 14.000 getötete russische Soldaten.', 'en')).toBe('de');
  });
});
