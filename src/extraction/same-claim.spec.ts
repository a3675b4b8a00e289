import { boundedDistance, findSameClaim, nearIdenticalText, sameClaimant } from './same-claim.js';

describe('boundedDistance', () => {
  it.each([
    ['kitten', 'sitting', 5, 3],
    ['', 'abc', 5, 3],
    ['abc', 'abc', 0, 0],
    ['abcdef', 'abcxef', 1, 1],
    ['abcdef', 'uvwxyz', 2, 3],
    ['short', 'a much longer text', 3, 4],
  ])('%s ↔ %s within %d → %d', (a, b, limit, expected) => {
    expect(boundedDistance(a, b, limit)).toBe(expected);
  });
});

describe('sameClaimant', () => {
  it('compares names without case', () => {
    expect(sameClaimant('U.S. officials', 'u.s. OFFICIALS')).toBe(true);
    expect(sameClaimant('Außenministerium', 'AUSSENMINISTERIUM'.toLowerCase())).toBe(false);
    expect(sameClaimant('Dmitry Peskov', 'Dmitri Peskow')).toBe(false);
  });
});

describe('nearIdenticalText', () => {
  it('treats texts differing only in typography as the same (English)', () => {
    expect(nearIdenticalText('The port handled “412 ships” in March.', 'the port handled 412 ships in march')).toBe(true);
  });
  it('treats texts differing only in typography as the same (German)', () => {
    expect(nearIdenticalText('Der Hafen fertigte im März „412 Schiffe“ ab.', 'der hafen fertigte im märz 412 schiffe ab')).toBe(true);
  });
  it('accepts a one-letter slip in a long sentence but not a changed figure in a short one', () => {
    expect(nearIdenticalText(
      'Die Regierung habe im vergangenen Jahr mehr als zwei Milliarden Euro für den Ausbau der Netze bereitgestellt',
      'Die Regierung habe im vergangenen Jahr mehr als zwei Milliarden Euro fuer den Ausbau der Netze bereitgestellt',
    )).toBe(true);
    expect(nearIdenticalText('Turnout was 61 percent', 'Turnout was 16 percent')).toBe(false);
    expect(nearIdenticalText('Die Wahlbeteiligung lag bei 61 Prozent', 'Die Wahlbeteiligung lag bei 16 Prozent')).toBe(false);
  });
  it('rejects different statements', () => {
    expect(nearIdenticalText('Moscow asked Beijing for drones', 'Beijing denied that Moscow asked for drones')).toBe(false);
    expect(nearIdenticalText('Moskau bat Peking um Drohnen', 'Peking bestritt, dass Moskau um Drohnen bat')).toBe(false);
  });
});

describe('findSameClaim', () => {
  const held = [
    { id: 'a', text: 'Moscow asked Beijing for drones and money', claimantName: 'U.S. officials' },
    { id: 'b', text: 'Moskau habe Peking um Drohnen und Geld gebeten', claimantName: 'US-Beamte' },
  ];
  it('needs the same claimant and near-identical text', () => {
    expect(findSameClaim({ text: 'Moscow asked Beijing for drones and money.', claimantName: 'u.s. officials' }, held)?.id).toBe('a');
    expect(findSameClaim({ text: 'Moscow asked Beijing for drones and money.', claimantName: 'Dmitry Peskov' }, held)).toBeNull();
    expect(findSameClaim({ text: 'Moskau habe Peking um Drohnen und Geld gebeten.', claimantName: 'us-beamte' }, held)?.id).toBe('b');
    expect(findSameClaim({ text: 'Moskau habe Peking um Panzer gebeten.', claimantName: 'US-Beamte' }, held)).toBeNull();
  });
});
