import { linkDenials, partyTerms, type LinkCandidate } from './links.js';

const claim = (ref: string, stance: 'asserts' | 'denies', name: string, terms: string[], extra: Partial<LinkCandidate> = {}): LinkCandidate => ({
  ref, stance, claimant: { name, affiliation: null, country: null }, terms: new Set(terms), contentless: false, ownTerms: terms.length, backRef: null, ...extra,
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

  it('never links a denial to a claim of its own side: a spokesperson does not deny the body he speaks for', () => {
    const ministry = { name: 'Polish agriculture ministry', affiliation: null, country: 'PL' };
    const claims = [
      claim('c1', 'asserts', 'Polish agriculture ministry', ['harvest', '12', 'fall'], { claimant: ministry }),
      claim('c2', 'denies', 'Jonas Berger', ['harvest', '12', 'propaganda'], { claimant: { name: 'Jonas Berger', affiliation: 'Polish agriculture ministry', country: 'PL' } }),
    ];
    expect(linkDenials(claims, 'c1')).toEqual([]);
  });

  it('a short denial that says what it denies answers no main claim it shares nothing with', () => {
    const claims = [claim('c1', 'asserts', 'police', ['paper', 'burn', 'warehous']), claim('c2', 'denies', 'Korvex', ['chemic', 'leak'])];
    expect(linkDenials(claims, 'c1')).toEqual([]);
  });

  it('a short denial about what the main claim is about answers it, a German compound counting ("Preise" – "Preiserhöhung")', () => {
    // de: "die Fähre werde ihre Preise verdoppeln" – "bestritt, dass eine Preiserhöhung beschlossen worden sei"
    const de = [claim('c1', 'asserts', 'Hafenbehörde', ['fahr', 'preis', 'verdoppeln']), claim('c2', 'denies', 'Lena Hart', ['preiserhoh', 'beschloss'])];
    expect(linkDenials(de, 'c1')).toEqual([{ from: 'c2', to: 'c1', relation: 'denies' }]);
    // en: "the ferry will double its prices" – "denied that a price rise had been decided"
    const en = [claim('c1', 'asserts', 'port authority', ['ferri', 'price', 'doubl']), claim('c2', 'denies', 'Lena Hart', ['price', 'rise', 'decid'])];
    expect(linkDenials(en, 'c1')).toEqual([{ from: 'c2', to: 'c1', relation: 'denies' }]);
    // a word that merely begins like one of the claim's is not enough when it is short ("neu" – "neuwahl")
    const short = [claim('c1', 'asserts', 'A', ['neu', 'schiff']), claim('c2', 'denies', 'B', ['neuwahl', 'geplant'])];
    expect(linkDenials(short, 'c1')).toEqual([]);
  });

  it('a short denial by the party the main claim names answers it ("a truck from Belarus …" – Belarus denied)', () => {
    const claims = [
      claim('c1', 'asserts', 'Lithuanian police', ['truck', 'ent_by', '40', 'copper'], { claimant: { name: 'Lithuanian police', affiliation: null, country: 'LT' } }),
      claim('c2', 'denies', 'Belarusian customs service', ['transport', 'happen'], { claimant: { name: 'Belarusian customs service', affiliation: null, country: 'BY' } }),
    ];
    expect(linkDenials(claims, 'c1')).toEqual([{ from: 'c2', to: 'c1', relation: 'denies' }]);
  });

  it('"the report" and a short denial point back: a main claim made after the denial is reached by content only', () => {
    const later = [claim('c1', 'denies', 'C', ['provoc'], { backRef: 'main', ownTerms: 1, contentless: true }), claim('c2', 'asserts', 'A', ['cod', 'stock'])];
    expect(linkDenials(later, 'c2')).toEqual([]);
    const sharing = [claim('c1', 'denies', 'C', ['drone', 'airspac'], { backRef: 'main' }), claim('c2', 'asserts', 'A', ['drone', 'airspac', '40'])];
    expect(linkDenials(sharing, 'c2')).toEqual([{ from: 'c1', to: 'c2', relation: 'denies' }]);
  });

  it.each([
    [{ name: 'Belarusian border guard', affiliation: null, country: 'BY' }, ['ent_by']],
    [{ name: 'Kremlin spokesperson', affiliation: 'Kremlin', country: 'RU' }, ['ent_ru']],
    [{ name: 'Korvex', affiliation: 'company', country: null }, []],
  ])('partyTerms(%j) = %j', (c, terms) => expect([...partyTerms(c)]).toEqual(terms));
});
