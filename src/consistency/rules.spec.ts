import type { Quantity } from '../quantities/quantity.js';
import { extractQuantities } from '../quantities/index.js';
import {
  comparisonKey,
  compareAgainst,
  DEFAULT_CONSISTENCY_OPTIONS,
  measureKey,
  pairKey,
  rangeConflict,
  referenceDateOf,
  singleQuantityFlags,
  type FlagCandidate,
  type RuleQuantity,
} from './rules.js';

// ---- fixtures: claims in our own words, quantities built by hand with matching spans

interface ClaimFixture {
  id: string;
  claimant: string;
  date: string;
  text: string;
}

const claim = (id: string, claimant: string, date: string, text: string): ClaimFixture => ({ id, claimant, date, text });

type Shape = Pick<Quantity, 'min' | 'max' | 'minInclusive' | 'maxInclusive' | 'qualifier'>;
const exact = (v: number): Shape => ({ min: v, max: v, minInclusive: true, maxInclusive: true, qualifier: 'exact' });
const approx = (v: number): Shape => ({ ...exact(v), qualifier: 'approx' });
const between = (lo: number, hi: number): Shape => ({ ...exact(lo), max: hi, qualifier: 'range' });
const moreThan = (v: number): Shape => ({ ...exact(v), max: null, minInclusive: false, qualifier: 'more_than' });
const atLeast = (v: number): Shape => ({ ...exact(v), max: null, qualifier: 'at_least' });
const lessThan = (v: number): Shape => ({ ...exact(v), min: null, maxInclusive: false, qualifier: 'less_than' });
const atMost = (v: number): Shape => ({ ...exact(v), min: null, qualifier: 'at_most' });

type Labels = Pick<Quantity, 'unit' | 'measure' | 'subject'>;
const KILLED_RU: Labels = { unit: 'count', measure: 'killed', subject: 'RU' };
const TANKS_RU: Labels = { unit: 'count', measure: 'equipment', subject: 'RU' };
const AID_US: Labels = { unit: 'USD', measure: 'aid', subject: 'US' };
const TROOPS_RU: Labels = { unit: 'count', measure: 'troops', subject: 'RU' };
const SHARE_RU: Labels = { unit: 'percent', measure: 'share', subject: 'RU' };

function quantityIn(text: string, written: string, shape: Shape, labels: Partial<Labels>): Quantity {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`fixture span "${written}" is not in "${text}"`);
  return { text: written, start, end: start + written.length, unit: 'count', measure: null, subject: null, ...shape, ...labels };
}

function rq(c: ClaimFixture, written: string, shape: Shape, labels: Partial<Labels>, index = 0): RuleQuantity {
  return {
    claimId: c.id,
    index,
    quantity: quantityIn(c.text, written, shape, labels),
    referenceDate: new Date(`${c.date}T12:00:00Z`),
    claimant: c.claimant,
  };
}

const withDate = (r: RuleQuantity, referenceDate: Date): RuleQuantity => ({ ...r, referenceDate });
const withClaim = (r: RuleQuantity, claimId: string): RuleQuantity => ({ ...r, claimId });

// ---- the core example, in both languages

const enLow = claim('c-en-1', 'US officials', '2022-03-15',
  'According to US officials, between 5,000 and 9,000 Russian soldiers have died in the fighting so far.');
const enHigh = claim('c-en-2', 'Ukrainian general staff', '2022-03-17',
  'Kyiv now counts more than 13,500 Russian soldiers killed since the invasion began.');
const deLow = claim('c-de-1', 'US-Regierungskreise', '2022-03-15',
  'In Washington schätzt man, dass bislang zwischen 5.000 und 9.000 russische Soldaten gefallen sind.');
const deHigh = claim('c-de-2', 'Ukrainischer Generalstab', '2022-03-17',
  'Die Ukraine zählt inzwischen mehr als 13.500 getötete russische Soldaten.');

