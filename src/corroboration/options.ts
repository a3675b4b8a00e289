/**
 * Every tunable of corroboration in one object, so config/ can override any of
 * it and the processor passes one value around. Each part keeps its own
 * DEFAULT_… beside the code it tunes, where its meaning is documented.
 */
import { type AssessOptions, DEFAULT_EVIDENCE_OPTIONS } from './assess.js';
import { DEFAULT_LSH_OPTIONS, type LshOptions } from './lsh.js';
import { DEFAULT_FINGERPRINT_OPTIONS, DEFAULT_ORIGIN_OPTIONS, type FingerprintOptions, type OriginOptions } from './origins.js';
import { DEFAULT_PASSAGE_OPTIONS, type PassageOptions } from './passages.js';
import { DEFAULT_QUERY_OPTIONS, type QueryOptions } from './query.js';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './report.js';
import { DEFAULT_SCORING_OPTIONS } from './scoring.js';
import { DEFAULT_STANCE_OPTIONS } from './stance.js';

export interface CorroborationOptions extends AssessOptions {
  fingerprint: FingerprintOptions;
  lsh: LshOptions;
  origins: OriginOptions;
  passages: Omit<PassageOptions, 'language'>;
  query: QueryOptions;
  report: ReportOptions;
}

export const DEFAULT_CORROBORATION_OPTIONS: Readonly<CorroborationOptions> = Object.freeze({
  fingerprint: DEFAULT_FINGERPRINT_OPTIONS,
  lsh: DEFAULT_LSH_OPTIONS,
  origins: DEFAULT_ORIGIN_OPTIONS,
  passages: { minChars: DEFAULT_PASSAGE_OPTIONS.minChars, maxChars: DEFAULT_PASSAGE_OPTIONS.maxChars },
  query: DEFAULT_QUERY_OPTIONS,
  scoring: DEFAULT_SCORING_OPTIONS,
  stance: DEFAULT_STANCE_OPTIONS,
  evidence: DEFAULT_EVIDENCE_OPTIONS,
  report: DEFAULT_REPORT_OPTIONS,
});
