import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventRouter } from '../jobs/event-router.js';
import { EventLog } from '../events/event-log.js';
import { ClaimsService, type CitationSpan } from '../claims/claims.service.js';
import type { Language } from '../text/index.js';
import { extractClaims, type ExtractionResult } from './claims-from-text.js';
import { findSameClaim, type HeldClaim } from './same-claim.js';

interface SourceRow {
  id: string;
  text: string;
  language: Language;
  publisher: string;
  published_at: string | null;
}

export interface SourceExtractionOutcome {
  sourceId: string;
  /** Claims the extraction found in the text. */
  found: number;
  /** New claims created. */
  created: number;
  /** Found claims that repeat a held claim and were cited on it instead (0 new citations on a re-run). */
  cited: number;
  /** New `denies` links. */
  linked: number;
  /** Claims citing the source afterwards. */
  claimCount: number;
}

/** Claimant names are at most this long on claims (as POST /v1/claims allows). */
const MAX_CLAIMANT = 200;

/**
 * Extraction on ingest: `source.ingested` routes an `extraction` job; the job runs the pure
 * extraction over the source text and stores claims, citations and links in one transaction.
 * Idempotent: a found claim that repeats a held one (same claimant, near-identical text) is cited
 * on it rather than created, and links that exist are left alone, so re-runs add nothing.
 */
@Injectable()
export class SourceExtractionService implements OnModuleInit {
  private readonly logger = new Logger(SourceExtractionService.name);

  constructor(
    private readonly db: Db,
    private readonly claims: ClaimsService,
    private readonly router: EventRouter,
    private readonly events: EventLog,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  onModuleInit(): void {
    this.router.on('source.ingested', (event) => [{ queue: 'extraction', payload: { sourceId: String(event.data.sourceId) } }]);
  }

  /** Runs the extraction of one source; null when the source is not held (nothing to retry). Throws on failure, after marking it failed. */
  run(sourceId: string): SourceExtractionOutcome | null {
    const source = this.db.get<SourceRow>('SELECT id, text, language, publisher, published_at FROM sources WHERE id = ?', sourceId);
    if (!source) {
      this.logger.warn(`extraction skipped: source ${sourceId} is not held`);
      return null;
    }
    this.setStatus(sourceId, 'running');
    try {
      const result = extractClaims(source.text, {
        language: source.language,
        publisher: source.publisher,
        publishedAt: source.published_at ? new Date(source.published_at) : undefined,
      });
      // Held claims are compared before the write lock is taken: with thousands of claims by one
      // claimant the comparison took hundreds of milliseconds, and every other process's writes
      // (the API's among them) waited that long. Inside the write only claims added since are read.
      const earlier = this.matchHeldClaims(source, result);
      const outcome = this.db.write(() => this.store(source, result, earlier));
      this.logger.log(
        `extraction of source ${sourceId}: ${outcome.found} found, ${outcome.created} created, ${outcome.cited} cited, ${outcome.linked} linked`,
      );
      return outcome;
    } catch (error) {
      this.setStatus(sourceId, 'failed');
      this.logger.error(`extraction of source ${sourceId} failed: ${(error as Error).name}`);
      throw error;
    }
  }

  private setStatus(sourceId: string, status: 'running' | 'failed'): void {
    this.db.write(() => {
      this.db.run('UPDATE sources SET extraction_status = ? WHERE id = ?', status, sourceId);
      if (status !== 'failed') return;
      const claimCount = this.db.get<{ claim_count: number }>('SELECT claim_count FROM sources WHERE id = ?', sourceId)?.claim_count ?? 0;
      this.events.append('source.extracted', { sourceId, claimCount, status });
    });
  }

  /** Outside the write: for each extracted claim, the earliest held claim it repeats, as of `watermark` (claims.seq). */
  private matchHeldClaims(source: SourceRow, result: ExtractionResult): { watermark: number; same: Map<string, string | null> } {
    const watermark = this.db.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM claims')?.seq ?? 0;
    const same = new Map<string, string | null>();
    const heldBy = new Map<string, HeldClaim[]>();
    for (const claim of result.claims) {
      const quote = source.text.slice(claim.start, claim.end);
      const name = claim.claimant.name.slice(0, MAX_CLAIMANT);
      const key = name.toLowerCase();
      let held = heldBy.get(key);
      if (!held) {
        held = this.db.all<HeldClaim>(
          'SELECT id, text, claimant_name AS claimantName FROM claims WHERE claimant_name = ? COLLATE NOCASE AND seq <= ? ORDER BY seq',
          name, watermark,
        );
        heldBy.set(key, held);
      }
      same.set(claim.ref, findSameClaim({ text: quote, claimantName: name }, held, this.settings.extraction.sameClaimSimilarity)?.id ?? null);
    }
    return { watermark, same };
  }

  /** Inside the write: every claim, citation and link of one extraction, and the source's summary. */
  private store(source: SourceRow, result: ExtractionResult, earlier: { watermark: number; same: Map<string, string | null> }): SourceExtractionOutcome {
    const idOf = new Map<string, string>();
    let created = 0;
    let cited = 0;
    let linked = 0;
    for (const claim of result.claims) {
      const quote = source.text.slice(claim.start, claim.end);
      if (quote.trim() === '') continue;
      const citation: CitationSpan = { sourceId: source.id, quote, start: claim.start, end: claim.end };
      const name = claim.claimant.name.slice(0, MAX_CLAIMANT);
      // a match found before the write is the earliest; otherwise only claims added since can be one
      const sameId = earlier.same.get(claim.ref) ?? findSameClaim(
        { text: quote, claimantName: name },
        this.db.all<HeldClaim>(
          'SELECT id, text, claimant_name AS claimantName FROM claims WHERE claimant_name = ? COLLATE NOCASE AND seq > ? ORDER BY seq',
          name, earlier.watermark,
        ),
        this.settings.extraction.sameClaimSimilarity,
      )?.id;
      if (sameId) {
        if (this.claims.addCitation(null, sameId, citation)) cited++;
        idOf.set(claim.ref, sameId);
        continue;
      }
      const id = this.claims.createExtracted({
        text: quote,
        claimant: {
          name,
          affiliation: claim.claimant.affiliation?.slice(0, MAX_CLAIMANT) ?? undefined,
          country: claim.claimant.country ?? undefined,
        },
        language: result.language,
        claimedAt: claim.claimedAt ?? source.published_at,
        citation,
      });
      idOf.set(claim.ref, id);
      created++;
    }
    for (const link of result.links) {
      const from = idOf.get(link.from);
      const to = idOf.get(link.to);
      if (from && to && this.claims.linkIfAbsent(null, from, to, link.relation)) linked++;
    }
    this.db.run(
      `UPDATE sources SET extraction_status = 'done',
         claim_count = (SELECT COUNT(DISTINCT claim_id) FROM claim_citations WHERE source_id = ?) WHERE id = ?`,
      source.id, source.id,
    );
    const claimCount = this.db.get<{ claim_count: number }>('SELECT claim_count FROM sources WHERE id = ?', source.id)!.claim_count;
    // the end of a source's extraction, also when it found nothing (its claims' own events come before)
    this.events.append('source.extracted', { sourceId: source.id, claimCount, status: 'done' });
    return { sourceId: source.id, found: result.claims.length, created, cited, linked, claimCount };
  }
}