const EN_LOW = rq(enLow, 'between 5,000 and 9,000', between(5000, 9000), KILLED_RU);
const EN_HIGH = rq(enHigh, 'more than 13,500', moreThan(13500), KILLED_RU);
const DE_LOW = rq(deLow, 'zwischen 5.000 und 9.000', between(5000, 9000), KILLED_RU);
const DE_HIGH = rq(deHigh, 'mehr als 13.500', moreThan(13500), KILLED_RU);

describe('measureKey', () => {
  it('joins measure, subject and unit', () => {
    expect(measureKey(EN_LOW.quantity)).toBe('killed|RU|count');
    expect(measureKey(DE_HIGH.quantity)).toBe('killed|RU|count');
  });

  it.each<[string, Partial<Labels>]>([
    ['no measure', { measure: null }],
    ['no subject', { subject: null }],
    ['no unit', { unit: '' }],
  ])('is null with %s, so the figure is never compared', (_label, missing) => {
    expect(measureKey({ ...EN_LOW.quantity, ...missing })).toBeNull();
  });
});

describe('rangeConflict: figures that cannot both be true', () => {
  it('flags the English pair with both figures, claimants and dates', () => {
    expect(rangeConflict(EN_LOW, EN_HIGH)).toEqual<FlagCandidate>({
      type: 'range_conflict',
      severity: 'medium',
      claimIds: ['c-en-1', 'c-en-2'],
      quantities: [
        { claimId: 'c-en-1', index: 0 },
        { claimId: 'c-en-2', index: 0 },
      ],
      measure: 'killed',
      subject: 'RU',
      explanation:
        'US officials said "between 5,000 and 9,000" killed (RU) on 2022-03-15, but Ukrainian general staff ' +
        'said "more than 13,500" killed (RU) on 2022-03-17; the figures leave no common value, so they cannot both be true.',
    });
  });

  it('flags the German pair and quotes the German figures as written', () => {
    const flag = rangeConflict(DE_LOW, DE_HIGH);
    expect(flag?.explanation).toBe(
      'US-Regierungskreise said "zwischen 5.000 und 9.000" killed (RU) on 2022-03-15, but Ukrainischer ' +
        'Generalstab said "mehr als 13.500" killed (RU) on 2022-03-17; the figures leave no common value, so they cannot both be true.',
    );
    expect(flag?.severity).toBe('medium');
  });

  it('gives the same flag whichever order the quantities come in (earlier claim first)', () => {
    expect(rangeConflict(EN_HIGH, EN_LOW)).toEqual(rangeConflict(EN_LOW, EN_HIGH));
  });

  it('words a missing claimant as an unnamed one', () => {
    const flag = rangeConflict({ ...EN_LOW, claimant: ' ' }, { ...DE_HIGH, claimant: '' });
    expect(flag?.explanation).toBe(
      'An unnamed claimant said "between 5,000 and 9,000" killed (RU) on 2022-03-15, but an unnamed claimant ' +
        'said "mehr als 13.500" killed (RU) on 2022-03-17; the figures leave no common value, so they cannot both be true.',
    );
  });

  it('compares across languages when measure, subject and unit agree', () => {
    expect(rangeConflict(DE_LOW, EN_HIGH)?.claimIds).toEqual(['c-de-1', 'c-en-2']);
  });

  it('words estimates from two sides as differing estimates, one step less severe (English and German)', () => {
    const en = rangeConflict({ ...EN_LOW, claimantCountry: 'US' }, { ...EN_HIGH, claimantCountry: 'UA' });
    expect(en?.explanation).toBe(
      'US officials (US) said "between 5,000 and 9,000" killed (RU) on 2022-03-15, but Ukrainian general staff (UA) ' +
        'said "more than 13,500" killed (RU) on 2022-03-17; the two sides\' estimates do not overlap, so at least one of them is off.',
    );
    expect(en?.severity).toBe('low');
    const de = rangeConflict({ ...DE_LOW, claimantCountry: 'US' }, { ...DE_HIGH, claimantCountry: 'UA' });
    expect(de?.explanation).toContain('"zwischen 5.000 und 9.000" killed (RU)');
    expect(de?.explanation).toContain('the two sides\' estimates do not overlap');
    expect(de?.severity).toBe('low');
    // one side only, or a country unknown: figures that cannot both be true, at full severity
    expect(rangeConflict({ ...EN_LOW, claimantCountry: 'UA' }, { ...EN_HIGH, claimantCountry: 'UA' })?.severity).toBe('medium');
    expect(rangeConflict({ ...DE_LOW, claimantCountry: 'US' }, DE_HIGH)?.explanation).toMatch(/cannot both be true\.$/);
  });

  it('compares shares only with shares of the same whole (English and German)', () => {
    const share = (claimId: string, text: string, language: 'de' | 'en'): RuleQuantity => {
      const [quantity] = extractQuantities(text, { language });
      return { claimId, index: 0, quantity: { ...quantity, subject: 'RU' }, claimant: claimId, referenceDate: new Date('2024-03-01'),
        key: comparisonKey(text, { ...quantity, subject: 'RU' }, language) };
    };
    const troops = share('a', 'Nearly 100 percent of the troops are committed.', 'en');
    expect(rangeConflict(troops, share('b', 'Some 70 percent of the machinery comes from China.', 'en'))).toBeNull();
    expect(rangeConflict(troops, share('c', 'Only 60 percent of the soldiers are committed.', 'en'))?.type).toBe('range_conflict');
    expect(rangeConflict(troops, share('d', 'Nur 60 Prozent der Soldaten sind gebunden.', 'de'))?.type).toBe('range_conflict');
    expect(rangeConflict(share('e', 'Fast 100 Prozent der Soldaten sind gebunden.', 'de'), share('f', 'Rund 70 Prozent der Maschinen kommen aus China.', 'de'))).toBeNull();
    expect(comparisonKey('Turnout was 40 percent.', share('g', 'Turnout was 40 percent of voters.', 'en').quantity, 'en')).toBeNull();
  });
});

