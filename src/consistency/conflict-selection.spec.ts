import { extractQuantities, type Language } from '../quantities/index.js';
import { selectConflicts } from './conflict-selection.js';
import { refKey } from './partner-bound.js';
import { compareAgainst, singleQuantityFlags, type QuantityRef, type RuleQuantity } from './rules.js';

// claims in our own words; their figures come from the real parser
function figure(claimId: string, claimant: string, date: string, text: string, language: Language): RuleQuantity {
  const [quantity] = extractQuantities(text, { language });
  if (!quantity) throw new Error(`no figure in ${text}`);
  return { claimId, index: 0, quantity, referenceDate: new Date(date), claimant };
}

function lookup(all: RuleQuantity[]): (ref: QuantityRef) => RuleQuantity {
  const byRef = new Map(all.map((rq) => [refKey(rq), rq]));
  return (ref) => byRef.get(refKey(ref))!;
}

describe.each([
  {
    language: 'en' as const,
    high: 'More than 13,500 Russian soldiers have been killed.',
    low: 'About 4,000 Russian soldiers have been killed.',
    lower: 'About 3,000 Russian soldiers have been killed.',
    lowest: 'About 2,000 Russian soldiers have been killed.',
    impossible: 'The army has lost 130 percent of its tanks.',
  },
  {
    language: 'de' as const,
    high: 'Mehr als 13.500 russische Soldaten wurden getötet.',
    low: 'Etwa 4.000 russische Soldaten sind getötet worden.',
    lower: 'Rund 3.000 russische Soldaten sind getötet worden.',
    lowest: 'Etwa 2.000 russische Soldaten wurden getötet.',
    impossible: 'Die Armee hat 130 Prozent ihrer Panzer verloren.',
  },
])('conflict selection ($language)', ({ language, high, low, lower, lowest, impossible }) => {
  const target = figure('t', 'Ukrainian general staff', '2022-03-16T00:00:00Z', high, language);
  // one claimant whose estimate moves over the fortnight, each figure in conflict with the target
  const moving = [
    figure('m1', 'Russian defence ministry', '2022-03-08T00:00:00Z', lowest, language),
    figure('m2', 'Russian defence ministry', '2022-03-13T00:00:00Z', lower, language),
    figure('m3', 'Russian defence ministry', '2022-03-20T00:00:00Z', low, language),
  ];
  const other = figure('o1', 'British intelligence', '2022-03-10T00:00:00Z', low, language);
  const figureOf = lookup([target, ...moving, other]);

  it('finds every conflict first, so the selection is what cuts them', () => {
    expect(compareAgainst([target], [...moving, other])).toHaveLength(4);
  });

  it('keeps one flag per claimant: the figure nearest in time to the target', () => {
    const kept = selectConflicts(compareAgainst([target], [...moving, other]), 't', figureOf);
    expect(kept.map((f) => f.claimIds.find((c) => c !== 't')).sort()).toEqual(['m2', 'o1']);
  });

  it('on a tie in distance keeps the earlier figure', () => {
    const before = figure('b', 'Russian defence ministry', '2022-03-14T00:00:00Z', lower, language);
    const after = figure('a', 'Russian defence ministry', '2022-03-18T00:00:00Z', low, language);
    const kept = selectConflicts(compareAgainst([target], [after, before]), 't', lookup([target, before, after]));
    expect(kept.map((f) => f.claimIds)).toEqual([['b', 't']]);
  });

  it('keeps flags already open with the target and raises no other for that claimant', () => {
    const flagged = new Set([refKey(moving[0])]);
    const kept = selectConflicts(compareAgainst([target], [...moving, other]), 't', figureOf, flagged);
    expect(kept.map((f) => f.claimIds.find((c) => c !== 't')).sort()).toEqual(['m1', 'o1']);
  });

  it('leaves single-figure flags alone', () => {
    const odd = figure('t', 'Ukrainian general staff', '2022-03-16T00:00:00Z', impossible, language);
    const single = singleQuantityFlags(odd);
    expect(single).toHaveLength(1);
    expect(selectConflicts(single, 't', lookup([odd]))).toEqual(single);
  });

  it('judges each figure of the target apart', () => {
    const second = { ...figure('t', 'Ukrainian general staff', '2022-03-16T00:00:00Z', high, language), index: 1 };
    const kept = selectConflicts(compareAgainst([target, second], moving), 't', lookup([target, second, ...moving]));
    expect(kept).toHaveLength(2);
    expect(new Set(kept.map((f) => f.quantities.find((q) => q.claimId === 't')!.index))).toEqual(new Set([0, 1]));
  });
});
