import type { Language } from '../text/index.js';
import { coordinatedClaimant, describeClaimant, type ClaimantInfo } from './claimant.js';
import { AUDIENCE_WORDS } from './claimant-lexicon.js';
import { findCues, type Cue } from './cues.js';
import { findDenialIn, type DenialCue } from './denials.js';
import { nonStatementSpans } from './masks.js';
import { afterPreposition, COORDINATORS, phraseBefore, readPhraseForward, subjectAfter, subjectBefore, type TokenRange } from './noun-phrase.js';
import { boundaryBefore, prepareSentence, type SentenceTokens, type Span } from './sentence-tokens.js';

/** Who said what in one sentence. All offsets are into the sentence. */
export interface Attribution {
  claimant: ClaimantInfo;
  cue: Cue;
  /** Characters of the claimant phrase. */
  claimantSpan: Span;
  /** The statement without its attribution ("…, sagte X" removed); may be empty ("Der Kreml dementierte."). */
  content: Span;
  /** The quotation the content is, marks included, when the statement is quoted speech. */
  quote: Span | null;
  denial: DenialCue | null;
  /** The sentence opens with "Das"/"Dies" as the object: what was said is the sentence before. */
  pointsBack: boolean;
}

/** Within this many tokens after the verb a "dass"/"that" or a comma opens the reported clause. */
export const DEFAULT_CLAUSE_SEARCH_TOKENS = 12;
/** At most this many tokens may follow a closing "…, sagte X" for the content to be what came before it. */
export const DEFAULT_TRAILING_TOKENS = 5;

const COMPLEMENTISERS = new Set(['dass', 'that', 'ob', 'whether']);
const LEADING_JUNK = /^[\s,;:–—-]+|^(?:dass|that)\b\s*/iu;
const TRAILING_JUNK = /[\s,;:.!?–—-]+$/u;

function charSpan(s: SentenceTokens, r: TokenRange): Span {
  return { start: s.tokens[r.from].start, end: s.tokens[r.to - 1].end };
}

/** Start of the clause that begins at token i: the character after the punctuation before it. */
function contentBefore(s: SentenceTokens, i: number): Span {
  const end = i === 0 ? 0 : s.tokens[i - 1].end + s.gaps[i].search(/[,;:–—(]|$/);
  return { start: 0, end: Math.max(0, end) };
}

/** Words after a reporting verb that lead up to the reported clause ("sagte am Montag gegenüber CBS, dass …"). */
const LEAD_IN = new Set([
  'am', 'an', 'im', 'in', 'auf', 'bei', 'vor', 'nach', 'gegenüber', 'zudem', 'auch', 'ebenfalls', 'dann', 'jedoch', 'bereits', 'dazu', 'dem', 'den', 'der',
  'on', 'at', 'in', 'to', 'during', 'after', 'before', 'also', 'then', 'later', 'earlier', 'again', 'in', 'reporters', 'journalists',
]);

function contentAfter(s: SentenceTokens, from: number): Span {
  const n = s.tokens.length;
  if (from >= n) return { start: s.text.length, end: s.text.length };
  // A comma or "dass" opens the reported clause only after a lead-in; else the clause starts right after the verb.
  const leadIn = boundaryBefore(s, from) || LEAD_IN.has(s.lower[from]) || AUDIENCE_WORDS.has(s.lower[from]) || COMPLEMENTISERS.has(s.lower[from]);
  for (let j = from; j < n && j - from <= DEFAULT_CLAUSE_SEARCH_TOKENS && leadIn; j++) {
    if (COMPLEMENTISERS.has(s.lower[j]) && !s.quoted[j]) return { start: s.tokens[j].start, end: s.text.length };
    if (boundaryBefore(s, j) && /[,:„“"»«]/.test(s.gaps[j])) {
      const gapStart = s.tokens[j - 1].end;
      const quoteAt = s.gaps[j].search(/[„“"»«]/);
      return { start: quoteAt >= 0 ? gapStart + quoteAt : s.tokens[j].start, end: s.text.length };
    }
  }
  return { start: s.tokens[from].start, end: s.text.length };
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  let piece = text.slice(start, end);
  const lead = LEADING_JUNK.exec(piece);
  if (lead) {
    start += lead[0].length;
    piece = piece.slice(lead[0].length);
    const again = /^[\s,;:]+/.exec(piece);
    if (again) start += again[0].length;
  }
  const tail = TRAILING_JUNK.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return end > start ? { start, end } : { start, end: start };
}

/** Characters of the quotation that makes up (nearly) all of the content, if any. */
function quoteOf(s: SentenceTokens, content: Span): Span | null {
  for (const q of s.quotes) {
    if (q.start === content.start) return q; // '"…," said X': the comma sits inside the quotation
    const inside = Math.min(q.end, content.end + 1) - Math.max(q.start, content.start - 1);
    if (inside >= 0.8 * (content.end - content.start) && q.start >= content.start - 1) return q;
  }
  return null;
}

const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'he', 'she', 'it', 'they', 'we', 'no', 'there', 'all', 'every', 'some', 'most', 'many']);
const NOT_CLAUSE_OPENERS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'on', 'in', 'at', 'to', 'that', 'only']);