describe('rangeConflict: consistent figures yield nothing', () => {
  const enAid1 = claim('a-en-1', 'White House', '2024-04-20', 'Congress has now cleared $61 billion in aid for Kyiv.');
  const enAid2 = claim('a-en-2', 'Pentagon', '2024-04-24', 'Washington has sent Ukraine more than $60 billion in aid.');
  const deAid1 = claim('a-de-1', 'Weißes Haus', '2024-04-20', 'Der Kongress hat 61 Milliarden Dollar an Hilfe freigegeben.');
  const deAid2 = claim('a-de-2', 'Pentagon', '2024-04-24', 'Die USA haben der Ukraine mehr als 60 Milliarden Dollar Hilfe geleistet.');
  const enTroops1 = claim('t-en-1', 'Analyst A', '2023-05-02', 'The brigade fields 7,000 troops near the river.');
  const enTroops2 = claim('t-en-2', 'Analyst B', '2023-05-04', 'About 7,500 troops are said to be stationed there.');
  const deTroops1 = claim('t-de-1', 'Analyst A', '2023-05-02', 'Am Fluss stehen 7.000 Soldaten der Brigade.');
  const deTroops2 = claim('t-de-2', 'Analyst B', '2023-05-04', 'Dort sollen rund 7.500 Soldaten stationiert sein.');

  it.each<[string, RuleQuantity, RuleQuantity]>([
    ['en: $61 billion vs more than $60 billion', rq(enAid1, '$61 billion', exact(61e9), AID_US), rq(enAid2, 'more than $60 billion', moreThan(60e9), AID_US)],
    ['de: 61 Milliarden vs mehr als 60 Milliarden', rq(deAid1, '61 Milliarden Dollar', exact(61e9), AID_US), rq(deAid2, 'mehr als 60 Milliarden Dollar', moreThan(60e9), AID_US)],
    ['en: 7,000 vs about 7,500', rq(enTroops1, '7,000', exact(7000), TROOPS_RU), rq(enTroops2, 'About 7,500', approx(7500), TROOPS_RU)],
    ['de: 7.000 vs rund 7.500', rq(deTroops1, '7.000', exact(7000), TROOPS_RU), rq(deTroops2, 'rund 7.500', approx(7500), TROOPS_RU)],
  ])('%s', (_label, a, b) => {
    expect(rangeConflict(a, b)).toBeNull();
  });
});

