import type { Language } from '../text/index.js';
import { findDateExpressions } from './date-expressions.js';

/** A span of characters, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** When a sentence says a statement was made. */
export interface StatementDate {
  date: Date;
  /** The words that date it ("am Montag", "last week", "im März 2022"). */
  text: string;
}

/** Words before a date that make it the start or end of a period, not the day something was said. */
const PERIOD_WORDS = /(?:^|[\s(])(?:seit|bis|ab|zwischen|since|until|till|from|between|through)\s+(?:dem\s+|the\s+)?$/iu;

/**
 * Words that open a clause of their own: a date in it dates what that clause tells ("nachdem der
 * Kongress letzten Monat zugestimmt hatte", "after Congress approved it last month"), not the statement.
 */
const SUBORDINATE_OPENING = new RegExp(
  '^(?:nachdem|als|bevor|ehe|weil|da|wenn|während|obwohl|sobald|seitdem|wo|' +
    'after|before|when|while|because|as|since|although|once|where)(?![\\p{L}])',
  'iu',
);
/** After a comma these open a relative clause ("Die Stadt, die gestern tagte, …"); at the sentence start they are articles. */
const RELATIVE_OPENING = /^(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|which|who|whom)(?![\p{L}])/iu;
/** Where a clause opens: after a comma, dash, bracket or at the sentence start. */
const CLAUSE_START = /[,;:–—(]\s*[^,;:–—(]*$/u;

function inOwnClause(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const m = CLAUSE_START.exec(before);
  const clause = (m ? before.slice(m.index + 1) : before).trimStart();
  return SUBORDINATE_OPENING.test(clause) || (m !== null && RELATIVE_OPENING.test(clause));
}

/**
 * The day a reported statement was made, when its sentence says so, resolved against the
 * report's date: "Ein Sprecher sagte am Montag, …", "told Congress last week that …", "In einer
 * am Donnerstag veröffentlichten Erklärung hieß es …", "said in March 2022". Only dates in the
 * attribution count (`frame`: the parts of the sentence that are not what was said), so a date the
 * statement speaks of ("…, dass Russland 2022 einmarschierte", "talked on 18 February") does not
 * date the statement, nor does one in a clause of its own ("nachdem …", "after …"). A date that
 * opens or closes a period ("seit Februar 2022") is not a day.
 * Null: the sentence does not date it, and the report's date stands.
 */
export function statementDate(sentence: string, frame: readonly TextSpan[], lang: Language, reference: Date): StatementDate | null {
  for (const d of findDateExpressions(sentence, lang, reference)) {
    if (!frame.some((f) => d.start >= f.start && d.end <= f.end)) continue;
    if (PERIOD_WORDS.test(sentence.slice(Math.max(0, d.start - 20), d.start))) continue;
    if (inOwnClause(sentence, d.start)) continue;
    return { date: d.date, text: d.text };
  }
  return null;
}

/** The parts of a sentence outside the spans given (what was said, the quotation): where its attribution is. */
export function outside(length: number, spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TextSpan[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start > at) out.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
