/**
 * Which figures a chart asks for: pure rules over the query, no framework or database.
 *
 * The key is (measure, subject, unit), the same three labels the consistency check compares figures
 * by; an unknown subject is a key of its own (null), so figures that name no subject are charted but
 * never mixed with those that do.
 */

export interface FigureKey {
  measure: string;
  /** null: the subject is unknown. */
  subject: string | null;
  unit: string;
}

/** The unit of a figure that counts things (soldiers, troops): what the parser gives a bare number. */
export const DEFAULT_UNIT = 'count';

export function figureKeyOf(query: { measure: string; subject?: string; unit?: string }): FigureKey {
  return { measure: query.measure, subject: query.subject ? query.subject : null, unit: query.unit ?? DEFAULT_UNIT };
}

/** A window on reference dates as stored (ISO strings from toISOString): from inclusive, until exclusive. */
export interface DateWindow {
  from: string | null;
  until: string | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** A date is its first moment in UTC, and so is a date-time that names no offset (never the server's zone). */
const instantOf = (value: string): number =>
  Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : HAS_OFFSET.test(value) ? value : `${value}Z`);

export type WindowProblem = { field: 'from' | 'to'; message: string };

/**
 * `from` is the first moment counted; `to` the last: a bare date includes that whole day (UTC), so
 * `from=2022-03-01&to=2022-03-31` is the month of March. Answers a problem when `to` is before `from`.
 */
export function dateWindowOf(from: string | undefined, to: string | undefined): DateWindow | WindowProblem {
  const start = from === undefined ? null : instantOf(from);
  const end = to === undefined ? null : instantOf(to) + (DATE_ONLY.test(to) ? DAY_MS : 1);
  if (start !== null && !Number.isFinite(start)) return { field: 'from', message: 'from must be an ISO 8601 date or date-time' };
  if (end !== null && !Number.isFinite(end)) return { field: 'to', message: 'to must be an ISO 8601 date or date-time' };
  if (start !== null && end !== null && end <= start) return { field: 'to', message: 'to must not be before from' };
  return {
    from: start === null ? null : new Date(start).toISOString(),
    // past the year 9999 an ISO string gains a sign and would sort before every stored date
    until: end === null || end > LAST_INSTANT ? null : new Date(end).toISOString(),
  };
}

export function isWindowProblem(value: DateWindow | WindowProblem): value is WindowProblem {
  return 'field' in value;
}

/** One figure as a flag names it. */
export interface FigureRef {
  claimId: string;
  index: number;
}

/**
 * The open flags that name each figure, in the order given (flags are handed in oldest first):
 * `flags` lists each flag with the figures it names.
 */
export function flagIdsByFigure(
  flags: ReadonlyArray<{ id: string; quantities: readonly FigureRef[] }>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const flag of flags) {
    for (const ref of flag.quantities) {
      const key = figureRefKey(ref);
      const ids = out.get(key) ?? [];
      if (!ids.includes(flag.id)) ids.push(flag.id);
      out.set(key, ids);
    }
  }
  return out;
}

export const figureRefKey = (ref: FigureRef): string => `${ref.claimId}#${ref.index}`;
