import fc from 'fast-check';
import { DEFAULT_SHINGLE_SIZE, normaliseForShingles, shingleWords, wordShingles } from './shingles.js';

describe('normaliseForShingles', () => {
  it('folds case, diacritics, punctuation and whitespace in German text', () => {
    expect(normaliseForShingles('Der  Kreml   WIES die Berichte\nüber Drohnen zurück – „falsch“!')).toBe(
      'der kreml wies die berichte uber drohnen zuruck falsch',
    );
  });

  it('folds the sharp s so "Außenministerium" and "Aussenministerium" agree', () => {
    expect(normaliseForShingles('Außenministerium')).toBe(normaliseForShingles('Aussenministerium'));
  });

  it('folds English typography: curly quotes, dashes, case', () => {
    expect(normaliseForShingles('Beijing’s “firm” reply — NO comment.')).toBe('beijing s firm reply no comment');
  });

  it('reads German and English digit grouping alike', () => {
    expect(normaliseForShingles('zwischen 5.000 und 9.000')).toBe('zwischen 5000 und 9000');
    expect(normaliseForShingles('between 5,000 and 9,000')).toBe('between 5000 and 9000');
  });

  it('yields nothing for text without letters or digits', () => {
    expect(normaliseForShingles(' — „“ ... !? ')).toBe('');
    expect(shingleWords('  ...  ')).toEqual([]);
  });
});

describe('wordShingles', () => {
  it('defaults to five-word shingles', () => {
    expect(DEFAULT_SHINGLE_SIZE).toBe(5);
    expect(wordShingles('Moskau bat Peking um Drohnen und Geld')).toEqual([
      'moskau bat peking um drohnen',
      'bat peking um drohnen und',
      'peking um drohnen und geld',
    ]);
  });

  it('takes a configurable size on English text', () => {
    expect(wordShingles('Russia asked China for drones', 3)).toEqual([
      'russia asked china',
      'asked china for',
      'china for drones',
    ]);
  });

  it('keeps each shingle once', () => {
    expect(wordShingles('the war the war the war', 2)).toEqual(['the war', 'war the']);
  });

  it('turns a text shorter than k words into one shingle, and an empty text into none', () => {
    expect(wordShingles('Kiew dementiert')).toEqual(['kiew dementiert']);
    expect(wordShingles('Kyiv denies')).toEqual(['kyiv denies']);
    expect(wordShingles('')).toEqual([]);
    expect(wordShingles('!!!')).toEqual([]);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => wordShingles('a b c', 0)).toThrow(RangeError);
    expect(() => wordShingles('a b c', 2.5)).toThrow(RangeError);
  });

  it('has n − k + 1 shingles for n distinct words (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }), (n, k) => {
        const text = Array.from({ length: n }, (_, i) => `wort${i}`).join(' ');
        expect(wordShingles(text, k)).toHaveLength(n <= k ? 1 : n - k + 1);
      }),
    );
  });

  it('does not depend on case or spacing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zäöü]{1,8}$/), { maxLength: 30 }), (words) => {
        const plain = words.join(' ');
        const noisy = words.map((w) => w.toUpperCase()).join(' \n\t ');
        expect(wordShingles(noisy)).toEqual(wordShingles(plain));
      }),
    );
  });
});
