import { linkDenials, type LinkCandidate } from './links.js';

const claim = (ref: string, stance: 'asserts' | 'denies', name: string, terms: string[], extra: Partial<LinkCandidate> = {}): LinkCandidate => ({
  ref, stance, claimantName: name, terms: new Set(terms), contentless: false, ownTerms: terms.length, backRef: null, ...extra,
});

describe('linkDenials', () => {
  it('links a denial to the earlier claim it shares most with', () => {
    const claims = [
      claim('c1', 'asserts', 'U.S. officials', ['ent_ru', 'ent_cn', 'drone', 'aid']),
      claim('c2', 'asserts', 'Jen Psaki', ['sanction', 'ent_cn', 'consequ']),
      claim('c3', 'denies', 'China', ['ent_ru', 'drone', 'aid', 'ask']),
    ];
    expect(linkDenials(claims, 'c1')).toEqual([{ from: 'c3', to: 'c1', relation: 'denies' }]);
  });

  it('weighs shared numbers double', () => {
    const claims = [
      claim('c1', 'asserts', 'A', ['troop', 'border']),
      claim('c2', 'asserts', 'B', ['3000', 'north']),
      claim('c3', 'denies', 'C', ['troop', '3000', 'south']),
    ];
    expect(linkDenials(claims, 'c1')[0].to).toBe('c2');
  });

  it('sends a contentless denial to the main claim', () => {
    const claims = [claim('c1', 'asserts', 'A', ['x', 'y']), claim('c2', 'asserts', 'B', ['z', 'w']), claim('c3', 'denies', 'C', [], { contentless: true, ownTerms: 0 })];
    expect(linkDenials(claims, 'c2')).toEqual([{ from: 'c3', to: 'c2', relation: 'denies' }]);
  });

  it('sends "rejected that claim" to the claim just before', () => {
    const claims = [claim('c1', 'asserts', 'A', ['x', 'y']), claim('c2', 'asserts', 'B', ['z', 'w']), claim('c3', 'denies', 'C', ['q'], { backRef: 'previous' })];
    expect(linkDenials(claims, 'c1')[0].to).toBe('c2');
  });

  it('looks at later claims when no earlier one shares enough', () => {
    const claims = [claim('c1', 'denies', 'Quinn', ['12', 'hospit', 'close']), claim('c2', 'asserts', 'opposition', ['12', 'hospit', 'document'])];
    expect(linkDenials(claims, 'c2')).toEqual([{ from: 'c1', to: 'c2', relation: 'denies' }]);
  });

  it('never links a denial to its own claimant or to another denial', () => {
    const claims = [claim('c1', 'asserts', 'A', ['x', 'y']), claim('c2', 'denies', 'A', ['x', 'y']), claim('c3', 'denies', 'B', ['x', 'y'])];
    expect(linkDenials(claims, 'c1')).toEqual([{ from: 'c3', to: 'c1', relation: 'denies' }]);
  });

  it('links nothing when a long denial shares nothing', () => {
    const claims = [claim('c1', 'asserts', 'A', ['x', 'y']), claim('c2', 'denies', 'B', ['p', 'q', 'r', 's', 't'])];
    expect(linkDenials(claims, 'c1')).toEqual([]);
  });
});
