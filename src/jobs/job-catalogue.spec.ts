import { JOB_PRIORITY, QUEUE_NAMES, jobIdFor, jobOptionsFor, type CorroborationReason } from './job-catalogue.js';

describe('job catalogue: priorities and coalescing', () => {
  const check = (reason: CorroborationReason, key = 'k1') => jobOptionsFor('corroboration', { claimId: 'c1', reason, key });

  it.each<CorroborationReason>(['created', 'edited', 'linked', 'requested'])('runs a check a person caused (%s) ahead of background work', (reason) => {
    expect(check(reason).priority).toBe(JOB_PRIORITY.person);
    expect(JOB_PRIORITY.person).toBeLessThan(JOB_PRIORITY.background); // BullMQ: lower runs first
  });

  it('gives source-triggered work the background priority, and never leaves it without one', () => {
    expect(check('source_ingested').priority).toBe(JOB_PRIORITY.background);
    expect(jobOptionsFor('corroboration', { sourceId: 's1', reason: 'source_merge', key: 'src-s1' }).priority).toBe(JOB_PRIORITY.background);
  });

  it('coalesces re-checks of one claim per class, keeping the last request made while one runs', () => {
    expect(check('source_ingested', 'src-a').deduplication).toEqual({ id: 'corroboration-c1-background', keepLastIfActive: true });
    expect(check('source_ingested', 'src-b').deduplication).toEqual(check('source_ingested', 'src-a').deduplication);
    expect(check('edited', 'v2').deduplication).toEqual({ id: 'corroboration-c1-person', keepLastIfActive: true });
    expect(check('created', 'v1').deduplication?.id).toBe(check('edited', 'v3').deduplication?.id);
  });

  it('never merges a requested check (its answer named the job) or a source merge', () => {
    expect(check('requested', 'req-1').deduplication).toBeUndefined();
    expect(jobOptionsFor('corroboration', { sourceId: 's1', reason: 'source_merge', key: 'src-s1' }).deduplication).toBeUndefined();
  });

  it('coalesces consistency checks of one claim across versions; ids stay per version', () => {
    const v1 = jobOptionsFor('consistency', { claimId: 'c1', version: 1 });
    const v2 = jobOptionsFor('consistency', { claimId: 'c1', version: 2 });
    expect([v1.jobId, v2.jobId]).toEqual(['consistency-c1-v1', 'consistency-c1-v2']);
    expect(v2.deduplication).toEqual(v1.deduplication);
    expect(jobOptionsFor('consistency', { claimId: 'c2', version: 1 }).deduplication).not.toEqual(v1.deduplication);
  });

  it('keeps the queue options and deterministic ids without ":"', () => {
    expect(jobOptionsFor('webhooks', { deliveryId: 'd1', attempt: 2 })).toMatchObject({ jobId: 'webhook-d1-a2', attempts: 1 });
    expect(jobOptionsFor('webhooks', { deliveryId: 'd1', attempt: 2 }).priority).toBeUndefined();
    expect(jobIdFor('extraction', { sourceId: 's1' })).toBe('extraction-s1');
    expect(jobIdFor('corroboration', { sourceId: 's1', reason: 'source_merge', key: 'src-s1' })).toBe('corroboration-source-s1');
    expect(QUEUE_NAMES).toHaveLength(4);
  });
});
