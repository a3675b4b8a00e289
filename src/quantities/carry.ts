/**
 * A currency or unit named once carries to the bare figures that continue it in the same
 * sentence: "4,2 Mrd. Dollar, davon 3 Mrd. für Waffen", "$3 billion, 2 billion and 1 billion",
 * "rose from $5 billion to 7 billion". Writers name the unit once and leave it out after; read
 * literally, the later figures would be counts and never meet the money they are part of.
 *
 * Only an explicit link carries: a partitive word ("davon", "of which"), a list of parallel items,
 * or the "to" of a change. A figure that counts something of its own ("3 Millionen Menschen"),
 * a year, a number with its own unit or one in a new clause about people stays as it was.
 * One pass over the matches; each step looks only at the tokens between two neighbours.
 */
import { countsSomething, measureOfWord } from './lexicon.js';
import type { MeasurementSpan, QuantityMatch } from './parse.js';
import type { Language } from './quantity.js';
import { MEASUREMENT_UNITS } from './units.js';
import type { Token, TokenizedText } from './tokens.js';

/** Words that make the next figure a part of the one before: "davon 3 Mrd.", "of which 3 billion". */
const PARTITIVES: Record<Language, string[][]> = {
  de: [['davon'], ['darunter'], ['wovon'], ['hiervon'], ['insgesamt', 'davon']],
  en: [['of', 'which'], ['including'], ['of', 'that'], ['of', 'this'], ['among', 'them'], ['among', 'which'], ['incl']],
};

/** Between list items: "2 billion and 1 billion", "3 Mrd., 2 Mrd. sowie 1 Mrd.". */
const LIST_SEPARATORS: Record<Language, Set<string>> = {
  de: new Set([',', 'und', 'oder', 'sowie', 'plus', 'bzw']),
  en: new Set([',', 'and', 'or', 'plus']),
};

/** A short phrase after a list item that its siblings repeat: "$3 billion for tanks, 2 billion for fuel". */
const PREPOSITIONS: Record<Language, Set<string>> = {
  de: new Set(['für', 'an', 'in', 'im', 'auf', 'als', 'zur', 'zum', 'aus', 'von', 'vom', 'bei', 'beim', 'gegen', 'nach', 'über', 'unter', 'per', 'mit', 'durch']),
  en: new Set(['for', 'to', 'in', 'on', 'as', 'from', 'into', 'toward', 'towards', 'at', 'by', 'with', 'via', 'under', 'over', 'among']),
};

/** The "to" of a change written without an opener the parser accepts: "stieg von 5 Mrd. Euro auf 7 Mrd.". */
const CHANGE_TARGETS: Record<Language, Set<string>> = {
  de: new Set(['auf', 'bis']),
  en: new Set(['to']),
};

/**
 * What may follow a carried figure in English without being its noun: "of which 3 billion went
 * to", "3 billion in loans". Anything else after the number ("3 million doses") is taken as what it
 * counts. German needs no list: its nouns are capitalised.
 */
const EN_NON_NOUNS = new Set([
  'and', 'or', 'but', 'while', 'whereas', 'which', 'that', 'each', 'alone', 'apiece', 'more', 'so', 'far',
  'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should',
  'may', 'might', 'must', 'shall', 'went', 'goes', 'go', 'came', 'comes', 'come', 'remain', 'remains', 'remained',
  'this', 'last', 'next', 'per', 'a', 'the', 'of',
  ...PREPOSITIONS.en,
]);
/** Past participles and adverbs ("earmarked", "directly") are no nouns either. */
const EN_VERB_OR_ADVERB = /^[a-z]+(?:ed|ly)$/;

/** Nouns after a number that make it count time rather than money: "3 Jahre", "2 years". */
const TIME_NOUNS = /^(?:jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten?|years?|months?|weeks?|days?|hours?|minutes?)$/i;