describe('rangeConflict: reasons not to compare', () => {
  // Each case alters a pair that would conflict, so only the stated reason keeps it quiet.
  const enWounded = claim('w-en', 'Ukrainian general staff', '2022-03-17', 'More than 13,500 Russian soldiers were wounded, Kyiv says.');
  const deUkrainian = claim('u-de', 'Russisches Verteidigungsministerium', '2022-03-17', 'Moskau meldet mehr als 13.500 getötete ukrainische Soldaten.');
  const enEuro = claim('e-en', 'EU Commission', '2024-04-22', 'Brussels pledged more than €70 billion in aid.');
  const enDollar = claim('d-en', 'White House', '2024-04-20', 'Congress has now cleared $61 billion in aid for Kyiv.');
  const deSameClaim = claim('s-de', 'Analyst', '2022-03-15', 'Erst hieß es 2.000 getötete Russen, nun mehr als 13.500 getötete Russen.');

  it.each<[string, RuleQuantity, RuleQuantity]>([
    ['different measure (en: wounded vs killed)', EN_LOW, rq(enWounded, 'More than 13,500', moreThan(13500), { ...KILLED_RU, measure: 'wounded' })],
    ['different subject (de: ukrainische vs russische)', DE_LOW, rq(deUkrainian, 'mehr als 13.500', moreThan(13500), { ...KILLED_RU, subject: 'UA' })],
    ['different unit (en: EUR vs USD)', rq(enDollar, '$61 billion', exact(61e9), AID_US), rq(enEuro, 'more than €70 billion', moreThan(70e9), { ...AID_US, unit: 'EUR' })],
    ['unknown measure on both sides', { ...EN_LOW, quantity: { ...EN_LOW.quantity, measure: null } }, { ...EN_HIGH, quantity: { ...EN_HIGH.quantity, measure: null } }],
    ['unknown subject on both sides', { ...DE_LOW, quantity: { ...DE_LOW.quantity, subject: null } }, { ...DE_HIGH, quantity: { ...DE_HIGH.quantity, subject: null } }],
    ['same claim (de)', rq(deSameClaim, '2.000', exact(2000), KILLED_RU, 0), rq(deSameClaim, 'mehr als 13.500', moreThan(13500), KILLED_RU, 1)],
    ['outside the 14-day window (en, 15 days)', EN_LOW, withDate(EN_HIGH, new Date('2022-03-30T12:00:00Z'))],
    ['outside the window, later claim first (de)', withDate(DE_LOW, new Date('2022-05-01T00:00:00Z')), DE_HIGH],
  ])('%s', (_label, a, b) => {
    expect(rangeConflict(a, b)).toBeNull();
  });

  it('compares at exactly 14 days apart and not one millisecond later', () => {
    const fourteenDaysLater = new Date(EN_LOW.referenceDate.getTime() + 14 * 86_400_000);
    expect(rangeConflict(EN_LOW, withDate(EN_HIGH, fourteenDaysLater))).not.toBeNull();
    expect(rangeConflict(EN_LOW, withDate(EN_HIGH, new Date(fourteenDaysLater.getTime() + 1)))).toBeNull();
  });

  it('takes the window from the options', () => {
    const fifteenDaysLater = withDate(DE_HIGH, new Date('2022-03-30T12:00:00Z'));
    expect(rangeConflict(DE_LOW, fifteenDaysLater)).toBeNull();
    expect(rangeConflict(DE_LOW, fifteenDaysLater, { ...DEFAULT_CONSISTENCY_OPTIONS, windowDays: 30 })).not.toBeNull();
  });

  it('leaves inverted ranges to their own flag', () => {
    const inverted = { ...DE_LOW, quantity: { ...DE_LOW.quantity, min: 9000, max: 5000 } };
    expect(rangeConflict(inverted, DE_HIGH)).toBeNull();
  });
});