function opensClause(s: SentenceTokens, i: number): boolean {
  const w = s.lower[i];
  if (NOT_CLAUSE_OPENERS.has(w)) return false;
  return CLAUSE_OPENERS.has(w) || /^[\p{Lu}\d]/u.test(s.words[i]);
}

function contentFor(s: SentenceTokens, cue: Cue, who: TokenRange, lang: Language): Span {
  const n = s.tokens.length;
  const first = Math.min(cue.at, who.from);
  const last = Math.max(cue.after, who.to);
  if (cue.kind !== 'verb') {
    if (first === 0) return contentAfter(s, last);
    if (boundaryBefore(s, first) && n - last <= DEFAULT_TRAILING_TOKENS) return contentBefore(s, first);
    // "… gebeten laut US-Beamten." without its comma: the source closes the sentence, so it is no part of the content.
    if (last >= n) return contentBefore(s, first);
    return { start: 0, end: s.text.length };
  }
  // A separable verb brackets its object: "kündigte Blinken 2 Milliarden Dollar Hilfe an, nachdem …".
  const particle = cue.particle ?? -1;
  const inner = Math.max(cue.at + 1, who.to);
  const inverted = cue.at > 0 && boundaryBefore(s, cue.at);
  if (!inverted && particle > cue.at && particle - inner >= 2 && s.lower[particle + 1] !== 'dass') {
    return { start: s.tokens[inner].start, end: s.tokens[particle].start };
  }
  const subjectFirst = who.from < cue.at;
  if (subjectFirst) {
    // "Russia asked China for help, U.S. officials said." — the attribution closes the sentence.
    let introducer = who.from;
    while (introducer > 0 && !boundaryBefore(s, introducer)) introducer--;
    if (introducer > 0 && n - cue.after <= DEFAULT_TRAILING_TOKENS) return contentBefore(s, introducer);
    // English drops "that": "said Chinese companies competed fairly" starts its clause right after the verb.
    if (lang === 'en' && cue.after < n && !/^tells?$|^told$/.test(s.lower[cue.at]) && !boundaryBefore(s, cue.after) && opensClause(s, cue.after)) {
      return { start: s.tokens[cue.after].start, end: s.text.length };
    }
    return contentAfter(s, cue.after);
  }
  // "…bis zum Ende der Amtszeit.erklärte ein Diplomat …": a full stop glued to the verb is a lost quotation; what
  // was said is what came before it, however long the attribution after it runs.
  if (cue.at > 0 && /^[.!?]$/.test(s.gaps[cue.at])) return contentBefore(s, cue.at);
  // Inverted: "„…“, sagte der Sprecher" or "Am Montag sagte die Sprecherin …, dass …".
  if (cue.at > 0 && boundaryBefore(s, cue.at) && n - who.to <= DEFAULT_TRAILING_TOKENS) return contentBefore(s, cue.at);
  // "„…“, sagte die Sprecherin der Reederei, Anna Kurz, am Freitag bei einem Besuch im Hafen.": a quotation that opens the
  // sentence and ends at the verb is what was said, however long the attribution after it runs.
  if (cue.at > 0 && boundaryBefore(s, cue.at) && s.quoted[0] && s.quoted[cue.at - 1]) return contentBefore(s, cue.at);
  return contentAfter(s, who.to);
}

