import { extractQuantities } from '../quantities/index.js';
import type { Language } from '../quantities/quantity.js';
import { selectConflicts } from './conflict-selection.js';
import { countedKey, describeCountedKey, isCountedKey } from './counted-key.js';
import { refKey } from './partner-bound.js';
import { comparisonKey, compareAgainst, rangeConflict, type RuleQuantity } from './rules.js';
import { sameAssertion } from './same-assertion.js';

// Claims in our own words. `figure` reads the quantity as the desk stores it: extracted from the
// claim text, keyed by comparisonKey of that text.
interface Said {
  claimant?: string;
  day?: number;
  country?: string | null;
  /** Which of the text's quantities (default: the first). */
  nth?: number;
}

function figure(claimId: string, text: string, language: Language, said: Said = {}): RuleQuantity {
  const quantities = extractQuantities(text, { language });
  const quantity = quantities[said.nth ?? 0];
  if (!quantity) throw new Error(`no quantity in "${text}"`);
  return {
    claimId, index: said.nth ?? 0, quantity, claimant: said.claimant ?? `claimant of ${claimId}`,
    referenceDate: new Date(Date.UTC(2026, 4, said.day ?? 10, 12)), key: comparisonKey(text, quantity, language),
    claimantCountry: said.country ?? null,
  };
}

const keyOfText = (text: string, language: Language, nth = 0): string | null => {
  const q = extractQuantities(text, { language })[nth];
  return q ? comparisonKey(text, q, language) : null;
};

describe('countedKey: figures of measures the quantity rules do not know', () => {
  it('keys a counted figure by thing, event, subject and unit (English and German)', () => {
    expect(keyOfText('In Passau, 1,200 people were evacuated from their homes.', 'en')).toBe('counted|c:people|e:evacuated|place:passau|count|');
    expect(keyOfText('In Passau wurden 1.200 Menschen evakuiert.', 'de')).toBe('counted|c:people|e:evacuated|place:passau|count|');
    expect(keyOfText('Über Odessa wurden in der Nacht 25 Drohnen abgeschossen.', 'de')).toBe('counted|de:drohn|e:shot_down|place:odessa|count|');
  });

  it('gives the key a money figure takes from its noun, with the words that narrow it', () => {
    expect(keyOfText('Der Sturm hat im Bundesland Kärnten Schäden von 300 Millionen Euro verursacht.', 'de')).toBe('counted|c:damage|e:caused|place:kärnten|EUR|');
    expect(keyOfText('Der Sturm hat im Bundesland Kärnten versicherte Schäden von 90 Millionen Euro verursacht.', 'de')).toBe('counted|c:damage+de:versichert|e:caused|place:kärnten|EUR|');
    expect(keyOfText('The storm caused insured damage of 90 million euros in Carinthia.', 'en')).toBe('counted|c:damage+en:insur|e:caused|place:carinthia|EUR|');
  });

  it('gives no key without a subject, without a thing, or to a part of a whole', () => {
    expect(keyOfText('Es hätten sich höchstens 1.200 Beschäftigte beteiligt.', 'de')).toBeNull();
    // a count whose verb the event list does not know says too little of what it counts
    expect(keyOfText('In Passau leben 50.000 Menschen.', 'de')).toBeNull();
    expect(keyOfText('In Passau 20,000 people work.', 'en')).toBeNull();
    expect(keyOfText('Officials counted 1,200 people who had to leave.', 'en')).toBeNull();
    expect(keyOfText('In Passau wurden mindestens 200 gezählt.', 'de')).toBeNull();
    expect(keyOfText('In Passau wurden 3.000 Menschen evakuiert, davon 1.200 aus Kliniken.', 'de', 1)).toBeNull();
    expect(keyOfText('In Passau 3,000 people were evacuated, of which 1,200 were patients.', 'en', 1)).toBeNull();
  });

  it('leaves shares and figures the quantity rules key to them', () => {
    const text = 'Kyiv says more than 14,000 Russian soldiers have been killed.';
    const [q] = extractQuantities(text, { language: 'en' });
    expect(comparisonKey(text, q, 'en')).toBe('killed|RU|count');
    expect(countedKey('In Passau 40 percent of the people left.', extractQuantities('In Passau 40 percent of the people left.', { language: 'en' })[0], 'en')).toBeNull();
  });

  it('says in English what a key counts', () => {
    expect(describeCountedKey('counted|c:people|e:evacuated|place:passau|count|')).toBe('people, evacuated, in Passau');
    expect(describeCountedKey('counted|de:drohn|e:shot_down|UA|count|')).toBe('drohn…, shot down, UA');
    expect(describeCountedKey('counted|c:damage+de:versichert|e:caused|place:kärnten|EUR|')).toBe('damage as narrowed in the claim, caused, in Kärnten');
    expect(isCountedKey('killed|RU|count')).toBe(false);
    expect(isCountedKey(null)).toBe(false);
  });
});