describe('rangeConflict: open and closed bounds', () => {
  // 61 is not round, so it gets no slack: only inclusivity decides.
  const en = (id: string, text: string, written: string, shape: Shape) => rq(claim(id, `Source ${id}`, '2023-06-01', text), written, shape, TANKS_RU);
  const de = (id: string, text: string, written: string, shape: Shape) => rq(claim(id, `Quelle ${id}`, '2023-06-01', text), written, shape, TANKS_RU);

  it.each<[string, RuleQuantity, RuleQuantity, boolean]>([
    ['en: 61 vs more than 61', en('e1', 'Russia lost 61 tanks there.', '61', exact(61)), en('e2', 'It lost more than 61 tanks.', 'more than 61', moreThan(61)), true],
    ['en: 61 vs at least 61', en('e1', 'Russia lost 61 tanks there.', '61', exact(61)), en('e3', 'It lost at least 61 tanks.', 'at least 61', atLeast(61)), false],
    ['en: fewer than 61 vs at least 61', en('e4', 'Fewer than 61 tanks were lost.', 'Fewer than 61', lessThan(61)), en('e3', 'It lost at least 61 tanks.', 'at least 61', atLeast(61)), true],
    ['en: up to 61 vs more than 61', en('e5', 'Up to 61 tanks were destroyed.', 'Up to 61', atMost(61)), en('e2', 'It lost more than 61 tanks.', 'more than 61', moreThan(61)), true],
    ['de: 61 vs mehr als 61', de('d1', 'Russland verlor dort 61 Panzer.', '61', exact(61)), de('d2', 'Es waren mehr als 61 Panzer.', 'mehr als 61', moreThan(61)), true],
    ['de: höchstens 61 vs mindestens 61', de('d3', 'Höchstens 61 Panzer gingen verloren.', 'Höchstens 61', atMost(61)), de('d4', 'Mindestens 61 Panzer gingen verloren.', 'Mindestens 61', atLeast(61)), false],
    ['de: zwischen 40 und 61 vs mehr als 61', de('d5', 'Zwischen 40 und 61 Panzer fielen aus.', 'Zwischen 40 und 61', between(40, 61)), de('d2', 'Es waren mehr als 61 Panzer.', 'mehr als 61', moreThan(61)), true],
    ['de: zwischen 40 und 61 vs mindestens 61', de('d5', 'Zwischen 40 und 61 Panzer fielen aus.', 'Zwischen 40 und 61', between(40, 61)), de('d4', 'Mindestens 61 Panzer gingen verloren.', 'Mindestens 61', atLeast(61)), false],
  ])('%s → conflict: %p', (_label, a, b, conflict) => {
    expect(rangeConflict(a, b) !== null).toBe(conflict);
  });
});

