import fc from 'fast-check';
import { DEFAULT_SCORING_OPTIONS, bm25Relevance, scorePassage } from './scoring.js';
import { analyseText } from './terms.js';

const de = (text: string) => analyseText(text, 'de');
const en = (text: string) => analyseText(text, 'en');

describe('scorePassage', () => {
  const claimDe = de('Russland hat China um militärische Hilfe und 5.000 Drohnen gebeten.');
  const claimEn = en('Russia asked China for military help and 5,000 drones.');

  it('scores a German restatement high and an unrelated German text near zero', () => {
    const close = scorePassage(claimDe, de('Moskau bat Peking um 5.000 Drohnen und weitere militärische Hilfe.'));
    const far = scorePassage(claimDe, de('Der Fußballverein gewann das Pokalspiel am Samstag deutlich.'));
    expect(close.score).toBeGreaterThan(0.8);
    expect(close.entityOverlap).toBe(1);
    expect(close.numbers).toBe('all');
    expect(far.score).toBe(0);
    expect(far.shared).toEqual([]);
  });

  it('scores an English restatement high and an unrelated English text near zero', () => {
    expect(scorePassage(claimEn, en('Moscow asked Beijing for 5,000 drones and further military help.')).score).toBeGreaterThan(0.8);
    expect(scorePassage(claimEn, en('Heavy rain is expected across the north over the weekend.')).score).toBe(0);
  });

  it('weights names and figures above ordinary words', () => {
    const namesAndFigure = scorePassage(claimEn, en('Russia, China, 5,000.'));
    const wordsOnly = scorePassage(claimEn, en('military help and drones were asked for'));
    expect(namesAndFigure.termOverlap).toBeGreaterThan(wordsOnly.termOverlap);
  });

  it('compares only entities and numbers across languages', () => {
    const score = scorePassage(claimDe, en('Russia asked China for 5,000 drones.'));
    expect(score.sameLanguage).toBe(false);
    expect(score.stemOverlap).toBeNull();
    expect(score.termOverlap).toBe(1);
    expect(score.shared.sort()).toEqual(['5000', 'ent_cn', 'ent_ru']);
  });

  it('tells all, some and none of the claim’s figures apart', () => {
    const claim = de('Zwischen 5.000 und 9.000 russische Soldaten wurden getötet.');
    expect(scorePassage(claim, en('Between 5,000 and 9,000 Russian soldiers were killed.')).numbers).toBe('all');
    expect(scorePassage(claim, de('Mindestens 5.000 russische Soldaten starben.')).numbers).toBe('some');
    expect(scorePassage(claim, de('Rund 1.300 russische Soldaten starben.')).numbers).toBe('none');
    expect(scorePassage(de('Russische Soldaten starben.'), de('1.300 russische Soldaten starben.')).numbers).toBe('no_numbers');
  });

  it('leaves out the entity part when the claim names nobody', () => {
    const score = scorePassage(de('Die Inflation steigt weiter.'), de('Die Inflation steigt.'));
    expect(score.entityOverlap).toBeNull();
    expect(score.score).toBe(1);
  });

  it('blends in the FTS5 rank when given, and ignores it when not', () => {
    const passage = de('Moskau bat Peking um Drohnen.');
    const without = scorePassage(claimDe, passage);
    expect(scorePassage(claimDe, passage, null).score).toBe(without.score);
    expect(scorePassage(claimDe, passage, -50).score).toBeGreaterThan(scorePassage(claimDe, passage, -0.5).score);
  });

  it('is 0 for a claim without comparable terms', () => {
    expect(scorePassage(de('und der die das'), de('Moskau bat Peking um Drohnen.')).score).toBe(0);
  });

  it('stays within [0, 1] and is 1 for a passage identical to the claim (property)', () => {
    const words = fc.constantFrom('Russland', 'China', 'Kiew', 'Drohnen', 'Hilfe', '5.000', '9,2', 'Milliarden', 'nicht', 'Panzer', 'Moscow', 'drones', 'help');
    const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, fc.option(fc.double({ min: -100, max: 0, noNaN: true })), (a, b, bm25) => {
        const score = scorePassage(de(a), de(b), bm25).score;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        const self = scorePassage(de(a), de(a));
        if (self.termOverlap > 0) expect(self.score).toBe(1);
      }),
    );
  });
});

describe('bm25Relevance', () => {
  it('maps FTS5 bm25 (negative, lower is better) onto [0, 1)', () => {
    expect(bm25Relevance(0)).toBe(0);
    expect(bm25Relevance(-DEFAULT_SCORING_OPTIONS.bm25HalfPoint)).toBe(0.5);
    expect(bm25Relevance(-1e6)).toBeLessThan(1);
    expect(bm25Relevance(3)).toBe(0);
  });
});
