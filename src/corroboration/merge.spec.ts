import { type AssessedEvidence, type CandidatePassage, DEFAULT_EVIDENCE_OPTIONS, assessCandidates } from './assess.js';
import { aboveFloor, candidateFloor, mergeEvidence, sameEvidence } from './merge.js';
import { DEFAULT_CORROBORATION_OPTIONS } from './options.js';
import { summariseReport } from './report.js';

type Lang = 'de' | 'en';

/** Candidates as FTS5 would hand them over: one source's passages, each with a bm25. */
function candidates(sourceId: string, originId: string, language: Lang, passages: Array<[string, number]>): CandidatePassage[] {
  let start = 0;
  return passages.map(([text, bm25]) => {
    const c = { sourceId, publisher: `Publisher ${sourceId}`, originId, language, text, start, end: start + text.length, bm25 };
    start += text.length + 1;
    return c;
  });
}

const CORPORA: Array<{ language: Lang; claim: string; held: CandidatePassage[]; fresh: CandidatePassage[]; reprint: CandidatePassage[] }> = [
  {
    language: 'en',
    claim: 'Wildfires have burned 12,000 hectares of forest in Catalonia since Monday.',
    held: [
      ...candidates('s1', 's1', 'en', [
        ['Wildfires have burned 12,000 hectares of forest in Catalonia since Monday, the fire service said.', -6],
        ['Crews from Aragon were sent to help in Catalonia.', -2],
      ]),
      ...candidates('s2', 's2', 'en', [['Satellite data show 12,000 hectares of forest burned in Catalonia since Monday.', -5]]),
    ],
    fresh: candidates('s3', 's3', 'en', [
      ['The regional government denied that wildfires had burned 12,000 hectares of forest in Catalonia.', -5.5],
      ['Rangers counted 12,000 hectares of forest burned by wildfires in Catalonia since Monday.', -4.5],
      ['Wildfires in Catalonia burned forest since Monday, rangers said, 12,000 hectares in all.', -4],
      ['Catalonia forest wildfires: 12,000 hectares burned since Monday.', -3.5],
    ]),
    reprint: candidates('s4', 's2', 'en', [['Satellite data show 12,000 hectares of forest burned in Catalonia since Monday.', -5]]),
  },
  {
    language: 'de',
    claim: 'Das Hochwasser der Elbe hat in Dresden einen Pegelstand von 7 Metern erreicht.',
    held: [
      ...candidates('s1', 's1', 'de', [
        ['Das Hochwasser der Elbe hat in Dresden einen Pegelstand von 7 Metern erreicht, teilte die Stadt mit.', -6],
        ['In Dresden wurden Straßen an der Elbe gesperrt.', -2],
      ]),
      ...candidates('s2', 's2', 'de', [['Nach Messungen des Landesamts hat die Elbe in Dresden einen Pegelstand von 7 Metern erreicht.', -5]]),
    ],
    fresh: candidates('s3', 's3', 'de', [
      ['Die Landesregierung bestritt, dass das Hochwasser der Elbe in Dresden einen Pegelstand von 7 Metern erreicht habe.', -5.5],
      ['Helfer meldeten, das Hochwasser der Elbe habe in Dresden einen Pegelstand von 7 Metern erreicht.', -4.5],
      ['Der Pegelstand der Elbe in Dresden: 7 Meter Hochwasser erreicht.', -4],
      ['Hochwasser in Dresden, die Elbe hat 7 Meter Pegelstand erreicht.', -3.5],
    ]),
    reprint: candidates('s4', 's2', 'de', [['Nach Messungen des Landesamts hat die Elbe in Dresden einen Pegelstand von 7 Metern erreicht.', -5]]),
  },
];

