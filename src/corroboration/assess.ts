/**
 * From candidate passages (found by the FTS5 query) to evidence: analyse,
 * score, classify, keep the telling ones. Pure: the processor fetches the
 * passages and stores what comes back.
 */
import type { Language } from '../text/index.js';
import type { Evidence } from './evidence.js';
import { DEFAULT_SCORING_OPTIONS, type ScoringOptions, scorePassage } from './scoring.js';
import { DEFAULT_SNIPPET_CHARS, snippetOf } from './snippet.js';
import {
  DEFAULT_STANCE_OPTIONS,
  type StanceDependencies,
  type StanceOptions,
  type StanceReason,
  classifyStance,
} from './stance.js';
import { type AnalysedText, analyseText } from './terms.js';
import { type ClaimDetails, type ReportDetails, beyondClaim, claimDetails, isTranslation, reportDetails } from './translations.js';

export interface ClaimToCheck {
  text: string;
  language: Language;
}

export interface CandidatePassage {
  sourceId: string;
  publisher: string;
  originId: string;
  language: Language;
  text: string;
  /** Offsets of the passage in its source; `end` is exclusive. */
  start: number;
  end: number;
  /** The row's FTS5 bm25() value, when the passage came from the index. */
  bm25?: number | null;
}

export interface AssessedEvidence extends Evidence {
  reason: StanceReason;
  cue: string | null;
  /**
   * The origin of another passage of this check that this one translates (same figures, entities,
   * names and days beyond the claim's, in the other language); the report counts the two as one
   * origin. Absent when there is none.
   */
  translationOf?: string;
}

export interface EvidenceOptions {
  /** Evidence kept per report. */
  maxEvidence: number;
  /** Passages kept per source, so one long article cannot fill the report. */
  maxPassagesPerSource: number;
  snippetChars: number;
}

export const DEFAULT_EVIDENCE_OPTIONS: Readonly<EvidenceOptions> = Object.freeze({
  maxEvidence: 50,
  maxPassagesPerSource: 3,
  snippetChars: DEFAULT_SNIPPET_CHARS,
});

export interface AssessOptions {
  scoring: ScoringOptions;
  stance: StanceOptions;
  evidence: EvidenceOptions;
}

const DEFAULT_ASSESS_OPTIONS: AssessOptions = {
  scoring: DEFAULT_SCORING_OPTIONS,
  stance: DEFAULT_STANCE_OPTIONS,
  evidence: DEFAULT_EVIDENCE_OPTIONS,
};

/** Contradictions first: they are what a fact-checker must see, and caps must never drop them. */
const STANCE_ORDER = { contradicts: 0, supports: 1, mentions: 2 } as const;

function compare(a: AssessedEvidence, b: AssessedEvidence): number {
  return (
    STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] ||
    b.score - a.score ||
    (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0) ||
    a.start - b.start
  );
}

export function assessCandidates(
  claim: ClaimToCheck,
  candidates: readonly CandidatePassage[],
  dependencies: StanceDependencies = {},
  options: AssessOptions = DEFAULT_ASSESS_OPTIONS,
): AssessedEvidence[] {
  const analysedClaim = analyseText(claim.text, claim.language);
  const assessed: AssessedEvidence[] = [];
  const analysedOf = new Map<AssessedEvidence, { text: string; analysed: AnalysedText }>();
  for (const candidate of candidates) {
    const passage = analyseText(candidate.text, candidate.language);
    const score = scorePassage(analysedClaim, passage, candidate.bm25, options.scoring);
    const stance = classifyStance(
      { claimText: claim.text, claim: analysedClaim, passageText: candidate.text, passage, score },
      dependencies,
      options.stance,
    );
    if (stance === null) continue;
    const item: AssessedEvidence = {
      sourceId: candidate.sourceId,
      publisher: candidate.publisher,
      originId: candidate.originId,
      stance: stance.stance,
      score: Math.round(score.score * 1000) / 1000,
      snippet: snippetOf(candidate.text, options.evidence.snippetChars),
      start: candidate.start,
      end: candidate.end,
      reason: stance.reason,
      cue: stance.cue,
    };
    assessed.push(item);
    analysedOf.set(item, { text: candidate.text, analysed: passage });
  }
  let ofClaim: ClaimDetails | undefined;
  markTranslations(
    assessed,
    (item) => analysedOf.get(item)!.analysed.language,
    (item) => {
      const { text, analysed } = analysedOf.get(item)!;
      return beyondClaim(reportDetails(text, analysed), (ofClaim ??= claimDetails(claim.text, analysedClaim)));
    },
  );
  return rankAndCap(assessed, options.evidence);
}