describe('rangeConflict on counted figures: clashes', () => {
  it('flags two counts of the same thing, event and place that leave no common value (German)', () => {
    const a = figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de', { claimant: 'Stadt Passau', day: 10 });
    const b = figure('b', 'In Passau wurden rund 3.000 Menschen evakuiert.', 'de', { claimant: 'Feuerwehr', day: 11 });
    const flag = rangeConflict(a, b);
    expect(flag?.type).toBe('range_conflict');
    expect(flag?.explanation).toBe(
      'Stadt Passau said "1.200" (counting people, evacuated, in Passau) on 2026-05-10, but Feuerwehr said "rund 3.000" (counting people, evacuated, in Passau) on 2026-05-11; the figures leave no common value, so they cannot both be true.',
    );
  });

  it('flags the same count across English and German', () => {
    const en = figure('en', 'In Passau, 1,200 people were evacuated from their homes.', 'en', { claimant: 'City of Passau' });
    const de = figure('de', 'In Passau wurden rund 3.000 Menschen evakuiert.', 'de', { claimant: 'Feuerwehr' });
    expect(rangeConflict(en, de)?.explanation).toBe(
      'Feuerwehr said "rund 3.000" (counting people, evacuated, in Passau) on 2026-05-10, but City of Passau said "1,200" (counting people, evacuated, in Passau) on 2026-05-10; the figures leave no common value, so they cannot both be true.',
    );
  });

  it('words estimates of two sides as such, at lower severity (English)', () => {
    const ua = figure('ua', 'Air defences shot down 40 drones over Odesa on Tuesday.', 'en', { claimant: 'Ukrainian air force', country: 'UA' });
    const ru = figure('ru', 'Only 12 drones were shot down over Odesa, Moscow says.', 'en', { claimant: 'Russian defence ministry', country: 'RU' });
    const sides = rangeConflict(ua, ru);
    expect(sides?.explanation).toBe(
      'Russian defence ministry (RU) said "12" (counting drone…, shot down, in Odesa) on 2026-05-10, but Ukrainian air force (UA) said "40" (counting drone…, shot down, in Odesa) on 2026-05-10; the two sides\' estimates do not overlap, so at least one of them is off.',
    );
    const oneSide = rangeConflict(ua, { ...ru, claimantCountry: 'UA' });
    expect(oneSide?.explanation).toMatch(/cannot both be true\.$/);
    expect(oneSide?.severity).toBe('high');
    expect(sides?.severity).toBe('medium');
  });

  it('words estimates of two sides as such in German claims too', () => {
    const ua = figure('ua', 'Über Odessa wurden 40 Drohnen abgeschossen.', 'de', { claimant: 'Luftwaffe', country: 'UA' });
    const ru = figure('ru', 'Über Odessa wurden nur 12 Drohnen abgeschossen.', 'de', { claimant: 'Verteidigungsministerium', country: 'RU' });
    expect(rangeConflict(ua, ru)?.explanation).toMatch(/"40" \(counting drohn…, shot down, in Odessa\).*the two sides' estimates do not overlap/);
  });
});

describe('rangeConflict on counted figures: traps', () => {
  it('does not compare different things counted (English and German)', () => {
    expect(rangeConflict(
      figure('a', 'In Passau, 1,200 people were evacuated.', 'en'),
      figure('b', 'In Passau, 300 cars were evacuated.', 'en'),
    )).toBeNull();
    expect(rangeConflict(
      figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de'),
      figure('b', 'In Passau wurden 300 Tiere evakuiert.', 'de'),
    )).toBeNull();
  });

  it('does not compare different subjects', () => {
    expect(rangeConflict(
      figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de'),
      figure('b', 'In Regensburg wurden 3.000 Menschen evakuiert.', 'de'),
    )).toBeNull();
    expect(rangeConflict(
      figure('a', 'In Passau, 1,200 people were evacuated.', 'en'),
      figure('b', 'In Deggendorf, 3,000 people were evacuated.', 'en'),
    )).toBeNull();
  });

  it('does not compare drones launched with drones shot down', () => {
    const launched = figure('a', 'Over Odesa the army launched 40 drones on Tuesday.', 'en');
    const downed = figure('b', 'Over Odesa 12 drones were shot down on Tuesday.', 'en');
    expect(launched.key).not.toBeNull();
    expect(rangeConflict(launched, downed)).toBeNull();
    expect(rangeConflict(
      figure('c', 'Über Odessa hat die Armee 40 Drohnen gestartet.', 'de'),
      figure('d', 'Über Odessa wurden 12 Drohnen abgeschossen.', 'de'),
    )).toBeNull();
  });

  it('does not compare people evacuated with people injured (German)', () => {
    expect(rangeConflict(
      figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de'),
      figure('b', 'In Passau wurden 30 Menschen verletzt.', 'de'),
    )).toBeNull();
  });

  it('does not compare a thing with the same thing narrowed ("versicherte Schäden", "insured damage")', () => {
    expect(rangeConflict(
      figure('a', 'Der Sturm hat im Bundesland Kärnten Schäden von 300 Millionen Euro verursacht.', 'de'),
      figure('b', 'Der Sturm hat im Bundesland Kärnten versicherte Schäden von 90 Millionen Euro verursacht.', 'de'),
    )).toBeNull();
    expect(rangeConflict(
      figure('a', 'The storm caused damage of 300 million euros in Carinthia.', 'en'),
      figure('b', 'The storm caused insured damage of 90 million euros in Carinthia.', 'en'),
    )).toBeNull();
  });

  it('does not compare figures said too far apart', () => {
    expect(rangeConflict(
      figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de', { day: 1 }),
      figure('b', 'In Passau wurden 3.000 Menschen evakuiert.', 'de', { day: 30 }),
    )).toBeNull();
  });

  it('does not compare figures of different months named next to them', () => {
    expect(rangeConflict(
      figure('a', 'In Passau wurden im Mai 1.200 Menschen evakuiert.', 'de'),
      figure('b', 'In Passau wurden im April 3.000 Menschen evakuiert.', 'de'),
    )).toBeNull();
  });

  it('never compares the parts of one claim, nor a figure with its own repetition', () => {
    const text = 'In Passau wurden 3.000 Menschen evakuiert, davon 1.200 aus Kliniken.';
    expect(rangeConflict(figure('a', text, 'de'), figure('a', text, 'de', { nth: 1 }))).toBeNull();
    const en = 'In Passau, 1,200 people were evacuated, the city says.';
    expect(rangeConflict(figure('a', en, 'en'), figure('b', en, 'en'))).toBeNull();
  });
});

describe('counted figures through the rules that pick the flags', () => {
  it('treats one claimant\'s count held in two claims as one assertion', () => {
    const a = figure('a', 'In Passau wurden 1.200 Menschen evakuiert.', 'de', { claimant: 'Stadt Passau', day: 10 });
    const b = figure('b', '1.200 Menschen wurden in Passau evakuiert.', 'de', { claimant: 'Stadt  Passau', day: 11 });
    expect(sameAssertion(a, b)).toBe(true);
    expect(sameAssertion(a, figure('c', 'In Regensburg wurden 1.200 Menschen evakuiert.', 'de', { claimant: 'Stadt Passau' }))).toBe(false);
  });

  it('raises one flag per claimant on the other side, the nearest in time', () => {
    const target = figure('t', 'In Passau, 1,200 people were evacuated.', 'en', { claimant: 'City of Passau', day: 10 });
    const partners = [
      figure('p1', 'In Passau wurden rund 3.000 Menschen evakuiert.', 'de', { claimant: 'Feuerwehr', day: 7 }),
      figure('p2', 'In Passau wurden 3.500 Menschen evakuiert.', 'de', { claimant: 'Feuerwehr', day: 9 }),
    ];
    const known = new Map([target, ...partners].map((r) => [refKey(r), r]));
    const kept = selectConflicts(compareAgainst([target], partners), 't', (ref) => known.get(refKey(ref))!);
    expect(kept).toHaveLength(1);
    expect(kept[0].claimIds).toEqual(['p2', 't']);
  });
});

describe('equipment figures: compared only for the same kind and what was done with it', () => {
  it('flags the same kind lost, across English and German', () => {
    const de = figure('de', 'Russland hat 500 Panzer verloren.', 'de', { claimant: 'Generalstab' });
    const en = figure('en', 'Russia has lost 300 tanks.', 'en', { claimant: 'Analysts' });
    expect(de.key).toBe('equipment|RU|count|tank|e:lost');
    expect(rangeConflict(de, en)?.explanation).toBe(
      'Generalstab said "500" equipment (RU; tank, lost) on 2026-05-10, but Analysts said "300" equipment (RU; tank, lost) on 2026-05-10; the figures leave no common value, so they cannot both be true.',
    );
  });

  it('does not compare drones launched with drones shot down (English and German)', () => {
    expect(rangeConflict(
      figure('a', 'Russia launched 40 drones at Odesa overnight.', 'en'),
      figure('b', 'Ukraine says it shot down 25 Russian drones.', 'en'),
    )).toBeNull();
    expect(rangeConflict(
      figure('a', 'Russland hat in der Nacht 40 Drohnen gestartet.', 'de'),
      figure('b', 'Die Ukraine hat 25 russische Kampfdrohnen abgeschossen.', 'de'),
    )).toBeNull();
  });

  it('does not compare tanks with drones', () => {
    expect(rangeConflict(figure('a', 'Russia has lost 300 tanks.', 'en'), figure('b', 'Russia has lost 40 drones.', 'en'))).toBeNull();
    expect(rangeConflict(figure('a', 'Russland hat 300 Panzer verloren.', 'de'), figure('b', 'Russland hat 40 Drohnen verloren.', 'de'))).toBeNull();
  });

  it('keeps the measure\'s key for a figure whose kind the text does not name', () => {
    const text = 'Russia has lost 300 pieces of heavy gear.';
    const [q] = extractQuantities(text, { language: 'en' });
    expect(comparisonKey(text, { ...q, measure: 'equipment', subject: 'RU' }, 'en')).toBe('equipment|RU|count');
  });
});