describe('rangeConflict: tolerance and rounding edges', () => {
  const en = (id: string, text: string, written: string, shape: Shape) => rq(claim(id, `Source ${id}`, '2023-06-01', text), written, shape, TROOPS_RU);
  const de = (id: string, text: string, written: string, shape: Shape) => rq(claim(id, `Quelle ${id}`, '2023-06-01', text), written, shape, TROOPS_RU);
  const enAbout1000 = en('e1', 'About 1,000 soldiers crossed the border.', 'About 1,000', approx(1000));
  const de5000 = de('d1', 'An der Grenze stehen 5.000 Soldaten.', '5.000', exact(5000));
  const en13500 = en('e2', 'The corps has 13,500 soldiers.', '13,500', exact(13500));

  it.each<[string, RuleQuantity, RuleQuantity, boolean]>([
    ['en: about 1,000 (±10 %) vs more than 1,100', enAbout1000, en('e3', 'More than 1,100 soldiers crossed.', 'More than 1,100', moreThan(1100)), true],
    ['en: about 1,000 (±10 %) vs at least 1,100', enAbout1000, en('e4', 'At least 1,100 soldiers crossed.', 'At least 1,100', atLeast(1100)), false],
    ['en: about 1,000 (±10 %) vs more than 1,099', enAbout1000, en('e5', 'More than 1,099 soldiers crossed.', 'More than 1,099', moreThan(1099)), false],
    ['de: 5.000 read as 4.500–5.500 vs mehr als 5.500', de5000, de('d2', 'Es sind mehr als 5.500 Soldaten.', 'mehr als 5.500', moreThan(5500)), true],
    ['de: 5.000 read as 4.500–5.500 vs mindestens 5.500', de5000, de('d3', 'Es sind mindestens 5.500 Soldaten.', 'mindestens 5.500', atLeast(5500)), false],
    ['de: 5.000 vs weniger als 4.500', de5000, de('d4', 'Es sind weniger als 4.500 Soldaten.', 'weniger als 4.500', lessThan(4500)), true],
    ['en: 13,500 (to the hundred) vs fewer than 13,450', en13500, en('e6', 'It has fewer than 13,450 soldiers.', 'fewer than 13,450', lessThan(13450)), true],
    ['en: 13,500 (to the hundred) vs at most 13,450', en13500, en('e7', 'It has at most 13,450 soldiers.', 'at most 13,450', atMost(13450)), false],
    ['en: 13,500 vs 13,400 (13,450 rounds to either)', en13500, en('e8', 'It has 13,400 soldiers.', '13,400', exact(13400)), false],
    ['en: 13,500 vs 13,300 (no value rounds to both)', en13500, en('e9', 'It has 13,300 soldiers.', '13,300', exact(13300)), true],
  ])('%s → conflict: %p', (_label, a, b, conflict) => {
    expect(rangeConflict(a, b) !== null).toBe(conflict);
  });

  it('takes the approximation tolerance from the options', () => {
    const moreThan1100 = en('e3', 'More than 1,100 soldiers crossed.', 'More than 1,100', moreThan(1100));
    expect(rangeConflict(enAbout1000, moreThan1100, { ...DEFAULT_CONSISTENCY_OPTIONS, approxTolerance: 0.2 })).toBeNull();
  });
});

describe('rangeConflict: severity from the relative gap', () => {
  const en = (id: string, text: string, written: string, shape: Shape, labels: Labels) =>
    rq(claim(id, `Source ${id}`, '2023-06-01', text), written, shape, labels);
  const de = (id: string, text: string, written: string, shape: Shape, labels: Labels) =>
    rq(claim(id, `Quelle ${id}`, '2023-06-01', text), written, shape, labels);

  it.each<[string, RuleQuantity, RuleQuantity, FlagCandidate['severity']]>([
    // 70 → 65–75, 90 → 85–95: gap 10 / 85
    ['de: 70 vs 90 Prozent (gap 0.12)', de('d1', '70 Prozent der Einheiten sind im Einsatz.', '70 Prozent', exact(70), SHARE_RU), de('d2', '90 Prozent der Einheiten sind im Einsatz.', '90 Prozent', exact(90), SHARE_RU), 'low'],
    ['en: 5,000–9,000 vs more than 13,500 (gap 0.33)', EN_LOW, EN_HIGH, 'medium'],
    ['en: fewer than 1,000 vs more than 13,500 (gap 0.93)', en('e1', 'Fewer than 1,000 Russian soldiers died.', 'Fewer than 1,000', lessThan(1000), KILLED_RU), en('e4', 'Over 13,500 Russian soldiers died.', 'Over 13,500', moreThan(13500), KILLED_RU), 'high'],
    ['de: weniger als 80 vs mehr als 100 (gap exactly 0.2)', de('d3', 'Weniger als 80 Panzer.', 'Weniger als 80', lessThan(80), TANKS_RU), de('d4', 'Mehr als 100 Panzer.', 'Mehr als 100', moreThan(100), TANKS_RU), 'medium'],
    ['en: at most 50 vs at least 100 (gap exactly 0.5)', en('e2', 'At most 50 tanks.', 'At most 50', atMost(50), TANKS_RU), en('e3', 'At least 100 tanks.', 'At least 100', atLeast(100), TANKS_RU), 'high'],
  ])('%s → %s', (_label, a, b, severity) => {
    expect(rangeConflict(a, b)?.severity).toBe(severity);
  });

  it('takes the thresholds from the options', () => {
    const strict = { ...DEFAULT_CONSISTENCY_OPTIONS, severity: { medium: 0.1, high: 0.3 } };
    const lenient = { ...DEFAULT_CONSISTENCY_OPTIONS, severity: { medium: 0.4, high: 0.9 } };
    expect(rangeConflict(EN_LOW, EN_HIGH, strict)?.severity).toBe('high');
    expect(rangeConflict(EN_LOW, EN_HIGH, lenient)?.severity).toBe('low');
  });
});

