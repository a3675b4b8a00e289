import { extractQuantities, type Language } from '../quantities/index.js';
import { boundedPartners, figureSignature } from './partner-bound.js';
import { compareAgainst, DEFAULT_CONSISTENCY_OPTIONS, type RuleQuantity } from './rules.js';

// claims in our own words; their figures come from the real parser
function figure(claimId: string, claimant: string, date: string, text: string, language: Language): RuleQuantity {
  const [quantity] = extractQuantities(text, { language });
  if (!quantity) throw new Error(`no figure in ${text}`);
  return { claimId, index: 0, quantity, referenceDate: new Date(date), claimant };
}

describe.each([
  {
    language: 'en' as const,
    low: 'Between 5,000 and 9,000 Russian soldiers have been killed.',
    lowAgain: 'Between 5,000 and 9,000 Russian soldiers were killed so far.',
    other: 'About 7,000 Russian soldiers have been killed.',
    high: 'More than 13,500 Russian soldiers have been killed.',
  },
  {
    language: 'de' as const,
    low: 'Zwischen 5.000 und 9.000 russische Soldaten sind getötet worden.',
    lowAgain: 'Bisher wurden zwischen 5.000 und 9.000 russische Soldaten getötet.',
    other: 'Etwa 7.000 russische Soldaten sind getötet worden.',
    high: 'Mehr als 13.500 russische Soldaten wurden getötet.',
  },
])('partner bound ($language)', ({ language, low, lowAgain, other, high }) => {
  const target = figure('t', 'Ukrainian general staff', '2022-03-16T00:00:00Z', high, language);

  it('compares one claimant\'s repeated figure once, through its earliest claim, and still finds the conflict', () => {
    const repeats = [
      figure('c3', 'U.S. officials', '2022-03-15T00:00:00Z', lowAgain, language),
      figure('c1', 'U.S. officials', '2022-03-14T00:00:00Z', low, language),
      figure('c2', 'U.S. officials', '2022-03-14T00:00:00Z', low, language),
    ];
    expect(figureSignature(repeats[0].claimant, repeats[0].quantity)).toBe(figureSignature(repeats[1].claimant, repeats[1].quantity));
    const chosen = boundedPartners(repeats);
    expect(chosen.map((p) => p.claimId)).toEqual(['c1']);
    const flags = compareAgainst([target], chosen, DEFAULT_CONSISTENCY_OPTIONS);
    expect(flags.map((f) => f.claimIds)).toEqual([['c1', 't']]);
  });

  it('keeps each claimant and each distinct figure', () => {
    const partners = [
      figure('a', 'U.S. officials', '2022-03-14T00:00:00Z', low, language),
      figure('b', 'British intelligence', '2022-03-14T00:00:00Z', low, language),
      figure('c', 'U.S. officials', '2022-03-13T00:00:00Z', other, language),
    ];
    expect(boundedPartners(partners).map((p) => p.claimId)).toEqual(['c', 'a', 'b']);
    // every distinct (claimant, figure) that conflicts is flagged: none is lost to the bound
    expect(compareAgainst([target], boundedPartners(partners)).map((f) => f.claimIds[0]).sort()).toEqual(['a', 'b', 'c']);
  });

  it('always keeps a partner already flagged with the claim, once', () => {
    const rep = figure('c1', 'U.S. officials', '2022-03-14T00:00:00Z', low, language);
    const flagged = figure('c2', 'U.S. officials', '2022-03-15T00:00:00Z', low, language);
    expect(boundedPartners([rep, flagged], [flagged, flagged]).map((p) => p.claimId)).toEqual(['c1', 'c2']);
    expect(boundedPartners([], [flagged]).map((p) => p.claimId)).toEqual(['c2']);
  });
});
