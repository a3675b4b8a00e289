import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { EventLog } from '../events/event-log.js';
import type { EventEnvelope } from '../events/event-types.js';
import { EventRouter, type RoutedJob } from '../jobs/event-router.js';
import { jobIdFor, type JobPayloads } from '../jobs/job-catalogue.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ClaimHistory } from '../claims/claim-history.js';
import type { Caller } from '../auth/roles.js';
import type { Language } from '../text/index.js';
import { extractQuantities, type Quantity } from '../quantities/index.js';
import { DEFAULT_CONSISTENCY_OPTIONS, measureComparisonKey, rangeConflict, type RuleQuantity } from '../consistency/rules.js';
import {
  type AnalysedText,
  type AssessedEvidence,
  type CandidatePassage,
  type QuantitiesConflict,
  type ReportSummary,
  type Bm25Document,
  type Bm25Statistics,
  allTerms,
  analyseText,
  aboveFloor,
  bm25Document,
  bm25Rank,
  foldIndexTerm,
  fts5Totals,
  indexTokens,
  assessCandidates,
  candidateFloor,
  matchQueryFromTerms,
  mergeEvidence,
  relinkTranslations,
  sameEvidence,
  salientTerms,
  scorePassage,
  summariseReport,
  termKind,
  type ReportDetails,
} from './index.js';
import { corroborationOptionsFrom } from './corroboration-config.js';
import type { CorroborationOptions } from './options.js';
import type { CorroborationCheckAccepted, CorroborationReportResponse, EvidenceResponse } from './corroboration.dto.js';

type CheckReason = Exclude<JobPayloads['corroboration'], { sourceId: string }>['reason'];

/** Claim edits that change what a check looks for or whom it leaves out. */
const FIELDS_THAT_MATTER = new Set(['text', 'claimant.name', 'claimant.affiliation', 'claimedAt', 'citations']);

/** bm25 of a passage FTS5 ranks first by far: the reverse lookup scores passages as if they were. */
const BEST_BM25 = -1e9;

/** Claims merged per write: one transaction stays short, and the event loop gets a turn between them. */
const MERGE_CHUNK = 20;

/** Passages of held evidence a merge read back (by source and start), and their translation details. */
interface HeldPassages {
  rows: Map<string, { text: string; language: string } | null>;
  details: Map<string, ReportDetails>;
}

/** One claim's merge, worked out before the write (prepareMerge) and stored inside it (storeMerge). */
interface PreparedMerge {
  claim: LookupClaim;
  terms: string[];
  fresh: AssessedEvidence[];
  /** The report's evidence as read: the write stores `merged` only if it is still this. */
  heldEvidence: string;
  merged: AssessedEvidence[];
}

/** A check re-reads when sources arrived while it worked; after this many tries it stores what it has. */
const MAX_CHECK_ATTEMPTS = 3;

interface ClaimForCheck {
  seq: number;
  text: string;
  language: string;
  claimant_country: string | null;
  claimed_at: string | null;
  created_at: string;
}

interface PassageRow {
  source_id: string;
  start: number;
  end: number;
  text: string;
  publisher: string;
  origin_id: string;
  language: string;
  published_at: string | null;
  bm25: number;
}

interface ReportRow {
  status: string;
  checked_at: string;
  independent_origins: number;
  independent_origin_ids: string;
  evidence: string;
}

export interface CheckOutcome {
  claimId: string;
  /** null when the claim no longer exists or its text changed under the check (its edit queued another). */
  summary: (ReportSummary & { version: number; checkedAt: string }) | null;
}

/** A passage of a new source, analysed once for every claim the lookup found. */
interface LookupPassage {
  text: string;
  language: Language;
  analysed: AnalysedText;
}

/** An open claim the reverse lookup found. */
interface LookupClaim extends ClaimForCheck {
  id: string;
}

/** What merging one new source did: claims the lookup found, those a passage may speak to, reports changed. */
export interface MergeOutcome {
  sourceId: string;
  found: number;
  assessed: number;
  changed: number;
}

/** A candidate passage with its source's date, which the quantity rule needs. */
type Candidate = CandidatePassage & { publishedAt: string | null };