describe('singleQuantityFlags', () => {
  const one = (text: string, written: string, shape: Shape, labels: Partial<Labels>) =>
    rq(claim('single', 'Press office', '2022-04-02', text), written, shape, labels, 3);

  it('flags an inverted range (de) with one claim and its quantity', () => {
    const inverted = one('Angeblich fielen zwischen 9.000 und 5.000 russische Soldaten.', 'zwischen 9.000 und 5.000', between(9000, 5000), KILLED_RU);
    expect(singleQuantityFlags(inverted)).toEqual<FlagCandidate[]>([
      {
        type: 'inverted_range',
        severity: 'medium', // (9,000 − 5,000) / 9,000
        claimIds: ['single'],
        quantities: [{ claimId: 'single', index: 3 }],
        measure: 'killed',
        subject: 'RU',
        explanation:
          'Press office said "zwischen 9.000 und 5.000" killed (RU) on 2022-04-02, but the lower end of that range is above its upper end.',
      },
    ]);
  });

  it.each<[string, RuleQuantity, FlagCandidate['type'], FlagCandidate['severity'], string]>([
    ['en: inverted range, small gap', one('Between 2,000 and 1,900 drones were shot down.', 'Between 2,000 and 1,900', between(2000, 1900), { ...TANKS_RU }), 'inverted_range', 'low', 'but the lower end of that range is above its upper end.'],
    ['de: 110 Prozent of a whole', one('110 Prozent der Reservisten sind einberufen.', '110 Prozent', exact(110), SHARE_RU), 'impossible_value', 'low', 'but a share cannot exceed 100 percent.'],
    ['en: 250 percent of the troops', one('Some 250 percent of the troops are ready.', '250 percent', exact(250), SHARE_RU), 'impossible_value', 'high', 'but a share cannot exceed 100 percent.'],
    ['en: more than 100 percent (often hyperbole)', one('More than 100 percent of the troops back the plan.', 'More than 100 percent', moreThan(100), SHARE_RU), 'impossible_value', 'low', 'but a share cannot exceed 100 percent.'],
    ['de: negative count', one('Die Statistik nennt -300 Soldaten.', '-300', exact(-300), TROOPS_RU), 'impossible_value', 'high', 'but a count cannot be negative.'],
    ['en: negative share', one('The unit reports -5 percent of its crews present.', '-5 percent', exact(-5), SHARE_RU), 'impossible_value', 'high', 'but a share cannot be negative.'],
  ])('%s', (_label, quantity, type, severity, ending) => {
    const flags = singleQuantityFlags(quantity);
    expect(flags).toHaveLength(1);
    expect(flags[0].type).toBe(type);
    expect(flags[0].severity).toBe(severity);
    expect(flags[0].explanation).toBe(`Press office said "${quantity.quantity.text}"${labelsAsWritten(quantity.quantity)} on 2022-04-02, ${ending}`);
  });

  it.each<[string, RuleQuantity]>([
    ['de: 100 Prozent', one('100 Prozent der Einheiten sind bereit.', '100 Prozent', exact(100), SHARE_RU)],
    ['en: at least 100 percent', one('At least 100 percent of the crews are in place.', 'At least 100 percent', atLeast(100), SHARE_RU)],
    ['de: bis zu 120 Prozent (may still be at most 100)', one('Bis zu 120 Prozent der Soll-Stärke.', 'Bis zu 120 Prozent', atMost(120), SHARE_RU)],
    ['en: a rise of 150 percent is not a share', one('Prices rose by 150 percent.', '150 percent', exact(150), { unit: 'percent' })],
    ['de: minus 3 Prozent growth is not a share', one('Die Wirtschaft schrumpfte um -3 Prozent.', '-3 Prozent', exact(-3), { unit: 'percent' })],
    ['en: a negative amount of money may be a deficit', one('The fund ended at -$2 million.', '-$2 million', exact(-2e6), { unit: 'USD' })],
    ['en: zero soldiers', one('The garrison was down to 0 soldiers.', '0', exact(0), TROOPS_RU)],
    ['de: ordinary range', DE_LOW],
  ])('yields nothing for %s', (_label, quantity) => {
    expect(singleQuantityFlags(quantity)).toEqual([]);
  });
});