/**
 * The translation marks of a report's evidence worked out again over all of it. A merge adds a new
 * source's passages to evidence assessed earlier, and a translation may sit on either side: the
 * marks of one assessment alone would count a merged translation as an origin of its own.
 * `passageOf` gives an item's passage text and language (items without one are never linked).
 */
export function relinkTranslations(
  claim: { text: string; language: Language },
  items: readonly AssessedEvidence[],
  passageOf: (item: AssessedEvidence) => { text: string; language: Language } | null,
  /** A passage's details by language and text: a merge compares the same passages for many claims. */
  passageDetails: Map<string, ReportDetails> = new Map(),
): AssessedEvidence[] {
  const relinked = items.map(({ translationOf: _, ...item }) => item as AssessedEvidence);
  const passages = new Map(relinked.map((item, i) => [item, passageOf(items[i]!)] as const));
  const linkable = relinked.filter((item) => passages.get(item) !== null);
  let ofClaim: ClaimDetails | undefined;
  markTranslations(
    linkable,
    (item) => passages.get(item)!.language,
    (item) => {
      const { text, language } = passages.get(item)!;
      const key = `${language}:${text}`;
      let details = passageDetails.get(key);
      if (!details) passageDetails.set(key, (details = reportDetails(text, analyseText(text, language))));
      return beyondClaim(details, (ofClaim ??= claimDetails(claim.text, analyseText(claim.text, claim.language))));
    },
  );
  return relinked;
}

/**
 * Supporting passages that translate another assessed passage of another origin get that origin
 * as `translationOf` (the smallest id when several fit, so the outcome does not depend on order).
 */
function markTranslations(
  assessed: AssessedEvidence[],
  languageOf: (item: AssessedEvidence) => Language,
  detailsOf: (item: AssessedEvidence) => ReportDetails,
): void {
  const details = new Map<AssessedEvidence, ReportDetails>();
  const of = (item: AssessedEvidence): ReportDetails => {
    let d = details.get(item);
    if (!d) details.set(item, (d = detailsOf(item)));
    return d;
  };
  for (const item of assessed) {
    if (item.stance !== 'supports') continue;
    let partner: string | null = null;
    for (const other of assessed) {
      if (other === item || other.originId === item.originId || other.stance === 'contradicts') continue;
      // the language first: details are worked out only for passages that could be a pair
      if (languageOf(other) === languageOf(item) || !isTranslation(of(item), of(other))) continue;
      if (partner === null || other.originId < partner) partner = other.originId;
    }
    if (partner !== null) item.translationOf = partner;
  }
}

/**
 * The evidence a report keeps: contradictions first, then by score, at most maxPassagesPerSource
 * per source and maxEvidence in all. Shared by the full check and the merge of a new source, so
 * both keep the same items from the same passages.
 */
export function rankAndCap(assessed: readonly AssessedEvidence[], options: EvidenceOptions): AssessedEvidence[] {
  const sorted = [...assessed].sort(compare);
  const perSource = new Map<string, number>();
  const kept: AssessedEvidence[] = [];
  for (const item of sorted) {
    const count = perSource.get(item.sourceId) ?? 0;
    if (count >= options.maxPassagesPerSource) continue;
    perSource.set(item.sourceId, count + 1);
    kept.push(item);
    if (kept.length >= options.maxEvidence) break;
  }
  return kept;
}