const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':']);
/** Abbreviations whose full stop ends no sentence: "3 Mrd. bzw. 2 Mrd.", "incl. 2 billion". */
const GAP_ABBREVIATIONS = new Set(['bzw', 'inkl', 'incl', 'ca', 'zzgl']);
/** How many words may stand between the first figure and ", davon": "4 Mrd. Dollar zu, davon". */
const PARTITIVE_LEAD_WORDS = 4;
/** How many words may stand between a partitive and its figure: "davon entfallen allein 3 Mrd.". */
const PARTITIVE_GAP_WORDS = 2;
/** The longest phrase a list item may carry after it before the next item: "for the air force". */
const LIST_PHRASE_WORDS = 4;
/** How far after a carried list item a people word makes it a new clause: "and 3 million were killed". */
const CLAUSE_LOOKAHEAD = 6;

type Link = 'partitive' | 'list' | 'change';

function carries(m: QuantityMatch): boolean {
  return m.unitKind === 'currency' || m.unitKind === 'percent';
}

function matchesWords(toks: Token[], at: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[at + k]?.lower !== words[k]) return false;
  return true;
}

function abbreviationStop(toks: Token[], k: number): boolean {
  return toks[k].text === '.' && k > 0 && GAP_ABBREVIATIONS.has(toks[k - 1].lower);
}

function endsSentence(toks: Token[], k: number): boolean {
  return SENTENCE_ENDS.has(toks[k].text) && !abbreviationStop(toks, k);
}

function commaIn(toks: Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) if (toks[k].text === ',' || toks[k].text === ';') return k;
  return null;
}

function partitiveAt(toks: Token[], at: number, language: Language): boolean {
  return PARTITIVES[language].some((words) => matchesWords(toks, at, words));
}

/** The kind of link between the previous figure (ending at token `from`) and the next (starting at `to`), or null. */
function linkBetween(doc: TokenizedText, from: number, to: number, language: Language): Link | null {
  const toks = doc.tokens;
  if (from === to) return null;
  // "2,5 Mio. Euro: 1,5 Mio. für Schulen, …": a colon opens the breakdown of the figure before it
  // ("… Euro aus: 1,5 Mio.": a verb particle may stand before it)
  if (toks[to - 1].text === ':' && to - 1 - from <= 2 && toks.slice(from, to - 1).every((t) => t.kind === 'word' && /^\p{Ll}/u.test(t.text))) {
    return 'list';
  }
  for (let k = from; k < to; k++) {
    if (toks[k].kind === 'digits') return null;
    // "61 Mrd. Dollar; davon 20 Mrd.": a semicolon before a partitive keeps the sentence going
    if (endsSentence(toks, k) && !(toks[k].text === ';' && partitiveAt(toks, k + 1, language))) return null;
  }

  if (to - from === 1 && CHANGE_TARGETS[language].has(toks[from].lower)) return 'change';

  // [a few words ","] partitive [up to two words] figure: "zu, davon entfallen 3 Mrd.", "in aid, of which 3 billion"
  const comma = commaIn(toks, from, to);
  for (const k of comma === null ? [from] : [from, comma + 1]) {
    if (k !== from && k - from - 1 > PARTITIVE_LEAD_WORDS) continue;
    for (const words of PARTITIVES[language]) {
      if (!matchesWords(toks, k, words)) continue;
      const start = k + words.length;
      const stop = abbreviationStop(toks, start) ? 1 : 0;
      if (to - start - stop <= PARTITIVE_GAP_WORDS && toks.slice(start + stop, to).every((t) => t.kind === 'word')) return 'partitive';
    }
  }

  // [preposition phrase] separator(s) [one or two capitalised names] figure: "$3 billion for tanks, Germany 2 billion"
  let k = from;
  if (PREPOSITIONS[language].has(toks[k].lower)) {
    let words = 0;
    while (k < to && toks[k].kind === 'word' && !LIST_SEPARATORS[language].has(toks[k].lower) && words < LIST_PHRASE_WORDS) {
      k++;
      words++;
    }
  }
  const separatorsFrom = k;
  while (k < to && (LIST_SEPARATORS[language].has(toks[k].lower) || abbreviationStop(toks, k))) k++;
  if (k === separatorsFrom) return null;
  const names = to - k;
  if (names > 2) return null;
  for (let n = k; n < to; n++) if (toks[n].kind !== 'word' || !/^\p{Lu}/u.test(toks[n].text)) return null;
  return 'list';
}

