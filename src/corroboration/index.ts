/**
 * Corroboration, the pure part: near-duplicate origins, passages, the FTS5
 * query, scoring, stance and the report. No framework, no database: the
 * processor feeds it rows and stores what it returns.
 *
 * Flow of a check: buildMatchQuery(claim) → FTS5 rows over indexTokens(passage)
 * → assessCandidates → summariseReport.
 * Flow of an ingest: fingerprintText → lshBandKeys (look up held sources that
 * share a key) → pickOrigin; splitPassages → indexTokens per passage.
 *
 * Translations share no shingles, so they are found apart (translations.ts: the
 * same figures, entities, names and days beyond the claim's) and count as the
 * origin they translate. Known limit: across languages only entities, names and
 * figures tie a passage to a claim.
 */
export { DEFAULT_SHINGLE_SIZE, normaliseForShingles, shingleWords, wordShingles } from './shingles.js';
export {
  DEFAULT_MINHASH_OPTIONS,
  type MinHashOptions,
  estimateJaccard,
  isEmptySignature,
  minhashSignature,
  signatureFromBuffer,
  signatureToBuffer,
} from './minhash.js';
export { DEFAULT_LSH_OPTIONS, type LshOptions, candidateProbability, lshBandKeys } from './lsh.js';
export {
  DEFAULT_FINGERPRINT_OPTIONS,
  DEFAULT_ORIGIN_OPTIONS,
  type Fingerprint,
  type FingerprintOptions,
  type OriginCandidate,
  type OriginMatch,
  type OriginOptions,
  type OriginSimilarity,
  fingerprintText,
  originSimilarity,
  pickOrigin,
  sameOrigin,
} from './origins.js';
export { DEFAULT_PASSAGE_OPTIONS, type Passage, type PassageOptions, splitPassages } from './passages.js';
export { type AnalysedText, type TermKind, allTerms, analyseText, termKind } from './terms.js';
export {
  DEFAULT_QUERY_OPTIONS,
  FTS5_TOKENIZE,
  type QueryOptions,
  buildMatchQuery,
  foldIndexTerm,
  indexTokens,
  matchQueryFromTerms,
  salientTerms,
} from './query.js';
export { type Bm25Document, type Bm25Statistics, bm25Document, bm25Idf, bm25Rank, fts5Totals, readSqliteVarint } from './bm25.js';
export { type Cue, type CueKind, findDenialCues, findNegationCues, reversingCue } from './cues.js';
export {
  DEFAULT_SCORING_OPTIONS,
  type NumberAgreement,
  type PassageScore,
  type ScoringOptions,
  bm25Relevance,
  scorePassage,
} from './scoring.js';
export {
  DEFAULT_STANCE_OPTIONS,
  type QuantitiesConflict,
  type StanceDependencies,
  type StanceInput,
  type StanceOptions,
  type StanceReason,
  type StanceResult,
  classifyStance,
} from './stance.js';
export { DEFAULT_SNIPPET_CHARS, snippetOf } from './snippet.js';
export {
  type AssessOptions,
  type AssessedEvidence,
  type CandidatePassage,
  type ClaimToCheck,
  DEFAULT_EVIDENCE_OPTIONS,
  type EvidenceOptions,
  assessCandidates,
  rankAndCap,
  relinkTranslations,
} from './assess.js';
export { aboveFloor, candidateFloor, mergeEvidence, sameEvidence } from './merge.js';
export type { ReportDetails } from './translations.js';
export type { CorroborationStatus, Evidence, Stance } from './evidence.js';
export {
  type Claimant,
  DEFAULT_REPORT_OPTIONS,
  type EvidenceForReport,
  type ReportContext,
  type ReportOptions,
  type ReportSummary,
  isPublishedByClaimant,
  summariseReport,
} from './report.js';
export { type CorroborationOptions, DEFAULT_CORROBORATION_OPTIONS } from './options.js';
