import type { Stance } from './evidence.js';
import { DEFAULT_REPORT_OPTIONS, type ReportContext, isPublishedByClaimant, summariseReport } from './report.js';

const item = (originId: string, stance: Stance, publisher = `Publisher of ${originId}`) => ({ originId, stance, publisher });
const context = (over: Partial<ReportContext> = {}): ReportContext => ({ citedOriginIds: [], hasIncomingDenial: false, ...over });

describe('summariseReport', () => {
  it('counts origins, not sources: five reprints of one wire story are one origin', () => {
    const evidence = ['a', 'b', 'c', 'd', 'e'].map((p) => item('o-wire', 'supports', `Site ${p}`));
    expect(summariseReport(evidence, context())).toMatchObject({ status: 'single_source', independentOrigins: 1, supporting: 5 });
  });

  it('is corroborated by two independent supporting origins (default threshold 2)', () => {
    expect(DEFAULT_REPORT_OPTIONS.minIndependentOrigins).toBe(2);
    const summary = summariseReport([item('o2', 'supports'), item('o1', 'supports'), item('o3', 'mentions')], context());
    expect(summary).toEqual({
      status: 'corroborated',
      independentOrigins: 2,
      independentOriginIds: ['o1', 'o2'],
      supporting: 2,
      contradicting: 0,
    });
  });

  it('leaves out the origin of the claim’s own citation, reprints included', () => {
    const evidence = [item('o-cited', 'supports'), item('o-cited', 'supports', 'Reprinting site'), item('o-other', 'supports')];
    expect(summariseReport(evidence, context({ citedOriginIds: ['o-cited'] }))).toMatchObject({
      status: 'single_source',
      independentOrigins: 1,
      independentOriginIds: ['o-other'],
    });
  });

  it('leaves out sources published by the claimant (English names)', () => {
    const evidence = [item('o-pentagon', 'supports', 'U.S. Department of Defense'), item('o-news', 'supports', 'Evening Courier')];
    const ctx = context({ claimant: { name: 'John Kirby', affiliation: 'Department of Defense' } });
    expect(summariseReport(evidence, ctx)).toMatchObject({ status: 'single_source', independentOrigins: 1 });
  });

  it('leaves out sources published by the claimant (German names, any case and diacritics)', () => {
    const evidence = [item('o-amt', 'supports', 'Auswärtiges Amt'), item('o-zeitung', 'supports', 'Abendblatt')];
    const ctx = context({ claimant: { name: 'Sprecherin', affiliation: 'AUSWARTIGES AMT' } });
    expect(summariseReport(evidence, ctx).independentOriginIds).toEqual(['o-zeitung']);
  });

  it('leaves out origins the service names as the claimant’s own', () => {
    const evidence = [item('o1', 'supports'), item('o2', 'supports')];
    expect(summariseReport(evidence, context({ claimantOriginIds: ['o2'] })).independentOrigins).toBe(1);
  });

  it('is contested by any contradicting evidence, however much support there is', () => {
    const evidence = [item('o1', 'supports'), item('o2', 'supports'), item('o3', 'supports'), item('o4', 'contradicts')];
    expect(summariseReport(evidence, context())).toMatchObject({ status: 'contested', independentOrigins: 3, contradicting: 1 });
  });

  it('is contested by contradicting evidence even in the cited source itself', () => {
    expect(summariseReport([item('o-cited', 'contradicts')], context({ citedOriginIds: ['o-cited'] })).status).toBe('contested');
  });

  it('is contested by an incoming denies link without any evidence', () => {
    expect(summariseReport([], context({ hasIncomingDenial: true })).status).toBe('contested');
  });

  it('is uncorroborated with no support, or only mentions', () => {
    expect(summariseReport([], context())).toMatchObject({ status: 'uncorroborated', independentOrigins: 0, supporting: 0 });
    expect(summariseReport([item('o1', 'mentions'), item('o2', 'mentions')], context()).status).toBe('uncorroborated');
  });

  it('is uncorroborated when all support comes from the cited origin', () => {
    expect(summariseReport([item('o-cited', 'supports')], context({ citedOriginIds: ['o-cited'] })).status).toBe('uncorroborated');
  });

  it('follows the configured threshold', () => {
    const evidence = [item('o1', 'supports'), item('o2', 'supports')];
    expect(summariseReport(evidence, context(), { minIndependentOrigins: 3 }).status).toBe('single_source');
    expect(summariseReport(evidence.slice(0, 1), context(), { minIndependentOrigins: 1 }).status).toBe('corroborated');
  });
});

describe('isPublishedByClaimant', () => {
  it('matches a publisher that names the claimant’s organisation, in German or English', () => {
    expect(isPublishedByClaimant('Außenministerium der Volksrepublik China', { name: 'Wang', affiliation: 'Außenministerium' })).toBe(true);
    expect(isPublishedByClaimant('The White House', { name: 'Press Secretary', affiliation: 'White House' })).toBe(true);
  });

  it('does not match unrelated publishers, partial words, or a missing claimant', () => {
    expect(isPublishedByClaimant('Morgenpost', { name: 'Kreml', affiliation: 'Kreml' })).toBe(false);
    expect(isPublishedByClaimant('Whitehouse Gazette', { name: 'someone', affiliation: 'White House' })).toBe(false);
    expect(isPublishedByClaimant('Daily Ledger', null)).toBe(false);
    expect(isPublishedByClaimant('', { name: 'Anyone' })).toBe(false);
    expect(isPublishedByClaimant('Daily Ledger', { name: ' ', affiliation: '' })).toBe(false);
  });
});

describe('summariseReport: translations', () => {
  it('a translation and the report it translates are one origin, named by the smaller id', () => {
    const evidence = [item('o-en', 'supports'), { ...item('o-de', 'supports'), translationOf: 'o-en' }, item('o-other', 'supports')];
    expect(summariseReport(evidence, context())).toMatchObject({ independentOrigins: 2, independentOriginIds: ['o-de', 'o-other'] });
  });

  it('a translation of the claim’s own citation is left out with it', () => {
    const evidence = [item('o-cited', 'supports'), { ...item('o-translated', 'supports'), translationOf: 'o-cited' }, item('o-other', 'supports')];
    expect(summariseReport(evidence, context({ citedOriginIds: ['o-cited'] }))).toMatchObject({ independentOrigins: 1, independentOriginIds: ['o-other'] });
  });
});
