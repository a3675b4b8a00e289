/**
 * Numbers that are no quantities: dates, years, times, ordinals, section numbers, phone-like
 * strings, names such as "Covid-19" or "F-16", and anything inside URLs and e-mail addresses.
 */
import type { Numeral } from './numbers.js';
import type { Language } from './quantity.js';
import { touches, type TokenizedText } from './tokens.js';
import { currencySignBefore } from './unit-match.js';

/**
 * Whole stretches of text in which no number counts. Every pattern starts only at the beginning
 * of a run (lookbehind), so none of them backtracks quadratically over long runs of digits or letters.
 */
const BLOCKED_PATTERNS: Array<{ re: RegExp; needs: RegExp }> = [
  { re: /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, needs: /:\/\/|www\./i },
  { re: /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu, needs: /@/ },
  // Phone numbers: "+1-222-2222/2222", "+49 30 1234567", "0800 123 456", "030/1234567".
  { re: /(?<![\d+])\+\d[\d \-/().]{5,}\d/g, needs: /\+/ },
  { re: /(?<!\d[ \u00a0\u202f/-]?)\b0\d{2,5}(?:[ /-]\d{2,}){1,3}\b/g, needs: /0/ },
  // Runs of three or more digit groups joined by "-", "/" or ":": dates, phone numbers, codes.
  { re: /(?<!\d)\d+(?:[-/:]\d+){2,}/g, needs: /[-/:]/ },
  // Times "14:30", scores "3:1".
  { re: /\b\d{1,2}:\d{2}\b/g, needs: /:/ },
  // ISO year-month "1995-01", and groups with a leading zero "12-03".
  { re: /\b\d{4}-\d{2}\b(?![.,]?\d)/g, needs: /-/ },
  { re: /\b\d+[-/]0\d+\b/g, needs: /[-/]/ },
  // German dates without month names: "24.02." and "24.2.2022" (the latter is no number anyway).
  { re: /\b\d{1,2}\.\d{1,2}\.(?!\d)/g, needs: /\./ },
];

export function blockedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { re, needs } of BLOCKED_PATTERNS) {
    // a pattern cannot match without its tell-tale character: skip the full scan (most texts have none)
    if (!needs.test(text)) continue;
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** One flag per token: does it lie inside a blocked range. One sweep over both sorted lists. */
export function blockedTokens(doc: TokenizedText): boolean[] {
  const ranges = blockedRanges(doc.text);
  const flags = new Array<boolean>(doc.tokens.length).fill(false);
  let r = 0;
  let reach = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (r < ranges.length && ranges[r][0] < t.end) {
      reach = Math.max(reach, ranges[r][1]);
      r++;
    }
    if (reach > t.start) flags[i] = true;
  }
  return flags;
}

const MONTHS: Record<Language, RegExp> = {
  de: /^(?:januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez)$/i,
  // Upper case only: "may" is also a verb.
  en: /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/,
};

/**
 * Words after which a number names a section, article, model or similar rather than counting
 * anything: "§ 5", "Artikel 3", "Leopard 2", "Boeing 737".
 */
const IDENTIFYING_WORDS = /^(?:leopard|challenger|mirage|boeing|airbus|marder|falcon|sojus|soyuz|apollo|§|§§|art|artikel|absatz|abs|paragraf|paragraph|paragraphen|kapitel|ziffer|satz|anlage|anhang|seite|article|articles|section|sections|sec|chapter|clause|resolution|resolutionen|resolutions|page|pages|pp|annex|appendix|rule|regel|protocol|protokoll|flight|flug|room|zimmer|platz|rang|ranked|stufe|level|phase|vol|volume|band|heft|issue|version|versionen|gleis|tor|gate|lane|route|linie|highway|autobahn|bundesstraße|interstate)$/i;

/** Words before "3." that make it an ordinal ("der 3. Tag", "am 3."). */
const GERMAN_ORDINAL_CONTEXT = /^(?:der|die|das|den|dem|des|am|im|vom|zum|zur|beim|ins|jeder|jede|jedes|jeden|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen)$/i;

