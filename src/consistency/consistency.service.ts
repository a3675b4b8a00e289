import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventRouter } from '../jobs/event-router.js';
import type { EventEnvelope } from '../events/event-types.js';
import type { RoutedJob } from '../jobs/event-router.js';
import { EventLog } from '../events/event-log.js';
import { DEFAULT_PARTNER_BOUND, FlagFinder, type PartnerBound } from './flag-finder.js';
import { FlagsService, type CheckOutcome } from './flags.service.js';
import type { ConsistencyOptions } from './rules.js';

/** The rules' options from config/ (the `consistency` section). */
export function consistencyOptions(settings: Pick<Settings, 'consistency'>): ConsistencyOptions {
  const c = settings.consistency;
  return {
    windowDays: c.windowDays,
    approxTolerance: c.approxTolerance,
    roundingCap: c.roundingCap,
    severity: { medium: c.severity.medium, high: c.severity.high },
  };
}

/** How many partners a check compares (config consistency.maxPartnersPerSide; the rule is in partner-bound.ts). */
export function partnerBound(settings: Pick<Settings, 'consistency'>): PartnerBound {
  return { perSide: settings.consistency.maxPartnersPerSide ?? DEFAULT_PARTNER_BOUND.perSide };
}

/** Edits after which a claim's figures (or how they read in an explanation) may have changed. */
const CHECKED_FIELDS = /^(text|claimedAt|quantities|claimant(\..*)?)$/;

/**
 * Runs the consistency rules for one claim: on claim.created and claim.updated the outbox routes a
 * `consistency` job (id `consistency-<claimId>-v<version>`), whose processor calls `check`. Jobs of
 * one claim are coalesced (job-catalogue.ts): edits while a check waits share it, an edit while one
 * runs gets one more run after it.
 */
@Injectable()
export class ConsistencyService implements OnModuleInit {
  private readonly finder: FlagFinder;

  constructor(
    private readonly db: Db,
    private readonly flags: FlagsService,
    private readonly router: EventRouter,
    private readonly events: EventLog,
    @Inject(SETTINGS) settings: Settings,
  ) {
    this.finder = new FlagFinder(db, consistencyOptions(settings), partnerBound(settings));
  }

  onModuleInit(): void {
    this.router.on('claim.created', (event) => this.jobFor(event));
    this.router.on('claim.updated', (event) => {
      const fields = event.data.fields;
      const relevant = !Array.isArray(fields) || fields.some((f) => typeof f === 'string' && CHECKED_FIELDS.test(f));
      return relevant ? this.jobFor(event) : [];
    });
  }

  /**
   * One transaction: reads the claim's quantities and its partners, runs the rules and persists the
   * outcome. Always judges the claim as it is now, so a job for an older version does no harm (and a
   * repeat changes nothing). Every check ends with `consistency.completed`, also when it found
   * nothing, so a client can tell "checked, no conflict" from "not checked yet". Returns null when
   * the claim does not exist.
   */
  check(claimId: string): Promise<CheckOutcome | null> {
    // grouped: checks running side by side in the worker share one commit
    return this.db.writeGrouped(() => {
      const evaluation = this.finder.evaluate(claimId);
      if (!evaluation) return null;
      const outcome = this.flags.apply(evaluation);
      this.events.append('consistency.completed', {
        claimId, version: evaluation.version, raised: outcome.raised, closed: outcome.closed,
      });
      return outcome;
    });
  }

  private jobFor(event: EventEnvelope): RoutedJob[] {
    const { claimId, version } = event.data as { claimId?: unknown; version?: unknown };
    if (typeof claimId !== 'string' || typeof version !== 'number') return [];
    return [{ queue: 'consistency', payload: { claimId, version } }];
  }
}