/** Words of a claimant phrase; a truncated compound and its conjunction are left out ("Verteidigungs- und"). */
function phraseWords(s: SentenceTokens, r: TokenRange): string[] {
  const out: string[] = [];
  for (let k = r.from; k < r.to; k++) {
    if (/^-\s+$/.test(s.gaps[k + 1] ?? '') && (s.lower[k + 1] === 'und' || s.lower[k + 1] === 'oder')) {
      k++;
      continue;
    }
    if (k > r.from && /,/.test(s.gaps[k])) out.push(',');
    out.push(s.words[k]);
  }
  return out;
}

/** A relative pronoun right before the verb: "…, einem russischen General, der sagte, …", "a general who said". */
const RELATIVE_SPEAKERS = new Set(['der', 'die', 'welcher', 'welche', 'who']);
/** Words a noun phrase does not run back across. */
const PHRASE_STOPS = new Set([
  'von', 'vom', 'mit', 'bei', 'beim', 'an', 'am', 'auf', 'aus', 'für', 'gegen', 'nach', 'zu', 'zum', 'zur', 'über', 'unter', 'in', 'im', 'durch',
  'of', 'from', 'by', 'with', 'to', 'for', 'at', 'on', 'in', 'into', 'and', 'und', 'gab', 'es', 'there', 'was', 'war', 'is', 'ist',
]);
/** How many words the noun phrase before a relative pronoun may have ("einem gewöhnlichen russischen General"). */
const RELATIVE_PHRASE_WORDS = 6;

/** The noun phrase that ends right before token `at`, or null. */
function phraseEndingAt(s: SentenceTokens, at: number): TokenRange | null {
  let from = at;
  while (from > 0 && at - from < RELATIVE_PHRASE_WORDS && !s.quoted[from - 1] && !PHRASE_STOPS.has(s.lower[from - 1])) {
    from--;
    if (boundaryBefore(s, from)) break;
  }
  return from < at ? { from, to: at } : null;
}

/**
 * "Die Küstenwache stoppte den Kutter und erklärte, …", "the coast guard stopped the boat and said …",
 * "…, saying …": a reporting verb that continues the first clause has no subject of its own, so the
 * speaker is the phrase the sentence opens with; null when the verb is no such continuation or the
 * sentence opens with no one who could speak (the other readings of the cue then apply).
 */
function sharedSubject(s: SentenceTokens, cue: Cue, lang: Language): TokenRange[] | null {
  if (cue.kind !== 'verb') return null;
  const coordinated = cue.at >= 3 && COORDINATORS.has(s.lower[cue.at - 1]) && !s.quoted[cue.at - 1];
  if (!cue.sharedSubject && !coordinated) return null;
  if (coordinated && !cue.sharedSubject) {
    // what follows the verb is the reported clause, not the verb's own subject ("und sagte der Sprecher")
    const next = cue.after;
    const opens = next < s.tokens.length && (COMPLEMENTISERS.has(s.lower[next]) || /[,:]/.test(s.gaps[next]) || (lang === 'en' && opensClause(s, next)));
    if (!opens) return null;
  }
  // only a main clause that runs unbroken up to the verb: "…, da die Streitkräfte vorrückten und behaupteten" has
  // its subject in the clause the comma opens
  const last = cue.sharedSubject ? cue.at - 1 : cue.at;
  for (let k = 1; k < last; k++) if (boundaryBefore(s, k)) return null;
  const r = readPhraseForward(s, 0, lang);
  if (!r || r.to >= cue.at - 1) return null;
  // the opening phrase must name someone: a role, a body, a country, a full name or a pronoun, not "Letzterer"
  const who = describeClaimant(phraseWords(s, r), lang);
  const named = who && (who.anaphor === 'pronoun' || who.roleKey || who.orgKey || who.claimant.country || who.nameWords.length > 1);
  return named ? [r] : null;
}