const TIME_AFTER: Record<Language, RegExp> = {
  de: /^(?:uhr|h)$/i,
  en: /^(?:a\.?m|p\.?m|am|pm|o'clock|oclock|hrs|gmt|utc|cet|cest|est|edt|pst|pdt|bst)$/i,
};

/** Pronoun uses of "one": "the one you mentioned", "which one", "no one". */
const ONE_DETERMINERS = /^(?:the|this|that|which|each|every|any|no|another|some|someone|everyone|anyone|any)$/i;
const ONE_PRONOUN_FOLLOWERS = /^(?:another|can|could|must|should|would|might|may|will|shall|does|did|has|had|needs|ought|of)$/i;

export interface NumeralContext {
  doc: TokenizedText;
  numeral: Numeral;
  language: Language;
}

/**
 * True when the numeral, in its context, is no quantity. Years are decided later, since a
 * bound word or a unit next to "2000" makes it a count.
 */
export function isNonQuantity({ doc, numeral, language }: NumeralContext): boolean {
  const toks = doc.tokens;
  const before = toks[numeral.from - 1];
  const first = toks[numeral.from];
  const after = toks[numeral.to];

  // Names glued to letters: "TB2", "MH17", "Covid-19", "F-16", "SCP-173" (but "USD115" is money).
  if (before && touches(doc, numeral.from) && first.kind === 'digits') {
    if (before.kind === 'word' && !currencySignBefore(doc, numeral.from, language)) return true;
    if ((before.text === '-' || before.text === '‐') && toks[numeral.from - 2]?.kind === 'word' && touches(doc, numeral.from - 1)) {
      return true;
    }
  }
  if (first.kind === 'symbol' && (first.text === '-' || first.text === '−') && before?.kind === 'word' && touches(doc, numeral.from)) return true;
  // Codes with a leading zero: "0800", "007" (but "0000" is zero, and "0,5" a number).
  if (first.kind === 'digits' && /^0\d*[1-9]\d*$/.test(first.text)) return true;

  // Section numbers: "§ 5", "Artikel 3", "Art. 5", "Resolution 2758" (written in digits).
  let k = numeral.from - 1;
  if (toks[k]?.text === '.') k--;
  if (numeral.digitsOnly && toks[k] && IDENTIFYING_WORDS.test(toks[k].text)) return true;

  if (numeral.digitsOnly && isSmallInteger(numeral)) {
    const n = Number(numeral.value.num);
    // Dates with month names: "18. Februar", "20 January", "March 3".
    let a = numeral.to;
    const dotted = toks[a]?.text === '.' && touches(doc, a);
    if (dotted) a++;
    if (n >= 1 && n <= 31 && toks[a] && MONTHS[language].test(toks[a].text)) return true;
    if (n >= 1 && n <= 31 && before && MONTHS[language].test(before.text)) return true;
    if (n >= 1 && n <= 31 && language === 'en' && before?.text === '.' && MONTHS.en.test(toks[numeral.from - 2]?.text ?? '')) return true;
    // German ordinals: "der 3. Tag", "am 3.", "vom 18. bis 20."
    if (language === 'de' && dotted) {
      const next = toks[a];
      if (next?.kind === 'word' && before && GERMAN_ORDINAL_CONTEXT.test(before.text)) return true;
      if (next && /^\p{Ll}/u.test(next.text)) return true;
    }
    // Enumerations at the start of a line: "1. ", "2) ".
    const marked = dotted || (after?.text === ')' && touches(doc, numeral.to));
    if (marked && toks[numeral.to + 1] && atLineStart(doc, numeral.from)) return true;
    // Times: "14 Uhr", "3 pm".
    if (after && TIME_AFTER[language].test(timeWord(doc, numeral.to))) return true;
  }

  if (numeral.loneOne && language === 'en') {
    if (before && ONE_DETERMINERS.test(before.text)) return true;
    if (after && ONE_PRONOUN_FOLLOWERS.test(after.text) && after.lower !== 'of') return true;
  }
  return false;
}

function isSmallInteger(n: Numeral): boolean {
  return n.value.den === 1n && n.value.num >= 0n && n.value.num < 100000n && n.scaleExponent === 0;
}

function atLineStart(doc: TokenizedText, i: number): boolean {
  const start = doc.tokens[i].start;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  return doc.text.slice(lineStart, start).trim() === '';
}

/** "a.m." and "p.m." are several tokens; read them as one word. */
function timeWord(doc: TokenizedText, i: number): string {
  const t = doc.tokens[i];
  if (!t) return '';
  if ((t.lower === 'a' || t.lower === 'p') && doc.tokens[i + 1]?.text === '.' && doc.tokens[i + 2]?.lower === 'm') return `${t.lower}.m`;
  return t.text;
}

/** Explicit year context: "im Jahr 2022", "in 2022", "seit 2014", "since 2014". */
export const YEAR_CONTEXT: Record<Language, RegExp> = {
  de: /^(?:jahr|jahre|jahres|jahren|im|seit|bis|ab|anno|vor|nach|sommer|winter|herbst|frühjahr|frühling|ende|anfang|mitte|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/i,
  en: /^(?:year|in|since|until|till|by|from|before|after|during|summer|winter|autumn|spring|fall|end|early|late|mid|january|february|march|april|may|june|july|august|september|october|november|december|of)$/i,
};
