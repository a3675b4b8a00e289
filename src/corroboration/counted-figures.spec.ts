import { countedFigures, countedFiguresConfirmed, countedFiguresConflict, numberWordValue, yearsOf } from './counted-figures.js';

describe('countedFigures', () => {
  it('reads unit and counted thing in English and German', () => {
    expect(countedFigures('The trawler had caught 200 tonnes of cod above its quota.', 'en')).toMatchObject([
      { value: 200, unit: 'tonne', things: ['en:cod'], text: '200 tonnes of cod' },
    ]);
    expect(countedFigures('Der Trawler hatte 200 Tonnen Kabeljau über der Quote gefangen.', 'de')).toMatchObject([
      { value: 200, unit: 'tonne', things: ['de:kabeljau'], text: '200 Tonnen Kabeljau' },
    ]);
    expect(countedFigures('Waldbrände haben 38.000 Hektar Wald zerstört.', 'de')).toMatchObject([{ value: 38000, unit: 'hectare' }]);
  });

  it('gives money the noun it belongs to, before or after the amount', () => {
    expect(countedFigures('Das Feuer hat einen Schaden von rund 12 Millionen Euro verursacht.', 'de')[0]).toMatchObject({ unit: 'EUR', things: ['c:damage'] });
    expect(countedFigures('The fire caused about 12 million euros of damage.', 'en')[0]).toMatchObject({ unit: 'EUR', things: ['c:damage'] });
    expect(countedFigures('The Commission fined Datacore 320 million euros.', 'en')[0]).toMatchObject({ things: ['c:fine'] });
    expect(countedFigures('Ostwerk hat Baltik Energy für 1,4 Milliarden Euro übernommen.', 'de')[0]).toMatchObject({ things: ['c:price'] });
  });

  it('counts strikers, injured and dead where the clause says so', () => {
    expect(countedFigures('About 4,000 dock workers went on strike on Monday.', 'en')[0]!.things).toEqual(expect.arrayContaining(['c:worker', 'c:striker']));
    expect(countedFigures('Rund 4.000 Hafenarbeiter legten die Arbeit nieder.', 'de')[0]!.things).toEqual(expect.arrayContaining(['c:worker', 'c:striker']));
    expect(countedFigures('Bei dem Unglück sind 14 Menschen verletzt worden.', 'de')[0]!.things).toEqual(['c:people', 'c:injured']);
    expect(countedFigures('14 people were injured in the derailment.', 'en')[0]!.things).toEqual(['c:people', 'c:injured']);
  });

  it('opens the interval for "more than" and "at most", widens it for "about"', () => {
    expect(countedFigures('mehr als 90.000 Hektar Wald', 'de')[0]).toMatchObject({ low: 90000, high: Infinity });
    expect(countedFigures('at most 50 tonnes of cod', 'en')[0]).toMatchObject({ low: 0, high: 50 });
    const about = countedFigures('about 45,000 laying hens', 'en')[0]!;
    expect(about.low).toBeCloseTo(40500);
    expect(about.high).toBeCloseTo(49500);
  });

  it('leaves out shares, parts and years', () => {
    expect(countedFigures('Rund 60 Prozent des Getreides gingen nach Asien.', 'de')).toEqual([]);
    expect(countedFigures('About 60 % of the grain went to Asia.', 'en')).toEqual([]);
    expect(countedFigures('Von den Schäden entfallen 120 Millionen Euro auf Straßen.', 'de')).toEqual([]);
    expect(countedFigures('Damage of 300 million euros, of which 120 million euros for roads.', 'en').map((f) => f.value)).toEqual([300_000_000]);
    expect(countedFigures('In 2019 the fire was put out.', 'en')).toEqual([]);
    expect(countedFigures('On 4 March customs seized heroin; on March 5 they seized more.', 'en')).toEqual([]);
    expect(countedFigures('Am 4. März beschlagnahmte der Zoll Heroin.', 'de')).toEqual([]);
  });

  it('reads number words from two to twenty, not "one"/"ein"', () => {
    expect(numberWordValue('three', 'en')).toBe(3);
    expect(numberWordValue('Zwei', 'de')).toBe(2);
    expect(numberWordValue('one', 'en')).toBeNull();
    expect(numberWordValue('ein', 'de')).toBeNull();
    expect(countedFigures('The anchor damaged three undersea data cables.', 'en')[0]).toMatchObject({ value: 3, things: expect.arrayContaining(['c:cable']) });
    expect(countedFigures('Der Anker beschädigte zwei Datenkabel.', 'de')[0]).toMatchObject({ value: 2, things: ['c:cable'] });
  });
});