/** A figure of a text with the key the consistency rules compare it by. */
export interface KeyedFigure {
  quantity: Quantity;
  key: string;
}

/**
 * A text's figures that the quantity rules can compare: measure, subject and unit known (and a
 * share's whole). Counted figures of other measures meet a passage through counted-figures.ts,
 * which reads the passage's own wording; the keys the desk stores for them need a subject the
 * claim names, which a passage seldom repeats.
 */
export function comparableFigures(text: string, language: Language, claimantCountry: string | null): KeyedFigure[] {
  return extractQuantities(text, { language, claimantCountry }).flatMap((quantity) => {
    const key = measureComparisonKey(text, quantity, language);
    return key === null ? [] : [{ quantity, key }];
  });
}

/**
 * Passages never change, and the same ones come back for check after check on a desk that follows
 * one story: parsing their figures again was a seventh of a worker's time under load. Kept by
 * language and text, the least recently used dropped first.
 */
const passageFigures = new LRUCache<string, KeyedFigure[]>({ max: 20_000 });

export function comparablePassageFigures(text: string, language: Language): KeyedFigure[] {
  const key = `${language}\u0000${text}`;
  let figures = passageFigures.get(key);
  if (!figures) {
    figures = comparableFigures(text, language, null);
    passageFigures.set(key, figures);
  }
  return figures;
}

/** The range-conflict rule of "Numbers in claims" between a claim's figures and a passage's. */
export function figuresConflict(claim: KeyedFigure[], claimDate: Date, passage: KeyedFigure[], passageDate: Date): boolean {
  const rule = ({ quantity, key }: KeyedFigure, index: number, side: string, referenceDate: Date): RuleQuantity =>
    ({ claimId: side, index, quantity, referenceDate, claimant: side, key });
  return claim.some((mine, i) =>
    passage.some((theirs, j) =>
      rangeConflict(rule(mine, i, 'claim', claimDate), rule(theirs, j, 'passage', passageDate), DEFAULT_CONSISTENCY_OPTIONS) !== null));
}

const asLanguage = (value: string): Language => (value === 'de' ? 'de' : 'en');

function toEvidenceResponse(e: AssessedEvidence): EvidenceResponse {
  return {
    sourceId: e.sourceId, publisher: e.publisher, originId: e.originId, stance: e.stance, score: e.score,
    snippet: e.snippet, start: e.start, end: e.end, reason: e.reason, cue: e.cue,
  };
}

/**
 * Corroboration checks: which held sources support or contradict a claim, and how many of them
 * are independent. Also decides when checks run (routes from events to the `corroboration`
 * queue) and which open claims a new source may speak to (the reverse lookup).
 */
