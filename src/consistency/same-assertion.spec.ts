import { extractQuantities } from '../quantities/index.js';
import type { Language } from '../quantities/quantity.js';
import { comparisonKey } from './rules.js';
import { sameAssertion } from './same-assertion.js';
import type { RuleQuantity } from './types.js';

const figure = (claimId: string, text: string, language: Language, claimant: string, day: number): RuleQuantity => {
  const [quantity] = extractQuantities(text, { language });
  return { claimId, index: 0, quantity, claimant, referenceDate: new Date(Date.UTC(2024, 3, day)), key: comparisonKey(text, quantity, language) };
};

describe('sameAssertion: one claimant\'s figure held in two claims', () => {
  it('is the same assertion when the claimant, the figure and the day match (English)', () => {
    const a = figure('a', 'Kyiv says more than 14,000 Russian soldiers have been killed.', 'en', 'Ukrainian general staff', 3);
    const b = figure('b', 'More than 14,000 Russian soldiers have been killed, Kyiv says.', 'en', 'Ukrainian  General Staff', 4);
    expect(sameAssertion(a, b)).toBe(true);
    expect(sameAssertion(a, { ...b, claimId: 'a' })).toBe(false);
  });

  it('is the same assertion across wording in German', () => {
    const a = figure('a', 'Mehr als 14.000 russische Soldaten seien getötet worden.', 'de', 'Generalstab der Ukraine', 3);
    const b = figure('b', 'Der Generalstab spricht von mehr als 14.000 getöteten russischen Soldaten.', 'de', 'Generalstab der Ukraine', 3);
    expect(sameAssertion(a, b)).toBe(true);
  });

  it('is not when the claimant, the figure, the measure or the time differ (German and English)', () => {
    const a = figure('a', 'More than 14,000 Russian soldiers have been killed.', 'en', 'Ukrainian general staff', 3);
    expect(sameAssertion(a, figure('b', 'More than 14,000 Russian soldiers have been killed.', 'en', 'Pentagon', 3))).toBe(false);
    expect(sameAssertion(a, figure('b', 'More than 15,000 Russian soldiers have been killed.', 'en', 'Ukrainian general staff', 3))).toBe(false);
    expect(sameAssertion(a, figure('b', 'More than 14,000 Russian soldiers have been wounded.', 'en', 'Ukrainian general staff', 3))).toBe(false);
    expect(sameAssertion(a, figure('b', 'More than 14,000 Russian soldiers have been killed.', 'en', 'Ukrainian general staff', 9))).toBe(false);
    const g = figure('g', 'Rund 5.000 ukrainische Soldaten wurden verwundet.', 'de', 'Verteidigungsministerium', 3);
    expect(sameAssertion(g, figure('h', 'Rund 6.000 ukrainische Soldaten wurden verwundet.', 'de', 'Verteidigungsministerium', 3))).toBe(false);
    expect(sameAssertion(g, figure('h', 'Rund 5.000 ukrainische Soldaten wurden verwundet.', 'de', 'Verteidigungsministerium', 3))).toBe(true);
  });
});