describe('countedFiguresConflict', () => {
  it('an incompatible figure of the same thing in the same unit clashes', () => {
    expect(countedFiguresConflict('The trawler caught 200 tonnes of cod.', 'en', 'The trawler caught at most 50 tonnes of cod, Moscow said.', 'en'))
      .toEqual({ claimFigure: '200 tonnes of cod', passageFigure: '50 tonnes of cod' });
    expect(countedFiguresConflict('Der Brand hat Schäden von rund 12 Millionen Euro verursacht.', 'de', 'Die Polizei bezifferte den Schaden auf etwa 2 Millionen Euro.', 'de'))
      .not.toBeNull();
    expect(countedFiguresConflict('About 4,000 dock workers went on strike.', 'en', 'Employers counted 900 strikers among the dock workers.', 'en')).not.toBeNull();
    expect(countedFiguresConflict('Rund 4.000 Beschäftigte streikten.', 'de', 'Only about 1,200 employees joined the strike.', 'en')).not.toBeNull();
  });

  it('compatible figures, other things, other units and other qualifiers do not clash', () => {
    expect(countedFiguresConflict('The trawler caught 200 tonnes of cod.', 'en', 'The trawler caught more than 150 tonnes of cod.', 'en')).toBeNull();
    expect(countedFiguresConflict('The ship carried 200 tonnes of cod.', 'en', 'The ship carried 900 tonnes of coffee.', 'en')).toBeNull();
    expect(countedFiguresConflict('Die Übernahme kostete 1,4 Milliarden Euro, für 1,4 Milliarden Euro.', 'de', 'Die Windparks leisten 1.400 Megawatt.', 'de')).toBeNull();
    expect(countedFiguresConflict('Das Hochwasser hat Schäden von rund 300 Millionen Euro verursacht.', 'de', 'Versicherte Schäden von 90 Millionen Euro wurden gemeldet.', 'de')).toBeNull();
    expect(countedFiguresConflict('The flood caused damage of 300 million euros.', 'en', 'Insured damage of 90 million euros was reported.', 'en')).toBeNull();
  });

  it('a passage about another year is no clash', () => {
    expect(countedFiguresConflict('The trawler caught 200 tonnes of cod.', 'en', 'In 2019 a trawler caught 90 tonnes of cod.', 'en')).toBeNull();
    expect(countedFiguresConflict('Das Hochwasser verursachte Schäden von 300 Millionen Euro.', 'de', 'Das Hochwasser 2012 verursachte Schäden von 80 Millionen Euro.', 'de')).toBeNull();
  });
});

describe('countedFiguresConfirmed', () => {
  it('the same value must count the same thing', () => {
    const claim = 'A ship damaged two undersea data cables.';
    expect(countedFiguresConfirmed(claim, 'en', 'The ship damaged two data cables, police said.', 'en')).toBe(true);
    expect(countedFiguresConfirmed(claim, 'en', 'The countries will send two new patrol ships.', 'en')).toBe(false);
    const claimDe = 'Ein Schiff hat zwei Datenkabel beschädigt.';
    expect(countedFiguresConfirmed(claimDe, 'de', 'Das Schiff hat zwei Datenkabel zerstört.', 'de')).toBe(true);
    expect(countedFiguresConfirmed(claimDe, 'de', 'Die Länder schicken zwei neue Patrouillenboote.', 'de')).toBe(false);
    expect(countedFiguresConfirmed(claimDe, 'de', 'The ship damaged two data cables.', 'en')).toBe(true);
  });
});

describe('yearsOf', () => {
  it('years a text speaks of, not those it compares with', () => {
    expect([...yearsOf('In 2019, 14 people were injured; the lowest since 2008.')]).toEqual(['2019']);
    expect([...yearsOf('Im Jahr 2023 so niedrig wie seit 2008 nicht.')]).toEqual(['2023']);
  });
});

describe('countedFigures: ranges and the quantity rules', () => {
  it('a range is one figure', () => {
    expect(countedFigures('zwischen 5.000 und 9.000 Tonnen Weizen', 'de')).toMatchObject([{ low: 4900, high: 9180, unit: 'tonne' }]);
    expect(countedFigures('5,000 to 9,000 tonnes of wheat', 'en')).toMatchObject([{ low: 4900, high: 9180, unit: 'tonne' }]);
  });

  it('leaves figures of a measure the quantity rules know to them', () => {
    expect(countedFiguresConflict('Nach US-Angaben wurden 5.000 russische Soldaten getötet.', 'de', 'Nach US-Angaben wurden 1.300 russische Soldaten getötet.', 'de')).toBeNull();
    expect(countedFiguresConflict('US officials say 5,000 Russian soldiers were killed.', 'en', 'US officials say 1,300 Russian soldiers were killed.', 'en')).toBeNull();
  });
});
