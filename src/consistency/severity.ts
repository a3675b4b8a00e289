import type { SeverityThresholds } from './options.js';
import type { Severity } from './types.js';

/** Maps a relative gap (see `separation`) onto a severity; thresholds are inclusive. */
export function severityForGap(relativeGap: number, thresholds: SeverityThresholds): Severity {
  if (relativeGap >= thresholds.high) return 'high';
  if (relativeGap >= thresholds.medium) return 'medium';
  return 'low';
}
