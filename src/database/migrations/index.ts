import { InitialSchema1732200000000 } from './1732200000000-initial-schema.js';
import { ReviewWorkflow1732300000000 } from './1732300000000-review-workflow.js';
import { QuantitiesAndFlags1732400000000 } from './1732400000000-quantities-and-flags.js';
import { Corroboration1732500000000 } from './1732500000000-corroboration.js';
import { Webhooks1732700000000 } from './1732700000000-webhooks.js';
import { ClaimsFtsWrittenByService1732800000000 } from './1732800000000-claims-fts-written-by-service.js';
import { DecidedClaimsLastInQueue1732900000000 } from './1732900000000-decided-claims-last-in-queue.js';
import { CorroborationMerge1733012000000 } from './1733012000000-corroboration-merge.js';
import { QueuePageIndexes1733100000000 } from './1733100000000-queue-page-indexes.js';
import { StoredClaimJson1733200000000 } from './1733200000000-stored-claim-json.js';
import { ConsoleSessions1733300000000 } from './1733300000000-console-sessions.js';
import { SourceDateFoundBy1733400000000 } from './1733400000000-source-date-found-by.js';
import { ClaimJsonOncePerTransaction1733500000000 } from './1733500000000-claim-json-once-per-transaction.js';
import { ShareWholeInComparisonKey1733600000000 } from './1733600000000-share-whole-in-comparison-key.js';
import { QuantityClaimantCountry1733610000000 } from './1733610000000-quantity-claimant-country.js';
import { FiguresOverTime1733710000000 } from './1733710000000-figures-over-time.js';
import { CountedFiguresInComparisonKey1733800000000 } from './1733800000000-counted-figures-in-comparison-key.js';

/** Every migration, oldest first. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [
  InitialSchema1732200000000, ReviewWorkflow1732300000000, QuantitiesAndFlags1732400000000, Corroboration1732500000000, Webhooks1732700000000,
  ClaimsFtsWrittenByService1732800000000, DecidedClaimsLastInQueue1732900000000,
  CorroborationMerge1733012000000, QueuePageIndexes1733100000000, StoredClaimJson1733200000000,
  ConsoleSessions1733300000000, SourceDateFoundBy1733400000000, ClaimJsonOncePerTransaction1733500000000,
  ShareWholeInComparisonKey1733600000000, QuantityClaimantCountry1733610000000,
  FiguresOverTime1733710000000, CountedFiguresInComparisonKey1733800000000];
