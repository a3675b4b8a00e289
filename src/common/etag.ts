import { DomainError } from './errors.js';

export const etagFor = (version: number): string => `"${version}"`;

/**
 * Parses an If-Match header into the version it names. Accepts "3", 3 and W/"3" leniently;
 * `*` means "any version". Returns undefined when the header is absent.
 */
export function versionFromIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header).trim();
  if (raw === '*') return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(raw);
  if (!m) {
    throw new DomainError('validation_failed', 'If-Match must name a version, e.g. "3"', {
      errors: [{ field: 'If-Match', message: 'must be an ETag such as "3"' }],
    });
  }
  return Number(m[1]);
}

export function assertVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) {
    throw new DomainError('precondition_failed', `version ${expected} is stale; the current version is ${actual}`, {
      currentVersion: actual,
    });
  }
}