function labelsAsWritten(q: Quantity): string {
  return `${q.measure ? ` ${q.measure}` : ''}${q.subject ? ` (${q.subject})` : ''}`;
}

describe('compareAgainst', () => {
  const enNew = claim('new', 'Ministry', '2022-03-16', 'The ministry says 2,000 Russian soldiers died, and 40 tanks were lost.');
  const target = [
    rq(enNew, '2,000', exact(2000), KILLED_RU, 0),
    rq(enNew, '40', exact(40), TANKS_RU, 1),
  ];

  it('runs every target × partner pair, skips its own claim and unrelated partners', () => {
    const ownOtherQuantity = withClaim(EN_HIGH, 'new');
    const flags = compareAgainst(target, [ownOtherQuantity, EN_LOW, EN_HIGH, DE_HIGH]);
    expect(flags.map((f) => [f.claimIds, f.quantities.map((q) => q.index)])).toEqual([
      [['c-en-1', 'new'], [0, 0]],
      [['new', 'c-en-2'], [0, 0]],
      [['new', 'c-de-2'], [0, 0]],
    ]);
  });

  it('returns one flag per pair even when a partner is listed twice', () => {
    expect(compareAgainst(target, [EN_HIGH, EN_HIGH])).toHaveLength(1);
  });

  it('yields nothing without partners', () => {
    expect(compareAgainst(target, [])).toEqual([]);
  });
});

describe('pairKey', () => {
  const flag = rangeConflict(EN_LOW, EN_HIGH) as FlagCandidate;

  it('does not depend on the order of claims or quantities', () => {
    const reversed: FlagCandidate = { ...flag, claimIds: [...flag.claimIds].reverse(), quantities: [...flag.quantities].reverse() };
    expect(pairKey(reversed)).toBe(pairKey(flag));
    expect(pairKey(rangeConflict(EN_HIGH, EN_LOW) as FlagCandidate)).toBe(pairKey(flag));
  });

  it('is the type, the sorted claim ids and the sorted quantity refs', () => {
    expect(pairKey(flag)).toBe('["range_conflict",["c-en-1","c-en-2"],[["c-en-1",0],["c-en-2",0]]]');
  });

  it('tells apart other types and other quantities of the same claims', () => {
    const otherIndex: FlagCandidate = { ...flag, quantities: [flag.quantities[0], { claimId: 'c-en-2', index: 1 }] };
    expect(pairKey({ ...flag, type: 'part_sum_mismatch' })).not.toBe(pairKey(flag));
    expect(pairKey(otherIndex)).not.toBe(pairKey(flag));
  });

  it('sorts quantity indexes as numbers', () => {
    const refs = [{ claimId: 'x', index: 10 }, { claimId: 'x', index: 9 }];
    expect(pairKey({ type: 'part_sum_mismatch', claimIds: ['x'], quantities: refs })).toBe(
      '["part_sum_mismatch",["x"],[["x",9],["x",10]]]',
    );
  });
});

describe('referenceDateOf', () => {
  const claimedAt = new Date('2022-03-15T00:00:00Z');
  const publishedAt = new Date('2022-03-16T00:00:00Z');
  const createdAt = new Date('2022-03-20T00:00:00Z');

  it.each([
    ['claimedAt first', { claimedAt, publishedAt, createdAt }, claimedAt],
    ['else the source’s publishedAt', { claimedAt: null, publishedAt, createdAt }, publishedAt],
    ['else creation', { createdAt }, createdAt],
  ])('%s', (_label, claimDates, expected) => {
    expect(referenceDateOf(claimDates)).toBe(expected);
  });
});
