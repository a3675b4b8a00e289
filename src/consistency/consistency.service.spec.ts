import { ConsistencyService, consistencyOptions } from './consistency.service.js';
import { EventRouter } from '../jobs/event-router.js';
import type { Db } from '../database/db.js';
import type { FlagsService } from './flags.service.js';
import type { Settings } from '../config/settings.js';
import type { EventEnvelope } from '../events/event-types.js';
import type { EventLog } from '../events/event-log.js';

const consistency = { windowDays: 7, approxTolerance: 0.05, roundingCap: 0.2, severity: { medium: 0.3, high: 0.6 } };

describe('consistency options and job routing', () => {
  it('maps the config section onto the rules options', () => {
    expect(consistencyOptions({ consistency })).toEqual(consistency);
  });

  const router = new EventRouter();
  new ConsistencyService({} as Db, {} as FlagsService, router, {} as EventLog, { consistency } as Settings).onModuleInit();
  const event = (type: EventEnvelope['type'], data: Record<string, unknown>): EventEnvelope => ({ id: 'e1', type, timestamp: '2024-03-01T00:00:00.000Z', data });

  it('queues a check for a new claim, keyed by claim and version', () => {
    expect(router.jobsFor(event('claim.created', { claimId: 'c1', version: 1 }))).toEqual([
      { queue: 'consistency', payload: { claimId: 'c1', version: 1 } },
    ]);
  });

  it.each([[['text']], [['claimedAt']], [['quantities']], [['claimant.country']], [['tags', 'text']], [undefined]])(
    'queues a check after an edit of %j',
    (fields) => {
      expect(router.jobsFor(event('claim.updated', { claimId: 'c1', version: 3, fields }))).toEqual([
        { queue: 'consistency', payload: { claimId: 'c1', version: 3 } },
      ]);
    },
  );

  it.each([[['tags']], [['priority']], [['citations']]])('does not re-check after an edit of %j only', (fields) => {
    expect(router.jobsFor(event('claim.updated', { claimId: 'c1', version: 3, fields }))).toEqual([]);
  });

  it('ignores events without a claim id and version', () => {
    expect(router.jobsFor(event('claim.created', { version: 1 }))).toEqual([]);
  });
});
