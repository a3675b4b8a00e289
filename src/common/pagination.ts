import { DomainError } from './errors.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length) return key;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('validation_failed', 'cursor is not valid', {
    errors: [{ field: 'cursor', message: 'cursor is not valid for this listing' }],
  });
}

export function clampLimit(limit: number | undefined, defaults: { defaultLimit: number; maxLimit: number }): number {
  if (limit === undefined) return defaults.defaultLimit;
  return Math.min(Math.max(1, limit), defaults.maxLimit);
}

/** Fetch one row more than the page so we know whether a next page exists. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, keyOf: (r: R) => unknown[]): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(map),
    nextCursor: more ? encodeCursor(keyOf(pageRows[pageRows.length - 1])) : null,
  };
}
