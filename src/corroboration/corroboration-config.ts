/**
 * The `corroboration` section of config/ and how it maps onto the pure options. Only what an
 * operator may want to tune is exposed; everything else keeps its DEFAULT_… beside its code.
 */
import type { OriginOptions } from './origins.js';
import type { StanceOptions } from './stance.js';
import { type CorroborationOptions, DEFAULT_CORROBORATION_OPTIONS } from './options.js';

export interface CorroborationSettings {
  /** Check on claim create/edit, incoming `denies` links and new sources. The explicit POST always queues a check. */
  autoCheck: boolean;
  /** Independent supporting origins for `corroborated`. */
  minIndependentOrigins: number;
  origins: OriginOptions & {
    /** Held sources compared with a new one: those sharing the most LSH bands with it. */
    maxCandidates: number;
  };
  check: {
    /** Passages taken from the FTS5 index (best bm25 first) per check. */
    maxCandidatePassages: number;
    /**
     * Work bound of the FTS5 query: the claim's terms go in rarest first while the passages they
     * occur in add up to at most this (the two rarest always go in). Very common terms then only
     * count in scoring, so a check stays fast however large the corpus grows.
     */
    maxPostings: number;
    maxEvidence: number;
    maxPassagesPerSource: number;
  };
  stance: StanceOptions;
  reverseLookup: ReverseLookupSettings;
}

export interface ReverseLookupSettings {
  /** The new source's most salient terms that go into the claims_terms_fts query. */
  maxTerms: number;
  /**
   * The fan-out bound: at most this many open claims, best-ranked by the lookup, get the new
   * source merged into their reports. The rest see it at their next full check (edit, denial link,
   * request).
   */
  maxClaims: number;
  /**
   * Work bound of the lookup query: the source's terms go in fewest-claims first while the claims
   * they occur in add up to at most this (the two rarest always go in), so a lookup costs the same
   * with 10k or 1M claims held.
   */
  maxPostings: number;
}

/** The pure options with the configured values put in. */
export function corroborationOptionsFrom(settings: CorroborationSettings): CorroborationOptions {
  const base = DEFAULT_CORROBORATION_OPTIONS;
  const { maxCandidates: _maxCandidates, ...origins } = settings.origins;
  return {
    ...base,
    origins: { ...base.origins, ...origins },
    stance: { ...base.stance, ...settings.stance },
    evidence: {
      ...base.evidence,
      maxEvidence: settings.check.maxEvidence,
      maxPassagesPerSource: settings.check.maxPassagesPerSource,
    },
    report: { ...base.report, minIndependentOrigins: settings.minIndependentOrigins },
  };
}
