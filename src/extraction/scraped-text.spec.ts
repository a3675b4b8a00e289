import { extractClaims } from './claims-from-text.js';
import { sentenceTokens } from './sentence-tokens.js';

// Text scraped from news pages loses spaces where a link ended ("… die UkraineLaut US-Beamten") and
// commas before a closing source; the attribution must survive both.
const claimsOf = (text: string) => extractClaims(text).claims.map((c) => ({ name: c.claimant.name, stance: c.stance, text: c.text }));

describe('glued words in scraped text', () => {
  it('splits a word glued to a following function word, with exact offsets', () => {
    const text = 'gebeten UkraineLaut US-Beamten';
    const tokens = sentenceTokens(text).map((t) => [t.token, text.slice(t.start, t.end)]);
    expect(tokens).toEqual([['gebeten', 'gebeten'], ['Ukraine', 'Ukraine'], ['Laut', 'Laut'], ['US', 'US'], ['Beamten', 'Beamten']]);
  });

  it('keeps camel-case names whole', () => {
    expect(sentenceTokens('RiverWatch BlackRock McDonald FlussWacht').map((t) => t.token)).toEqual(['RiverWatch', 'BlackRock', 'McDonald', 'FlussWacht']);
  });

  it('finds "laut X" glued to the claim (German)', () => {
    expect(claimsOf('Meldung\n\nMoskau hat Peking im Krieg gegen die UkraineLaut US-Beamten um Geld gebeten.')).toEqual([
      { name: 'U.S. officials', stance: 'asserts', text: 'Moskau hat Peking im Krieg gegen die UkraineLaut US-Beamten um Geld gebeten' },
    ]);
    expect(claimsOf('Meldung\n\nMoskau hat Peking um Geld für den Krieg gegen die UkraineLaut US-Beamten.')).toEqual([
      { name: 'U.S. officials', stance: 'asserts', text: 'Moskau hat Peking um Geld für den Krieg gegen die Ukraine' },
    ]);
  });

  it('finds "according to X" glued to the claim (English)', () => {
    expect(claimsOf('Report\n\nMoscow asked Beijing for money to fund the war in UkraineAccording to U.S. officials.')).toEqual([
      { name: 'U.S. officials', stance: 'asserts', text: 'Moscow asked Beijing for money to fund the war in Ukraine' },
    ]);
  });

  it('keeps a camel-case claimant whole (English and German)', () => {
    expect(claimsOf('Report\n\nRiverWatch said the official numbers were far too low.')[0]).toMatchObject({ name: 'RiverWatch' });
    expect(claimsOf('Meldung\n\nDie Umweltgruppe FlussWacht erklärte, die amtlichen Werte seien viel zu niedrig.')[0]).toMatchObject({ name: 'FlussWacht' });
  });
});

describe('a source closing the sentence without a comma', () => {
  it('is no part of the claim (German)', () => {
    expect(claimsOf('Meldung\n\nDie Verbraucherpreise stiegen im Oktober um fünf Prozent laut dem Statistikamt.')[0]).toMatchObject({
      text: 'Die Verbraucherpreise stiegen im Oktober um fünf Prozent',
    });
  });

  it('is no part of the claim (English)', () => {
    expect(claimsOf('Report\n\nConsumer prices rose by five percent in October according to the statistics office.')[0]).toMatchObject({
      name: 'statistics office', text: 'Consumer prices rose by five percent in October',
    });
  });

  it('inside the sentence leaves the sentence whole (German and English)', () => {
    expect(claimsOf('Meldung\n\nRussland ist laut US-Beamten weit hinter seinen Zielen zurückgeblieben.')[0]).toMatchObject({
      name: 'U.S. officials', text: 'Russland ist laut US-Beamten weit hinter seinen Zielen zurückgeblieben',
    });
    expect(claimsOf('Report\n\nRussia is according to U.S. officials far behind its own goals.')[0]).toMatchObject({
      name: 'U.S. officials', text: 'Russia is according to U.S. officials far behind its own goals',
    });
  });
});
