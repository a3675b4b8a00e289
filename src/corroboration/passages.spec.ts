import fc from 'fast-check';
import { type Passage, splitPassages } from './passages.js';

const texts = (passages: Passage[]) => passages.map((p) => p.text);

describe('splitPassages', () => {
  it('splits German text into sentences without breaking at ordinals, dates or abbreviations', () => {
    const text =
      'Am 14. März traf sich Dr. Weber mit Vertretern der Regierung, z. B. dem Außenminister. ' +
      'Dabei ging es um Hilfen von rund 9,2 Mrd. Euro für die Ukraine bis Ende des Jahres.';
    expect(texts(splitPassages(text, { language: 'de' }))).toEqual([
      'Am 14. März traf sich Dr. Weber mit Vertretern der Regierung, z. B. dem Außenminister.',
      'Dabei ging es um Hilfen von rund 9,2 Mrd. Euro für die Ukraine bis Ende des Jahres.',
    ]);
  });

  it('splits English text into sentences without breaking at titles, initials or "U.S."', () => {
    const text =
      'Mr. Burns told lawmakers that the U.S. had shared its findings with allies in Europe. ' +
      'He said William J. Harper, a senior analyst, had briefed the committee on the figures.';
    expect(texts(splitPassages(text, { language: 'en' }))).toEqual([
      'Mr. Burns told lawmakers that the U.S. had shared its findings with allies in Europe.',
      'He said William J. Harper, a senior analyst, had briefed the committee on the figures.',
    ]);
  });

  it('keeps a short reaction with the sentence it answers (German and English)', () => {
    const de = 'Washington wirft Moskau vor, in Peking um Kampfdrohnen gebeten zu haben. Der Kreml dementierte. Die Gespräche gehen weiter, hieß es aus Diplomatenkreisen.';
    expect(texts(splitPassages(de, { language: 'de' }))).toEqual([
      'Washington wirft Moskau vor, in Peking um Kampfdrohnen gebeten zu haben. Der Kreml dementierte.',
      'Die Gespräche gehen weiter, hieß es aus Diplomatenkreisen.',
    ]);
    const en = 'Washington accuses Moscow of seeking combat drones from Beijing. China denied it. Talks are continuing, according to diplomats in the region.';
    expect(texts(splitPassages(en, { language: 'en' }))[0]).toBe(
      'Washington accuses Moscow of seeking combat drones from Beijing. China denied it.',
    );
  });

  it('joins a short opening line (a dateline) to the sentence after it', () => {
    const text = '15 March 2024\n\nBeijing dismissed the reports about weapons deliveries as a smear campaign.';
    expect(splitPassages(text, { language: 'en' })).toHaveLength(1);
  });

  it('treats a line break as the end of a headline without full stop', () => {
    const text = 'Moskau soll Peking um Militärhilfe gebeten haben\nDas berichten amerikanische Beamte unter Berufung auf Geheimdienste.';
    expect(texts(splitPassages(text, { language: 'de' }))).toEqual([
      'Moskau soll Peking um Militärhilfe gebeten haben',
      'Das berichten amerikanische Beamte unter Berufung auf Geheimdienste.',
    ]);
  });

  it('cuts an overlong sentence at word boundaries', () => {
    const text = `${'Drohnen '.repeat(200).trim()}.`;
    const passages = splitPassages(text, { language: 'de', maxChars: 100 });
    expect(passages.length).toBeGreaterThan(10);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(100);
      expect(p.text.startsWith('Drohnen')).toBe(true);
    }
  });

  it('yields nothing for empty or blank text', () => {
    expect(splitPassages('')).toEqual([]);
    expect(splitPassages(' \n\t ')).toEqual([]);
  });

  it('numbers passages in order, and their offsets always point at their text (property)', () => {
    const word = fc.constantFrom('Kiew', 'Kyiv', 'Dr.', 'z. B.', 'U.S.', '5.000', '20.', 'März', 'denied', 'nicht', '!', '?', '\n', '  ', '„Nein.“');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), fc.constantFrom('de' as const, 'en' as const), (words, language) => {
        const text = words.join(' ');
        const passages = splitPassages(text, { language, maxChars: 60 });
        let previousEnd = 0;
        passages.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(p.text).toBe(text.slice(p.start, p.end));
          expect(p.text).toBe(p.text.trim());
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = p.end;
        });
        // nothing but whitespace is lost between passages
        const covered = passages.map((p) => p.text).join('').replace(/\s/g, '');
        expect(covered).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
