import * as chrono from 'chrono-node';
import type { Language } from '../text/index.js';

/**
 * Date expressions in German and English news text, resolved against a reference date (the
 * article's own date). chrono-node reads the expressions; what it does not know or reads the
 * way a calendar does rather than the way a news report does is added here:
 *
 * - "im März 2022" and "Mai 5, 2024" (a German month in English order, as machine translation
 *   leaves it) are read by two small parsers of our own;
 * - a weekday alone ("am Montag", "on Monday") and a day without a year ("am 18. Februar") are
 *   in the past of the report: chrono picks the nearest such day, which may lie after it;
 * - times of day alone ("02:21", a video's length on a news page) are not dates.
 *
 * Dates are calendar days in UTC (midnight); `precision` says how much of it the text gave.
 */
export interface DateExpression {
  /** Offsets into the text searched; `end` exclusive. */
  start: number;
  end: number;
  text: string;
  /** Midnight UTC of the day meant (the first of the month for "im März 2022"). */
  date: Date;
  precision: 'day' | 'month';
  /** Whether the text gave the year itself ("20. April 2024", "in March 2022"). */
  hasYear: boolean;
  /** Relative to the reference date ("gestern", "last week", "am Montag"), not a calendar date. */
  relative: boolean;
}

const GERMAN_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  dezember: 12, dez: 12,
};
const MONTH_ALTERNATIVES = Object.keys(GERMAN_MONTHS).sort((a, b) => b.length - a.length).join('|');

/** "März 2022", "im Februar 2022", "Anfang März 2022": a month and a year, no day. */
const germanMonthYear: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d])(${MONTH_ALTERNATIVES})\\.?\\s+((?:19|20)\\d{2})(?![\\p{L}\\d])`, 'iu'),
  extract: (_context, match) => ({ month: GERMAN_MONTHS[match[1].toLowerCase()], year: Number(match[2]) }),
};

/** "Mai 5, 2024", "Oktober 14. 2024": a German month in English word order. */
const germanMonthDayYear: chrono.Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\d])(${MONTH_ALTERNATIVES})\\.?\\s+(\\d{1,2})\\.?,?\\s+((?:19|20)\\d{2})(?![\\p{L}\\d])`, 'iu'),
  extract: (_context, match) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    return { day, month: GERMAN_MONTHS[match[1].toLowerCase()], year: Number(match[3]) };
  },
};

function germanChrono(): chrono.Chrono {
  const c = chrono.de.casual.clone();
  // ours first: chrono keeps the longer of two overlapping results, and "Mai 5, 2024" would otherwise lose its year
  c.parsers.unshift(germanMonthDayYear, germanMonthYear);
  return c;
}

const PARSERS: Record<Language, chrono.Chrono> = { de: germanChrono(), en: chrono.en.casual.clone() };

const DAY_MS = 86_400_000;

function midnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function utcDay(date: Date): Date {
  return midnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const ENGLISH_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** A month's name or a numeric day and month: the expression names a calendar date, it does not count from the report. */
const CALENDAR_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTH_ALTERNATIVES}|${ENGLISH_MONTHS})(?![\\p{L}])|\\d{1,2}[./-]\\d{1,2}`, 'iu');

/** The calendar day one chrono result means, read the way a report means it (see the module comment). */
function resolve(result: chrono.ParsedResult, reference: Date): Omit<DateExpression, 'start' | 'end' | 'text'> | null {
  const c = result.start;
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasWeekday = c.isCertain('weekday');
  if (!hasDay && !hasMonth && !hasWeekday) return null; // a time of day only
  const today = utcDay(reference);
  const hasYear = YEAR.test(result.text);
  // "gestern", "letzte Woche", "vor zwei Tagen", "am Montag": no month, day number or year written
  const relative = !hasYear && !CALENDAR_WORD.test(result.text);
  if (hasWeekday && !hasDay && !hasMonth) {
    // the last such weekday on or before the reference day
    const back = (today.getUTCDay() - (c.get('weekday') ?? 0) + 7) % 7;
    return { date: new Date(today.getTime() - back * DAY_MS), precision: 'day', hasYear: false, relative: true };
  }
  const month = c.get('month')!;
  let year = c.get('year')!;
  const precision = hasDay || relative ? 'day' : 'month';
  const day = precision === 'day' ? c.get('day')! : 1;
  let date = midnight(year, month, day);
  if (!hasYear && !relative && date.getTime() > today.getTime() + DAY_MS) {
    year -= 1; // "am 18. Februar" in a report of January: the February before
    date = midnight(year, month, day);
  }
  return { date, precision, hasYear, relative };
}

/** Every date expression of `text`, in text order, resolved against `reference`. */
export function findDateExpressions(text: string, lang: Language, reference: Date): DateExpression[] {
  const results = PARSERS[lang].parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
  const out: DateExpression[] = [];
  for (const r of results) {
    const resolved = resolve(r, reference);
    if (!resolved) continue;
    const written = r.text.replace(/[\s,;:]+$/u, ''); // chrono keeps a comma after "am Montag"
    // chrono's word boundaries are ASCII: "Fr" in "frühere" would be a Friday. A letter on either side, or
    // an abbreviated weekday alone ("Do", "Mi"), is part of another word.
    if (/\p{L}/u.test(text[r.index - 1] ?? '') || /\p{L}/u.test(text[r.index + written.length] ?? '')) continue;
    if (/^\p{L}{1,3}\.?$/u.test(written)) continue;
    out.push({ start: r.index, end: r.index + written.length, text: written, ...resolved });
  }
  return out;
}