/** Where the claimant may stand for a cue, most likely first. */
function claimantRanges(s: SentenceTokens, cue: Cue, lang: Language): TokenRange[] {
  const shared = sharedSubject(s, cue, lang);
  if (shared) return shared;
  // "…, von einem russischen General, der sagte, US-Beamte hätten …": the speaker is the phrase the pronoun stands for,
  // not the subject of what was said.
  const rel = cue.at - 1;
  if (cue.kind === 'verb' && rel > 0 && RELATIVE_SPEAKERS.has(s.lower[rel]) && (lang === 'en' || boundaryBefore(s, rel))) {
    const head = phraseEndingAt(s, rel);
    return head ? [head] : [];
  }
  if (cue.kind === 'according') {
    const r = readPhraseForward(s, cue.after, lang);
    if (!r) return [];
    // "Das geht aus Zahlen der Hafengesellschaft hervor": the phrase ends before the closing particle.
    return [r];
  }
  if (cue.kind === 'zufolge') {
    const r = phraseBefore(s, cue.at, lang);
    return r ? [r] : [];
  }
  const out: TokenRange[] = [];
  const before = subjectBefore(s, cue.at, lang);
  if (before && !afterPreposition(s, before.from)) out.push(before);
  const after = subjectAfter(s, cue.at + 1, lang);
  if (after) out.push(after);
  return out;
}

const DEMONSTRATIVES = new Set(['das', 'dies', 'this', 'that']);

/**
 * "Das sagte die Geschäftsführerin." / "Das geht aus … hervor.": the statement is the sentence before;
 * true when the sentence opens with a bare demonstrative that is not its subject.
 */
function pointsBack(s: SentenceTokens, cue: Cue, who: TokenRange): boolean {
  if (s.tokens.length < 2 || s.quoted[0] || !DEMONSTRATIVES.has(s.lower[0]) || who.from === 0) return false;
  return cue.at === 1 || (cue.kind === 'according' && /^(?:geht|ging|gehen|gingen)$/.test(s.lower[1]));
}

/** How many words the second of two coordinated speakers may have ("die Europäische Union"). */
const COORDINATED_WORDS = 6;

/**
 * "NATO and the EU said": when the speaker found before the verb is followed by "and" and another
 * speaker that runs up to the verb, both speak; the claimant names them together.
 */
function withCoordinated(s: SentenceTokens, cue: Cue, who: TokenRange, first: ClaimantInfo, lang: Language): { claimant: ClaimantInfo; who: TokenRange } {
  const joiner = who.to;
  if (cue.kind !== 'verb' || joiner >= cue.at || !COORDINATORS.has(s.lower[joiner]) || first.anaphor === 'pronoun') return { claimant: first, who };
  const second = { from: joiner + 1, to: cue.at };
  if (second.to - second.from > COORDINATED_WORDS || second.to <= second.from) return { claimant: first, who };
  for (let k = second.from; k < second.to; k++) if (boundaryBefore(s, k) || s.quoted[k]) return { claimant: first, who };
  const other = describeClaimant(phraseWords(s, second), lang);
  if (!other || other.anaphor === 'pronoun') return { claimant: first, who };
  return { claimant: coordinatedClaimant(first, other), who: { from: who.from, to: second.to } };
}

/** The attribution of a prepared sentence: the first cue with a recognisable claimant. */
export function attributeIn(s: SentenceTokens, lang: Language, masks: readonly Span[]): Attribution | null {
  const cues = findCues(s, lang, masks);
  if (cues.length === 0) return null;
  const denial = findDenialIn(s, lang, cues, masks);
  for (const cue of cues) {
    for (const found of claimantRanges(s, cue, lang)) {
      const first = describeClaimant(phraseWords(s, found), lang);
      if (!first) continue;
      const { claimant, who } = withCoordinated(s, cue, found, first, lang);
      const content = trim(s.text, contentFor(s, cue, who, lang));
      const quote = content.end > content.start ? quoteOf(s, content) : null;
      if (quote) {
        content.start = quote.start;
        content.end = Math.max(content.end, quote.end);
      }
      return { claimant, cue, claimantSpan: charSpan(s, who), content, quote, denial, pointsBack: pointsBack(s, cue, who) };
    }
  }
  return null;
}

/** The attribution of one sentence, or null when nobody is said to have said anything. */
export function attribute(sentence: string, lang: Language): Attribution | null {
  return attributeIn(prepareSentence(sentence), lang, nonStatementSpans(sentence, lang));
}