describe.each(CORPORA)('merging a new source into a report ($language)', ({ language, claim, held, fresh, reprint }) => {
  const assess = (list: CandidatePassage[], options = DEFAULT_CORROBORATION_OPTIONS) => assessCandidates({ text: claim, language }, list, {}, options);
  const summary = (evidence: AssessedEvidence[]) =>
    summariseReport(evidence, { citedOriginIds: ['s1'], hasIncomingDenial: false }, DEFAULT_CORROBORATION_OPTIONS.report);

  it('gives what a full check over all passages gives', () => {
    const merged = mergeEvidence(assess(held), 's3', assess(fresh), DEFAULT_EVIDENCE_OPTIONS);
    const full = assess([...held, ...fresh]);
    expect(merged).toEqual(full);
    expect(merged.some((e) => e.sourceId === 's3' && e.stance === 'contradicts')).toBe(true);
    expect(summary(merged)).toEqual(summary(full));
    expect(summary(merged).status).toBe('contested');
  });

  it('keeps the caps of a full check: passages per source and evidence in all', () => {
    const options = { ...DEFAULT_CORROBORATION_OPTIONS, evidence: { ...DEFAULT_EVIDENCE_OPTIONS, maxEvidence: 4, maxPassagesPerSource: 2 } };
    const merged = mergeEvidence(assess(held, options), 's3', assess(fresh, options), options.evidence);
    expect(merged).toEqual(assess([...held, ...fresh], options));
    expect(merged).toHaveLength(4);
    expect(merged.filter((e) => e.sourceId === 's3').length).toBeLessThanOrEqual(2);
    // contradictions first, whatever their score
    expect(merged[0]!.stance).toBe('contradicts');
  });

  it('counts a reprint of a held source once: its origin is already counted', () => {
    const before = summary(assess(held));
    const merged = mergeEvidence(assess(held), 's4', assess(reprint), DEFAULT_EVIDENCE_OPTIONS);
    expect(merged.some((e) => e.sourceId === 's4' && e.stance === 'supports')).toBe(true);
    expect(summary(merged).independentOriginIds).toEqual(before.independentOriginIds);
    expect(summary(merged).independentOriginIds).toEqual(['s2']);
    expect(summary(merged).supporting).toBe(before.supporting + 1);
  });

  it('replaces what the report held from the same source, so running a merge twice changes nothing', () => {
    const once = mergeEvidence(assess(held), 's3', assess(fresh), DEFAULT_EVIDENCE_OPTIONS);
    const twice = mergeEvidence(once, 's3', assess(fresh), DEFAULT_EVIDENCE_OPTIONS);
    expect(sameEvidence(once, twice)).toBe(true);
    // and evidence claimed for another source is not taken in under this one
    expect(mergeEvidence(assess(held), 's9', assess(fresh), DEFAULT_EVIDENCE_OPTIONS)).toEqual(assess(held));
  });

  it('tells a changed report from an unchanged one', () => {
    const report = assess(held);
    expect(sameEvidence(report, assess(held))).toBe(true);
    expect(sameEvidence(report, mergeEvidence(report, 's3', assess(fresh), DEFAULT_EVIDENCE_OPTIONS))).toBe(false);
    expect(sameEvidence(report, report.map((e, i) => (i === 0 ? { ...e, stance: 'mentions' as const } : e)))).toBe(false);
    expect(sameEvidence(report, report.slice(1))).toBe(false);
  });
});

describe('where a full check drew its line', () => {
  it('is the worst bm25 taken only when the check took as many passages as it may', () => {
    expect(candidateFloor([-9, -7, -3], 3)).toBe(-3);
    expect(candidateFloor([-9, -7], 3)).toBeNull();
    expect(candidateFloor([], 0)).toBeNull();
  });

  it('admits a new passage above the line, and every passage when there is none', () => {
    expect(aboveFloor(-4, -3)).toBe(true);
    expect(aboveFloor(-2, -3)).toBe(false);
    expect(aboveFloor(-3, -3)).toBe(false);
    expect(aboveFloor(-0.1, null)).toBe(true);
  });
});