/** The figure has a noun of its own right after it: "3 Millionen Menschen", "2 million doses". */
function countsItsOwn(doc: TokenizedText, m: QuantityMatch, language: Language): boolean {
  const next = doc.tokens[m.to];
  if (!next || next.kind !== 'word') return false;
  if (countsSomething(next.text, language) || TIME_NOUNS.test(next.text) || MEASUREMENT_UNITS[language].test(next.text)) return true;
  // "davon 2 Mrd. Militärhilfe", "2 billion aid": the money's own measure is no other noun.
  if (measureOfWord(next.text, language)?.measure === 'aid') return false;
  if (language === 'de') return /^\p{Lu}/u.test(next.text);
  return !EN_NON_NOUNS.has(next.lower) && !EN_VERB_OR_ADVERB.test(next.lower);
}

/** A list item followed by people ("and 3 million were killed") starts a clause of its own. */
function newClauseAboutPeople(doc: TokenizedText, m: QuantityMatch, next: QuantityMatch | undefined, language: Language): boolean {
  const toks = doc.tokens;
  const end = Math.min(toks.length, next ? next.from : toks.length, m.to + CLAUSE_LOOKAHEAD);
  for (let k = m.to; k < end; k++) {
    const t = toks[k];
    if (SENTENCE_ENDS.has(t.text) || t.text === ',') return false;
    if (t.kind === 'word' && countsSomething(t.text, language)) return true;
  }
  return false;
}

/** What a bare figure may take its unit from: a currency or percentage match, or a physical measurement. */
interface CarrySource {
  /** Token after the figure. */
  to: number;
  scaleExponent: number;
  /** The match whose unit carries; null for a measurement, whose parts are measurements too. */
  match: QuantityMatch | null;
}

/**
 * The matches with the unit of a named currency or percentage carried onto the bare figures
 * linked to it. The parts of a physical measurement ("120 Tonnen, davon 80 per Schiff") are
 * measurements too: like the measurement itself (parse.ts) they are left out, rather than
 * reported as counts of nothing. Returns the same array when nothing changes.
 */
export function carryUnits(
  doc: TokenizedText,
  matches: QuantityMatch[],
  language: Language,
  measurements: readonly MeasurementSpan[] = [],
): QuantityMatch[] {
  let out: (QuantityMatch | null)[] | null = null;
  let source: CarrySource | null = null;
  /** Where the next link is read from: the source or the last figure it carried to. */
  let previous: number | null = null;
  let nextMeasurement = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    while (nextMeasurement < measurements.length && measurements[nextMeasurement].to <= m.from) {
      const at = measurements[nextMeasurement++];
      source = { to: at.to, scaleExponent: 0, match: null };
      previous = at.to;
    }
    if (m.unitKind !== 'count') {
      source = carries(m) ? { to: m.to, scaleExponent: m.scaleExponent, match: m } : null;
      previous = source ? m.to : null;
      continue;
    }
    if (!source || previous === null) continue;
    const link = linkBetween(doc, previous, m.from, language);
    const carried =
      link !== null &&
      // four plain digits the parser kept ("2000 davon") are more likely a year than money
      !m.yearLike &&
      // "$4 billion, of which 3 for weapons": the scale was left out too, and which one is a guess.
      !(source.scaleExponent > 0 && m.scaleExponent === 0) &&
      !countsItsOwn(doc, m, language) &&
      !(link === 'list' && newClauseAboutPeople(doc, m, matches[i + 1], language));
    if (!carried) {
      source = null;
      previous = null;
      continue;
    }
    out ??= matches.slice();
    const unit = source.match;
    out[i] = unit ? { ...m, unitKind: unit.unitKind, quantity: { ...m.quantity, unit: unit.quantity.unit } } : null;
    previous = m.to;
  }
  return out ? out.filter((m): m is QuantityMatch => m !== null) : matches;
}
