import { LANGUAGES } from '../text/index.js';
import { findDateExpressions, type DateExpression } from './date-expressions.js';

/** The publication date an article prints about itself. */
export interface Dateline {
  date: Date;
  /** The date as written. */
  text: string;
  /** The line it stands on (offsets into the article text, `end` exclusive). */
  lineStart: number;
  lineEnd: number;
}

export interface DatelineOptions {
  /** A date later than this (plus a day for time zones) is not a publication date; default: now. */
  notAfter?: Date;
}

/** The dateline is looked for in the head of the article: this many non-empty lines ... */
export const DEFAULT_DATELINE_LINES = 12;
/** ... within this many characters. */
export const DEFAULT_DATELINE_CHARS = 2000;
/** A line that is a dateline holds, besides its date, at most this many words ("Epoch Times", "Stand:", "Updated on"). */
export const DEFAULT_DATELINE_OTHER_WORDS = 6;
/** A wire dateline opens its paragraph: the date within this many characters, then a dash or "(" ("BERLIN, 20. April 2024 (dpa) –"). */
export const DEFAULT_WIRE_DATELINE_CHARS = 40;

const DAY_MS = 86_400_000;
const WORD = /[\p{L}\d]+/gu;
const WIRE_OPENING = /^[\s,]*(?:\([^)]{1,30}\))?\s*[–—-]/u;

/**
 * The article's date as its head prints it: a line that is a full date (day, month and year,
 * German or English, also "Mai 5, 2024" and "20.04.2024") with at most a few words around it
 * ("Epoch Times14. Oktober 2024", "Published: 20 April 2024 10:14"), or a wire dateline that
 * opens a paragraph ("WASHINGTON, April 20, 2024 —"). Dates without a year and dates in running
 * text ("am 2. Juni in Singapur" in a caption) are not datelines. The first one found counts.
 */
export function findDateline(text: string, opts: DatelineOptions = {}): Dateline | null {
  const notAfter = opts.notAfter ?? new Date();
  const lineRe = /[^\n]+/g;
  let lines = 0;
  for (let m = lineRe.exec(text); m !== null && m.index < DEFAULT_DATELINE_CHARS; m = lineRe.exec(text)) {
    const line = m[0];
    if (line.trim() === '') continue;
    if (++lines > DEFAULT_DATELINE_LINES) break;
    const found = datelineIn(line, notAfter);
    if (found) return { date: found.date, text: found.text, lineStart: m.index, lineEnd: m.index + line.length };
  }
  return null;
}

function datelineIn(line: string, notAfter: Date): DateExpression | null {
  // a byline glued to its date by lost markup ("Epoch Times14. Oktober 2024"): the date still counts
  const spaced = line.replace(/(\p{L})(\d)/gu, '$1 $2');
  const words = spaced.match(WORD)?.length ?? 0;
  for (const lang of LANGUAGES) {
    for (const d of findDateExpressions(spaced, lang, notAfter)) {
      if (!d.hasYear || d.precision !== 'day' || d.relative) continue;
      if (d.date.getTime() > notAfter.getTime() + DAY_MS) continue;
      const dateWords = d.text.match(WORD)?.length ?? 0;
      const short = words - dateWords <= DEFAULT_DATELINE_OTHER_WORDS;
      const wire = d.start <= DEFAULT_WIRE_DATELINE_CHARS && WIRE_OPENING.test(spaced.slice(d.end));
      if (short || wire) return d;
    }
  }
  return null;
}