@Injectable()
export class CorroborationService implements OnModuleInit {
  readonly options: CorroborationOptions;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly events: EventLog,
    private readonly claims: ClaimsService,
    private readonly history: ClaimHistory,
    private readonly router: EventRouter,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    this.options = corroborationOptionsFrom(settings.corroboration);
  }

  onModuleInit(): void {
    // The explicit request always routes (its 202 promised a job id); the rest only with autoCheck.
    this.router.on('claim.updated', (event) => this.routeUpdate(event));
    if (!this.settings.corroboration.autoCheck) return;
    this.router.on('claim.created', (event) => [this.job(String(event.data.claimId), 'created', `v${event.data.version ?? 1}`)]);
    this.router.on('claim.linked', (event) =>
      event.data.relation === 'denies' ? [this.job(String(event.data.toClaimId), 'linked', `link-${event.data.linkId}`)] : [],
    );
    // One job per source: finding the claims it speaks to is background work, never the relay's.
    this.router.on('source.ingested', (event) => {
      const sourceId = String(event.data.sourceId);
      return [{ queue: 'corroboration', payload: { sourceId, reason: 'source_merge', key: `src-${sourceId}` } }];
    });
  }

  private routeUpdate(event: EventEnvelope): RoutedJob[] {
    const claimId = String(event.data.claimId);
    if (typeof event.data.corroborationKey === 'string') return [this.job(claimId, 'requested', event.data.corroborationKey)];
    if (!this.settings.corroboration.autoCheck) return [];
    const fields = Array.isArray(event.data.fields) ? (event.data.fields as string[]) : [];
    return fields.some((f) => FIELDS_THAT_MATTER.has(f)) ? [this.job(claimId, 'edited', `v${event.data.version}`)] : [];
  }

  private job(claimId: string, reason: CheckReason, key: string): RoutedJob {
    return { queue: 'corroboration', payload: { claimId, reason, key } };
  }

  // ---- HTTP ----

  /**
   * Queues a fresh check: the claim shows `pending` and a claim.updated event carries the key of
   * the job the relay will enqueue, so the job id is known before Redis is asked.
   */
  requestCheck(caller: Caller, claimId: string): CorroborationCheckAccepted {
    return this.db.write(() => {
      const row = this.claims.requireRow(claimId);
      const key = `req-${newId()}`;
      const jobId = jobIdFor('corroboration', { claimId, reason: 'requested', key });
      const now = this.clock.now().toISOString();
      this.db.run(
        `UPDATE claims SET corroboration_status = 'pending', updated_at = ? WHERE id = ?`, now, claimId,
      );
      // derived state: the version (what people edit, and their If-Match) stays as it is
      const version = row.version;
      this.history.append({ claimId, actorId: caller.id, action: 'request_corroboration', data: { jobId } });
      this.events.append('claim.updated', { claimId, version, fields: ['corroboration'], corroborationKey: key });
      return { jobId };
    });
  }

  /** The latest report; a claim never checked answers `unchecked` with no evidence (not 404: the claim exists). */
  report(claimId: string): CorroborationReportResponse {
    const claim = this.claims.requireRow(claimId);
    const row = this.db.get<ReportRow>(
      `SELECT status, checked_at, independent_origins, independent_origin_ids, evidence FROM corroboration_reports WHERE claim_id = ?`,
      claimId,
    );
    const checkPending = claim.corroboration_status === 'pending';
    if (!row) {
      return { claimId, status: 'unchecked', checkedAt: null, independentOrigins: 0, independentOriginIds: [], checkPending, evidence: [] };
    }
    return {
      claimId,
      status: row.status,
      checkedAt: row.checked_at,
      independentOrigins: row.independent_origins,
      independentOriginIds: JSON.parse(row.independent_origin_ids) as string[],
      checkPending,
      evidence: (JSON.parse(row.evidence) as AssessedEvidence[]).map(toEvidenceResponse),
    };
  }

  // ---- background ----

  /**
   * Runs one check and stores its report. Reads happen outside the write lock; if sources were
   * ingested meanwhile (another process), it reads again, so a slow check never overwrites a
   * report that already saw them. The claim's salient terms are stored with the report: a source
   * committed after this write finds the claim by the reverse lookup, one committed before was read.
   */
  async check(claimId: string): Promise<CheckOutcome> {
    for (let attempt = 1; ; attempt++) {
      const claim = this.db.get<ClaimForCheck>(
        'SELECT seq, text, language, claimant_country, claimed_at, created_at FROM claims WHERE id = ?', claimId,
      );
      if (!claim) return { claimId, summary: null };
      const watermark = this.passageWatermark();
      const language = asLanguage(claim.language);
      const terms = salientTerms(claim.text, language, this.options.query);
      const candidates = this.candidates(terms);
      const floor = candidateFloor(candidates.map((c) => c.bm25 ?? 0), this.settings.corroboration.check.maxCandidatePassages);
      const evidence = assessCandidates(
        { text: claim.text, language }, candidates, { quantitiesConflict: this.quantitiesConflict(claim, candidates) }, this.options,
      );
      // grouped: checks running side by side in the worker share one commit
      const outcome = await this.db.writeGrouped(() => {
        const now = this.db.get<{ text: string; denied_by: number; claimant_name: string; claimant_affiliation: string | null; version: number }>(
          'SELECT text, denied_by, claimant_name, claimant_affiliation, version FROM claims WHERE id = ?', claimId,
        );
        if (!now) return { claimId, summary: null };
        const moved = now.text !== claim.text || this.passageWatermark() !== watermark;
        if (moved && attempt < MAX_CHECK_ATTEMPTS) return 'again' as const;
        if (now.text !== claim.text) return { claimId, summary: null };
        return { claimId, summary: this.store(claimId, claim.seq, terms, evidence, floor, now) };
      });
      if (outcome !== 'again') return outcome;
    }
  }

  private passageWatermark(): number {
    return this.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM passages')?.id ?? 0;
  }

  /**
   * The claim's terms that go into the FTS5 query: rarest first (document frequency from the
   * index's vocabulary) while their passage counts add up to check.maxPostings; the two rarest
   * always. Without this, one claim naming a common entity would have FTS5 rank a large share of
   * all passages. Terms left out still count when the candidates are scored.
   */
  queryTerms(terms: string[], known?: Map<string, number>): string[] {
    const budget = this.settings.corroboration.check.maxPostings;
    const docsOf = (term: string): number => {
      const held = known?.get(foldIndexTerm(term));
      if (held !== undefined) return held;
      // the index folds case and diacritics (unicode61 remove_diacritics 2); so does the look-up
      const docs = this.passageDocs(term);
      known?.set(foldIndexTerm(term), docs);
      return docs;
    };
    const counted = terms.map((term, order) => ({ term, order, docs: docsOf(term) }));
    counted.sort((a, b) => a.docs - b.docs || a.order - b.order);
    const chosen: string[] = [];
    let spent = 0;
    for (const { term, docs } of counted) {
      if (chosen.length >= 2 && spent + docs > budget) break;
      chosen.push(term);
      spent += docs;
    }
    return chosen;
  }

  /** In how many passages a term occurs (n(t) of BM25). fts5vocab counts it over the term's postings. */
  private passageDocs(term: string): number {
    return this.db.get<{ doc: number }>('SELECT doc FROM passages_vocab WHERE term = ?', foldIndexTerm(term))?.doc ?? 0;
  }

  private candidates(claimTerms: string[]): Candidate[] {
    const match = matchQueryFromTerms(this.queryTerms(claimTerms));
    if (match === null) return [];
    const rows = this.db.all<PassageRow>(
      `SELECT p.source_id, p.start, p."end" AS "end", p.text, s.publisher, s.origin_id, s.language, s.published_at, f.rank AS bm25
       FROM (SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?) f
       JOIN passages p ON p.id = f.rowid JOIN sources s ON s.id = p.source_id
       ORDER BY f.rank`,
      match, this.settings.corroboration.check.maxCandidatePassages,
    );
    return rows.map((r) => ({
      sourceId: r.source_id, publisher: r.publisher, originId: r.origin_id, language: asLanguage(r.language),
      text: r.text, start: r.start, end: r.end, bm25: r.bm25, publishedAt: r.published_at,
    }));
  }

  /**
   * Figures that cannot both be true (same measure and subject, disjoint intervals, dates close):
   * the consistency rule of "Numbers in claims". The claim is dated by claimedAt (else when it was
   * recorded), a passage by its source's publishedAt (else the claim's date).
   */
  private quantitiesConflict(claim: ClaimForCheck, candidates: Candidate[]): QuantitiesConflict {
    const claimDate = new Date(claim.claimed_at ?? claim.created_at);
    const about = new Map(candidates.map((c) => [c.text, c]));
    let claimFigures: KeyedFigure[] | null = null;
    return (claimText, passageText) => {
      claimFigures ??= comparableFigures(claimText, asLanguage(claim.language), claim.claimant_country);
      if (claimFigures.length === 0) return false;
      const passage = about.get(passageText);
      const date = passage?.publishedAt ? new Date(passage.publishedAt) : claimDate;
      return figuresConflict(claimFigures, claimDate, comparablePassageFigures(passageText, passage?.language ?? asLanguage(claim.language)), date);
    };
  }

  /**
   * Inside the check's write: report, claim summary, the claim's terms, the event. The claim's version
   * is not bumped: it guards what people edit, and a background result must not make their If-Match stale.
   */
  private store(
    claimId: string,
    seq: number,
    terms: string[],
    evidence: AssessedEvidence[],
    floor: number | null,
    claim: { denied_by: number; claimant_name: string; claimant_affiliation: string | null; version: number },
  ): ReportSummary & { version: number; checkedAt: string } {
    const citedOriginIds = this.db
      .all<{ origin_id: string }>(
        'SELECT DISTINCT s.origin_id FROM claim_citations cc JOIN sources s ON s.id = cc.source_id WHERE cc.claim_id = ?', claimId,
      )
      .map((r) => r.origin_id);
    const summary = summariseReport(
      evidence,
      {
        citedOriginIds,
        claimant: { name: claim.claimant_name, affiliation: claim.claimant_affiliation },
        hasIncomingDenial: claim.denied_by > 0,
      },
      this.options.report,
    );
    const checkedAt = this.clock.now().toISOString();
    const version = claim.version;
    this.db.run(
      `INSERT INTO corroboration_reports (claim_id, status, checked_at, independent_origins, independent_origin_ids, evidence, claim_version, candidate_floor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (claim_id) DO UPDATE SET status = excluded.status, checked_at = excluded.checked_at,
         independent_origins = excluded.independent_origins, independent_origin_ids = excluded.independent_origin_ids,
         evidence = excluded.evidence, claim_version = excluded.claim_version, candidate_floor = excluded.candidate_floor`,
      claimId, summary.status, checkedAt, summary.independentOrigins, JSON.stringify(summary.independentOriginIds),
      JSON.stringify(evidence), version, floor,
    );
    this.db.run(
      `UPDATE claims SET corroboration_status = ?, corroboration_origins = ?, corroboration_supporting = ?,
         corroboration_contradicting = ?, corroboration_checked_at = ?, updated_at = ? WHERE id = ?`,
      summary.status, summary.independentOrigins, summary.supporting, summary.contradicting, checkedAt, checkedAt, claimId,
    );
    this.storeClaimTerms(seq, terms);
    this.events.append('corroboration.completed', {
      claimId, status: summary.status, independentOrigins: summary.independentOrigins,
      supporting: summary.supporting, contradicting: summary.contradicting, version,
    });
    return { ...summary, version, checkedAt };
  }

  /** The claim's salient terms in claims_terms_fts (rowid = claims.seq), for the reverse lookup. */
  private storeClaimTerms(seq: number, terms: string[]): void {
    const joined = terms.join(' ');
    const held = this.db.get<{ terms: string }>('SELECT terms FROM claims_terms_fts WHERE rowid = ?', seq);
    if (held?.terms === joined) return;
    if (held) this.db.run('DELETE FROM claims_terms_fts WHERE rowid = ?', seq);
    if (joined !== '') this.db.run('INSERT INTO claims_terms_fts (rowid, terms) VALUES (?, ?)', seq, joined);
  }

  /**
   * After a final failure: a claim left `pending` by an explicit request goes back to its last
   * outcome (or `unchecked`), so it does not look queued forever.
   */
  releasePending(claimId: string): void {
    this.db.write(() => {
      const row = this.db.get<{ version: number; status: string | null }>(
        `SELECT c.version, r.status FROM claims c LEFT JOIN corroboration_reports r ON r.claim_id = c.id
         WHERE c.id = ? AND c.corroboration_status = 'pending'`,
        claimId,
      );
      if (!row) return;
      const now = this.clock.now().toISOString();
      this.db.run(
        'UPDATE claims SET corroboration_status = ?, updated_at = ? WHERE id = ?', row.status ?? 'unchecked', now, claimId,
      );
      this.events.append('claim.updated', { claimId, version: row.version, fields: ['corroboration'] });
    });
  }

  /**
   * A new source, merged into the reports of the open claims it may speak to (the `source_merge`
   * job). Its cost follows what the source changes, not how many claims are held: the reverse
   * lookup finds at most reverseLookup.maxClaims claims through an index, and each of those is
   * scored against the new source's passages alone, with the claim's own query and BM25 computed as
   * FTS5 does (bm25.ts), so the scores are what a full check would see. A report is written, with its
   * corroboration.completed event, only when its evidence changed. Claims beyond the bound, and
   * claims never checked, see the source at their next full check.
   */
  async mergeSource(sourceId: string): Promise<MergeOutcome> {
    const source = this.db.get<{ language: string; min_id: number | null; max_id: number | null }>(
      `SELECT s.language, MIN(p.id) AS min_id, MAX(p.id) AS max_id
       FROM sources s LEFT JOIN passages p ON p.source_id = s.id WHERE s.id = ? GROUP BY s.id`,
      sourceId,
    );
    if (!source || source.min_id === null || source.max_id === null) return { sourceId, found: 0, assessed: 0, changed: 0 };
    const language = asLanguage(source.language);
    const passages = this.newPassages(sourceId, language);
    const claims = this.lookupClaims(passages);
    // claims on one story share most terms: their passage counts are looked up once per merge
    const docs = new Map<string, number>();
    const scored = this.scoredPassages(sourceId, docs);
    let assessed = 0;
    let changed = 0;
    // the held passages of one story's reports are the same few: read and analysed once per merge
    const held: HeldPassages = { rows: new Map(), details: new Map() };
    for (let at = 0; at < claims.length; at += MERGE_CHUNK) {
      const prepared: PreparedMerge[] = [];
      for (const claim of claims.slice(at, at + MERGE_CHUNK)) {
        if (!this.mayBeEvidence(claim, passages)) continue;
        const report = this.db.get<{ evidence: string; candidate_floor: number | null }>(
          'SELECT evidence, candidate_floor FROM corroboration_reports WHERE claim_id = ?', claim.id,
        );
        // a claim never checked reads the source at its first check
        if (!report) continue;
        assessed++;
        const merge = this.prepareMerge(claim, sourceId, report.evidence, this.assessNewPassages(claim, report.candidate_floor, scored, docs), held);
        if (merge) prepared.push(merge);
      }
      // most reports a source could change keep their evidence: those take no write at all
      if (prepared.length > 0) changed += await this.db.writeGrouped(() => prepared.filter((merge) => this.storeMerge(merge, sourceId, held)).length);
    }
    return { sourceId, found: claims.length, assessed, changed };
  }

  /**
   * The new source's passages with what BM25 needs of them, and the index's totals, read once per
   * merge. FTS5 would recount n(t) over every term's whole postings for each claim's query
   * (bm25.ts says why that is done here instead); the counts are taken once per term and merge.
   */
  private scoredPassages(sourceId: string, docs: Map<string, number>): { passages: Array<Candidate & { doc: Bm25Document }>; stats: Bm25Statistics } {
    const rows = this.db.all<Omit<PassageRow, 'bm25'>>(
      `SELECT p.source_id, p.start, p."end" AS "end", p.text, s.publisher, s.origin_id, s.language, s.published_at
       FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = ? ORDER BY p.idx`,
      sourceId,
    );
    const record = this.db.get<{ block: Uint8Array }>('SELECT block FROM passages_fts_data WHERE id = 1')?.block;
    const totals = record ? fts5Totals(record) : { rows: 0, tokens: 0 };
    const stats: Bm25Statistics = {
      ...totals,
      docs: (folded) => {
        let n = docs.get(folded);
        if (n === undefined) docs.set(folded, (n = this.passageDocs(folded)));
        return n;
      },
    };
    const passages = rows.map((r) => {
      const language = asLanguage(r.language);
      return {
        sourceId: r.source_id, publisher: r.publisher, originId: r.origin_id, language,
        text: r.text, start: r.start, end: r.end, bm25: 0, publishedAt: r.published_at,
        doc: bm25Document(indexTokens(r.text, language), foldIndexTerm),
      };
    });
    return { passages, stats };
  }

  /** The claim's query over the new source's passages only, ranked as FTS5 ranks and assessed as a full check assesses its candidates. */
  private assessNewPassages(
    claim: LookupClaim,
    floor: number | null,
    scored: { passages: Array<Candidate & { doc: Bm25Document }>; stats: Bm25Statistics },
    docs: Map<string, number>,
  ) {
    const language = asLanguage(claim.language);
    const terms = salientTerms(claim.text, language, this.options.query);
    const query = this.queryTerms(terms, docs).map(foldIndexTerm);
    if (query.length === 0) return { terms, evidence: [] };
    const candidates: Candidate[] = [];
    for (const { doc, ...passage } of scored.passages) {
      const bm25 = bm25Rank(query, doc, scored.stats);
      if (bm25 !== null && aboveFloor(bm25, floor)) candidates.push({ ...passage, bm25 });
    }
    const evidence = assessCandidates(
      { text: claim.text, language }, candidates, { quantitiesConflict: this.quantitiesConflict(claim, candidates) }, this.options,
    );
    return { terms, evidence };
  }

  /**
   * Before the merge's write: the claim's report as read (its evidence JSON), merged with the new
   * source's evidence. Null when nothing would change. Parsing and merging a report outside the
   * transaction keeps the write lock, which the API's writes wait for, to the rows themselves.
   */
  private prepareMerge(
    claim: LookupClaim, sourceId: string, heldEvidence: string, fresh: { terms: string[]; evidence: AssessedEvidence[] }, passages: HeldPassages,
  ): PreparedMerge | null {
    const merged = this.mergedEvidence(claim, JSON.parse(heldEvidence) as AssessedEvidence[], sourceId, fresh.evidence, passages);
    return merged && { claim, terms: fresh.terms, fresh: fresh.evidence, heldEvidence, merged };
  }

  /**
   * The held evidence with the new source's, and the translations among all of it marked again;
   * null when that changes nothing.
   */
  private mergedEvidence(
    claim: LookupClaim, held: AssessedEvidence[], sourceId: string, fresh: AssessedEvidence[], known: HeldPassages,
  ): AssessedEvidence[] | null {
    const merged = mergeEvidence(held, sourceId, fresh, this.options.evidence);
    // the same items as held keep their marks; a translation needs a supporting passage in each
    // language, so passages are read back only then
    if (sameEvidence(held, merged)) return null;
    const languages = new Set<string>();
    const passage = this.db.stmt<[string, number], { text: string; language: string }>(
      'SELECT p.text, s.language FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = ? AND p.start = ?',
    );
    const passages = new Map<AssessedEvidence, { text: string; language: Language } | null>();
    for (const item of merged) {
      if (item.stance === 'contradicts') continue;
      const key = `${item.sourceId}@${item.start}`;
      let row = known.rows.get(key);
      if (row === undefined) known.rows.set(key, (row = passage.get(item.sourceId, item.start) ?? null));
      passages.set(item, row ? { text: row.text, language: asLanguage(row.language) } : null);
      if (row && item.stance === 'supports') languages.add(row.language);
    }
    if (languages.size < 2) return merged;
    const relinked = relinkTranslations({ text: claim.text, language: asLanguage(claim.language) }, merged, (item) => passages.get(item) ?? null, known.details);
    return sameEvidence(held, relinked) ? null : relinked;
  }

  /**
   * Inside the merge's write. When the report is still the one the merge read, the prepared result
   * is stored; when a full check or another merge wrote it since, the new evidence is merged into
   * what it wrote. Nothing is written when nothing changed, or when the claim's text changed (its
   * edit queued a full check).
   */
  private storeMerge(merge: PreparedMerge, sourceId: string, passages: HeldPassages): boolean {
    const { claim } = merge;
    const now = this.db.get<{ text: string; denied_by: number; claimant_name: string; claimant_affiliation: string | null; version: number }>(
      'SELECT text, denied_by, claimant_name, claimant_affiliation, version FROM claims WHERE id = ?', claim.id,
    );
    if (!now || now.text !== claim.text) return false;
    const report = this.db.get<{ evidence: string; candidate_floor: number | null }>(
      'SELECT evidence, candidate_floor FROM corroboration_reports WHERE claim_id = ?', claim.id,
    );
    if (!report) return false;
    const merged = report.evidence === merge.heldEvidence
      ? merge.merged
      : this.mergedEvidence(claim, JSON.parse(report.evidence) as AssessedEvidence[], sourceId, merge.fresh, passages);
    if (!merged) return false;
    this.store(claim.id, claim.seq, merge.terms, merged, report.candidate_floor, now);
    return true;
  }

  /**
   * The reverse lookup: the open claims a new source may speak to, best first, at most
   * reverseLookup.maxClaims. The source's terms query the index of open claims' salient terms
   * (FTS5 bm25; never a loop over all claims), rarest first while the claims they occur in add up
   * to reverseLookup.maxPostings (the two rarest always go in), so its cost is bounded however
   * many claims the desk holds. Claims ranked beyond the bound are not merged: their next full
   * check (edit, denial link, request) reads the source.
   */
  claimsSpokenToBy(sourceId: string): string[] {
    const source = this.db.get<{ language: string }>('SELECT language FROM sources WHERE id = ?', sourceId);
    if (!source) return [];
    const language = asLanguage(source.language);
    const passages = this.newPassages(sourceId, language);
    return this.lookupClaims(passages).filter((claim) => this.mayBeEvidence(claim, passages)).map((claim) => claim.id);
  }

  private newPassages(sourceId: string, language: Language): LookupPassage[] {
    return this.db
      .all<{ text: string }>('SELECT text FROM passages WHERE source_id = ? ORDER BY idx', sourceId)
      .map((p) => ({ text: p.text, language, analysed: analyseText(p.text, language) }));
  }

  private lookupClaims(passages: LookupPassage[]): LookupClaim[] {
    const settings = this.settings.corroboration.reverseLookup;
    const terms = this.rarestFirst(this.lookupTerms(passages.map((p) => allTerms(p.analysed)), settings.maxTerms), settings.maxPostings);
    const match = matchQueryFromTerms(terms);
    if (match === null) return [];
    return this.db.all<LookupClaim>(
      `SELECT c.id, c.seq, c.text, c.language, c.claimant_country, c.claimed_at, c.created_at
       FROM claims_terms_fts t JOIN claims c ON c.seq = t.rowid
       WHERE claims_terms_fts MATCH ? AND c.status NOT IN ('approved', 'dismissed')
       ORDER BY t.rank LIMIT ?`,
      match, settings.maxClaims,
    );
  }

  /** Terms by how many claims hold them, fewest first, while those counts add up to the budget; the two rarest always. */
  private rarestFirst(terms: string[], budget: number): string[] {
    const counted = terms.map((term, order) => ({
      term, order,
      docs: this.db.get<{ doc: number }>('SELECT doc FROM claims_terms_vocab WHERE term = ?', foldIndexTerm(term))?.doc ?? 0,
    }));
    counted.sort((a, b) => a.docs - b.docs || a.order - b.order);
    const chosen: string[] = [];
    let spent = 0;
    for (const { term, docs } of counted) {
      if (docs === 0) continue; // no claim holds it: it would find nothing
      if (chosen.length >= 2 && spent + docs > budget) break;
      chosen.push(term);
      spent += docs;
    }
    return chosen;
  }

  /**
   * Whether any passage could be evidence for the claim: scored as if FTS5 had ranked it first
   * (the best a real bm25 can give), it reaches minRelatedScore, below which the stance rules
   * drop a passage whatever it says. An exact filter, only cheaper than the query it saves.
   */
  private mayBeEvidence(row: LookupClaim, passages: LookupPassage[]): boolean {
    const claim = analyseText(row.text, asLanguage(row.language));
    return passages.some((p) => scorePassage(claim, p.analysed, BEST_BM25, this.options.scoring).score >= this.options.stance.minRelatedScore);
  }

  /** Entities, then numbers, then the longest stems: the order salientTerms uses for claims. */
  private lookupTerms(passages: Set<string>[], maxTerms: number): string[] {
    const seen = new Map<string, number>();
    for (const p of passages) {
      for (const term of p) {
        if (seen.has(term)) continue;
        if (termKind(term) === 'stem' && term.length < this.options.query.minStemLength) continue;
        seen.set(term, seen.size);
      }
    }
    const rank = { entity: 0, number: 1, stem: 2 } as const;
    return [...seen.keys()]
      .sort((a, b) => rank[termKind(a)] - rank[termKind(b)] || b.length - a.length || seen.get(a)! - seen.get(b)!)
      .slice(0, maxTerms);
  }
}
