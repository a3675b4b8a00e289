import { entityOf, isNumberToken, isStopword, type Language } from '../text/index.js';
import { AUDIENCE_WORDS, DOCUMENT_WORDS } from './claimant-lexicon.js';
import { CLAIM_REFERENCES, CLAUSE_INTRODUCERS, FOCUS_PARTICLES, GERMAN_ADVERBIAL_STARTERS, PRONOUNS, REPORTING_VERBS } from './cue-lexicon.js';
import { lexiconHitAt } from './lexicon-match.js';
import { boundaryBefore, commaBefore, isCapitalised, type SentenceTokens } from './sentence-tokens.js';

/** Token range [from, to) of a noun phrase. */
export interface TokenRange {
  from: number;
  to: number;
}

/** A noun phrase is at most this many tokens; longer runs are clauses, not claimants. */
export const DEFAULT_MAX_PHRASE_TOKENS = 14;

const DETERMINERS = new Set([
  'one', 'some', 'several', 'two', 'three', 'many',
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren',
  'the', 'a', 'an', 'his', 'her', 'its', 'their',
]);
const GENITIVE_DETERMINERS = new Set(['des', 'der', 'eines', 'einer']);
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'von', 'vom']);
const PREPOSITIONS = new Set([
  'in', 'im', 'am', 'an', 'auf', 'bei', 'beim', 'nach', 'von', 'vom', 'mit', 'aus', 'für', 'gegen', 'über', 'unter', 'vor', 'zu', 'zum', 'zur', 'seit', 'gegenüber',
  'on', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'after', 'before', 'during', 'into', 'of', 'over', 'under', 'since', 'against',
]);
/** Words skipped between an inverted verb and its subject: "sagte am Montag der Sprecher", "said on Monday". */
const SKIPPABLE_AFTER_VERB = new Set([
  'am', 'ebenfalls', 'auch', 'zudem', 'außerdem', 'dann', 'später', 'gestern', 'heute', 'nun', 'jedoch', 'bereits', 'zuvor', 'dazu', 'weiter',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'abend', 'morgen', 'mittag',
  'on', 'also', 'then', 'later', 'yesterday', 'today', 'now', 'however', 'earlier', 'again', 'too',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

function isVerbCue(word: string, lang: Language): boolean {
  return REPORTING_VERBS[lang].has(word);
}

function isHeadish(s: SentenceTokens, i: number): boolean {
  return lexiconHitAt(s.lower, s.words, i) !== null || s.entityTokens.has(i);
}

/** A role, organisation or entity word (a known person's name does not count: it is a name). */
function isRoleOrOrg(s: SentenceTokens, i: number): boolean {
  const hit = lexiconHitAt(s.lower, s.words, i);
  return (hit !== null && hit.type !== 'person') || s.entityTokens.has(i);
}

/** Capitalised words that do not belong to a claimant: sentence-initial function words, audiences. */
function nameLike(s: SentenceTokens, i: number, lang: Language): boolean {
  const w = s.tokens[i].token;
  return isCapitalised(w) && !isStopword(w, lang) && !AUDIENCE_WORDS.has(s.lower[i]) && !GERMAN_ADVERBIAL_STARTERS.has(s.lower[i]);
}

/** German adjective before a noun: lower case, not a function word, inflected, followed by a capitalised word or another adjective. */
function germanAdjective(s: SentenceTokens, i: number): boolean {
  const w = s.lower[i];
  if (isStopword(w, 'de') || !/(?:e|en|er|es|em)$/.test(w) || isCapitalised(s.tokens[i].token)) return false;
  const next = s.tokens[i + 1]?.token;
  return next !== undefined && !boundaryBefore(s, i + 1) && (isCapitalised(next) || germanAdjective(s, i + 1));
}

/** An apposition after a comma: a name ("…, Zhao Lijian,") or a role phrase ("…, a spokesman for the ministry,"). */
function appositionEnd(s: SentenceTokens, i: number, lang: Language): number {
  let j = i;
  let names = 0;
  while (j < s.tokens.length && !s.quoted[j] && (j === i || !boundaryBefore(s, j)) && nameLike(s, j, lang) && !isRoleOrOrg(s, j)) {
    names++;
    j++;
  }
  const closes = j >= s.tokens.length || boundaryBefore(s, j) || !isCapitalised(s.tokens[j].token);
  // German common nouns are capitalised too: "…, Bidens Äußerungen hätten" is a clause, not a name.
  const nouns = lang === 'de' && s.lower.slice(i, j).some((w) => GERMAN_NAME_BREAKER.test(w));
  if (names >= 1 && names <= 4 && closes && !nouns) return j;
  if (DETERMINERS.has(s.lower[i]) || nationalRole(s, i)) {
    let k = i + 1;
    let head = false;
    while (k < s.tokens.length && !boundaryBefore(s, k) && k - i < DEFAULT_MAX_PHRASE_TOKENS) {
      if (isHeadish(s, k)) head = true;
      k++;
    }
    if (head && (k >= s.tokens.length || commaBefore(s, k))) return k;
  }
  return i;
}

/** "Russia's ambassador", "Poland's foreign minister": an apposition that opens with the country of a role. */
function nationalRole(s: SentenceTokens, i: number): boolean {
  const e = entityOf(s.words[i]);
  const genitive = /['’]s$/.test(s.words[i]) || (/s$/.test(s.words[i]) && entityOf(s.words[i].slice(0, -1))?.id === e?.id);
  if (!e?.country || !(e.kind === 'adjective' || genitive)) return false;
  for (const k of [i + 1, i + 2]) {
    if (k >= s.tokens.length || boundaryBefore(s, k)) return false;
    const hit = lexiconHitAt(s.lower, s.words, k);
    if (hit) return hit.type === 'role' || hit.type === 'org';
  }
  return false;
}

/**
 * Reads a claimant noun phrase forwards from token `from`: determiners, adjectives, capitalised words,
 * role and organisation words, genitive attachments ("des chinesischen Außenministeriums",
 * "for the Chinese foreign ministry") and one apposition after a comma.
 */
export function readPhraseForward(s: SentenceTokens, from: number, lang: Language): TokenRange | null {
  const n = s.tokens.length;
  if (from < n && PRONOUNS[lang].has(s.lower[from]) && !s.quoted[from]) return { from, to: from + 1 };
  let i = from;
  let head = false;
  let lastWasName = false;
  let lastHead = -1;
  let looseWords = 0;
  let lastKind: 'name' | 'role' | 'org' | 'entity' | 'noun' | null = null;
  let expectNoun = false;
  while (i < n && i - from < DEFAULT_MAX_PHRASE_TOKENS) {
    if (s.quoted[i]) break;
    if (i > from && boundaryBefore(s, i)) {
      if (head && commaBefore(s, i)) {
        const end = appositionEnd(s, i, lang);
        if (end > i) {
          lastHead = end - 1;
          i = end;
        }
      }
      break;
    }
    const w = s.tokens[i].token;
    const lw = s.lower[i];
    if (isNumberToken(w)) break;
    if (head && lastHead === i - 1 && seatAfter(s, i)) {
      lastHead = i + 1;
      i += 2;
      break;
    }
    if (DETERMINERS.has(lw)) {
      if (!head) { expectNoun = true; i++; continue; }
      if (GENITIVE_DETERMINERS.has(lw) && !lastWasName && genitiveFollows(s, i + 1)) { expectNoun = true; i++; continue; }
      if (lang === 'en' && lw === 'the' && INNER_PREPOSITIONS.has(s.lower[i - 1])) { i++; continue; }
      break;
    }
    if (INNER_PREPOSITIONS.has(lw)) {
      if (head && !lastWasName && i + 1 < n && !boundaryBefore(s, i + 1)) { expectNoun = true; i++; continue; }
      break;
    }
    // A truncated compound in a coordination: "Verteidigungs- und Geheimdienstbeamte".
    if (lang === 'de' && isCapitalised(w) && /^-\s+$/.test(s.gaps[i + 1] ?? '') && (s.lower[i + 1] === 'und' || s.lower[i + 1] === 'oder')) {
      i += 2;
      continue;
    }
    if (isCapitalised(w)) {
      if ((head && AUDIENCE_WORDS.has(lw)) || (i > from && isVerbCue(lw, lang))) break;
      if (lang === 'de' && head && lastWasName && GERMAN_ADVERBIAL_STARTERS.has(lw)) break;
      // German: after an organisation or a common noun a capitalised word starts a new phrase
      // ("des Bauernverbands DBV" goes on, "der Hafengesellschaft Schäden" does not).
      if (lang === 'de' && head && (lastKind === 'org' || lastKind === 'noun') && !expectNoun) {
        const hitHere = lexiconHitAt(s.lower, s.words, i);
        if (!(lastKind === 'org' && hitHere === null && !GERMAN_COMMON_NOUN.test(lw) && nameRunFollows(s, i))) break;
      }
      const hit = lexiconHitAt(s.lower, s.words, i);
      // a body with a name of its own, or a capital, stands in the phrase like a named entity
      const entity = s.entityTokens.has(i) || hit?.type === 'body' || hit?.type === 'capital';
      const afterDeterminer = i > 0 && DETERMINERS.has(s.lower[i - 1]);
      lastWasName = (hit === null && !entity && !afterDeterminer) || hit?.type === 'person';
      if (DOCUMENT_WORDS.has(lw) || CLAIM_REFERENCES[lang].has(lw)) lastWasName = false;
      lastKind = hit?.type === 'role' ? 'role' : hit?.type === 'org' ? 'org' : entity ? 'entity' : lastWasName ? 'name' : 'noun';
      head = true;
      // A capitalised adjective of a proper name still awaits its noun: "Die Internationale Atomenergiebehörde".
      expectNoun = lang === 'de' && !lastWasName && hit === null && !entity && /(?:e|en|er|es|em)$/.test(lw) &&
        i + 1 < n && !boundaryBefore(s, i + 1) && isCapitalised(s.words[i + 1]);
      looseWords = 0;
      const length = hit ? hit.length : 1;
      lastHead = i + length - 1;
      i += length;
      continue;
    }
    if (lang === 'de') {
      // Adjectives stand before their noun: only while a noun is still to come.
      if ((!head || expectNoun) && !isVerbCue(lw, 'de') && (germanAdjective(s, i) || lw in QUALIFIER_WORDS)) { i++; continue; }
      break;
    }
    // English: lower-case words belong to the phrase only on the way to a head ("a senior defense official").
    if (isStopword(lw, 'en') || isVerbCue(lw, 'en') || PREPOSITIONS.has(lw)) break;
    const hit = lexiconHitAt(s.lower, s.words, i);
    if (hit) {
      head = true;
      looseWords = 0;
      lastWasName = false;
      lastHead = i + hit.length - 1;
      i += hit.length;
      continue;
    }
    // Up to two unknown words may stand between heads ("Cloud provider Nimbus", "Ukraine's air force").
    if (head) {
      if (looseWords >= 2) break;
      looseWords++;
    }
    i++;
  }
  if (lastHead < from) return null;
  return { from, to: lastHead + 1 };
}

/**
 * Organisations of a state whose seat names their country: "das Landwirtschaftsministerium in
 * Moskau", "the government in Beijing". An embassy, a company or a correspondent "in Moskau" is
 * no more Russian for it, so only these kinds take the seat into the phrase.
 */
const SEATED_ORGS = new Set([
  'government', 'ministry', 'foreign_ministry', 'defence_ministry', 'interior_ministry', 'health_ministry', 'commerce_ministry',
  'agriculture_ministry', 'finance_ministry', 'energy_ministry', 'justice_ministry', 'military', 'general_staff', 'navy',
  'air_force', 'intelligence', 'presidency', 'parliament', 'authorities',
]);

/** "in" and a capital right after a state organisation word that ends at token `at - 1`. */
function seatAfter(s: SentenceTokens, at: number): boolean {
  if (s.lower[at] !== 'in' || at + 1 >= s.tokens.length || boundaryBefore(s, at) || boundaryBefore(s, at + 1)) return false;
  const capital = lexiconHitAt(s.lower, s.words, at + 1);
  if (capital?.type !== 'capital' || capital.length !== 1) return false;
  // the organisation word that ends right before "in"
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const hit = lexiconHitAt(s.lower, s.words, k);
    if (hit && k + hit.length === at) return hit.type === 'org' && SEATED_ORGS.has(hit.entry.key);
  }
  return false;
}

/** A genitive determiner after a noun attaches a phrase ("des Außenministeriums"), not a new one ("einer der Gründe"). */
function genitiveFollows(s: SentenceTokens, from: number): boolean {
  if (from >= s.tokens.length || boundaryBefore(s, from) || DETERMINERS.has(s.lower[from])) return false;
  return isCapitalised(s.words[from]) || germanAdjective(s, from);
}

const GERMAN_NAME_BREAKER = /(?:ung|ungen|heit|keit|schaft|tion|tät|ismus|nis|tum|ment)$/u;
const GERMAN_COMMON_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ium|iums|ismus|nis|tum|ment|en|e)$/u;

/** A short capitalised run that ends the phrase: a name after an organisation word ("Bauernverbands DBV"). */
function nameRunFollows(s: SentenceTokens, i: number): boolean {
  let j = i;
  while (j < s.tokens.length && j - i < 4 && (j === i || !boundaryBefore(s, j)) && isCapitalised(s.words[j])) j++;
  return j === s.tokens.length || boundaryBefore(s, j) || !isCapitalised(s.words[j]);
}

const QUALIFIER_WORDS: Record<string, true> = { hochrangige: true, hochrangiger: true, hochrangigen: true, ranghohe: true, ranghoher: true, ranghohen: true, ehemalige: true, ehemaliger: true, ehemaligen: true };

/**
 * The subject before a reporting verb at token `verb`, or null when there is none (German inversion
 * after an adverbial, "Am Montag sagte …"; a verb that opens its clause, "…“, sagte er").
 */
export function subjectBefore(s: SentenceTokens, verb: number, lang: Language): TokenRange | null {
  if (verb === 0 || boundaryBefore(s, verb)) {
    return appositionSubject(s, verb, lang);
  }
  // Walk back to the start of the clause the verb is in.
  let start = verb - 1;
  while (start > 0 && !boundaryBefore(s, start)) start--;
  // Skip conjunctions, focus particles and leading adverbials ("wie", "auch", "On Monday").
  let from = start;
  while (from < verb && (CLAUSE_INTRODUCERS.has(s.lower[from]) || FOCUS_PARTICLES.has(s.lower[from]))) from++;
  if (from >= verb) return null;
  if (lang === 'de' && GERMAN_ADVERBIAL_STARTERS.has(s.lower[from]) && !DETERMINERS.has(s.lower[from])) return null;
  if (lang === 'en') {
    while (from < verb && PREPOSITIONS.has(s.lower[from])) {
      // "On Monday the ministry said": drop the prepositional phrase up to the next determiner or head.
      from++;
      while (from < verb && !DETERMINERS.has(s.lower[from]) && !isHeadish(s, from)) from++;
    }
    if (from >= verb) return null;
  }
  const read = readPhraseForward(s, from, lang);
  // "The Pentagon and the State Department said": the first of two speakers (attribution joins the second)
  if (read && read.to < verb - 3 && COORDINATORS.has(s.lower[read.to]) && verb - read.to <= 7) return read;
  if (!read || read.to < verb - 3) return null;
  let phrase = read;
  // "German carmakers warned": unknown lower-case words between the phrase and its verb belong to it.
  if (lang === 'en' && read.to < verb && s.lower.slice(read.to, verb).every((w, k) => !boundaryBefore(s, read.to + k) && !isStopword(w, 'en') && !PREPOSITIONS.has(w) && !isCapitalised(s.words[read.to + k]))) {
    phrase = { from: read.from, to: verb };
  }
  // A name alone right after a comma may be the apposition of a role phrase before it.
  if (boundaryBefore(s, from) && commaBefore(s, from)) {
    const widened = appositionSubject(s, from, lang);
    if (widened && widened.to >= phrase.from) return { from: widened.from, to: Math.max(phrase.to, widened.to) };
  }
  return phrase;
}

/** "Der Sprecher des Ministeriums, Zhao Lijian, sagte": the phrase before a comma-separated apposition that ends at `at`. */
function appositionSubject(s: SentenceTokens, at: number, lang: Language): TokenRange | null {
  if (at === 0 || !commaBefore(s, at)) return null;
  // The comma-delimited segment right before `at`.
  let segEnd = at;
  let segStart = at - 1;
  while (segStart > 0 && !boundaryBefore(s, segStart)) segStart--;
  if (!commaBefore(s, segStart) || segStart === 0) return null;
  let prevStart = segStart - 1;
  while (prevStart > 0 && !boundaryBefore(s, prevStart)) prevStart--;
  // The role phrase opens the sentence, follows a quotation or colon, or follows an adverbial and starts like a phrase.
  if (prevStart !== 0 && !/[;:„“”"»«]/.test(s.gaps[prevStart]) && !DETERMINERS.has(s.lower[prevStart]) && !isHeadish(s, prevStart)) return null;
  const phrase = readPhraseForward(s, prevStart, lang);
  if (!phrase) return null;
  // "A senior official, speaking on condition of anonymity, said": an aside between the speaker and
  // the verb; the speaker is the whole segment before it
  if (phrase.to === segStart && isAside(s, segStart, lang)) return phrase;
  if (phrase.to < segEnd) return null;
  return phrase;
}

/** Words that join two speakers of one statement. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'und', 'sowie']);

/** Words that open a comma-delimited aside after a speaker: a relative clause or a participle phrase. */
const ASIDE_OPENERS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'welcher', 'welche', 'dessen', 'deren', 'wie']),
  en: new Set(['who', 'which', 'whose', 'citing', 'speaking', 'asked', 'quoted', 'according', 'not', 'also', 'like']),
};

function isAside(s: SentenceTokens, at: number, lang: Language): boolean {
  const first = s.lower[at];
  if (ASIDE_OPENERS[lang].has(first)) return true;
  // an English participle ("declining to be named", "briefing reporters")
  return lang === 'en' && /^[a-z]{3,}ing$/.test(first);
}

/** The subject after an inverted reporting verb ("sagte der Sprecher", "said Kremlin spokesman Dmitry Peskov"). */
export function subjectAfter(s: SentenceTokens, after: number, lang: Language): TokenRange | null {
  let i = after;
  let skipped = 0;
  while (i < s.tokens.length && skipped < 4 && SKIPPABLE_AFTER_VERB.has(s.lower[i]) && !boundaryBefore(s, i)) {
    i++;
    skipped++;
  }
  if (i >= s.tokens.length || s.quoted[i]) return null;
  if (i > after && boundaryBefore(s, i)) return null;
  return readPhraseForward(s, i, lang);
}

/** The claimant phrase before a postposition ("US-Beamten zufolge"). */
export function phraseBefore(s: SentenceTokens, at: number, lang: Language): TokenRange | null {
  let start = at - 1;
  while (start > 0 && !boundaryBefore(s, start)) start--;
  const phrase = readPhraseForward(s, start, lang);
  return phrase && phrase.to >= at - 1 ? { from: phrase.from, to: at } : null;
}

/** True when the word right before a phrase makes it a prepositional object ("In Peking sagte Xi"). */
export function afterPreposition(s: SentenceTokens, from: number): boolean {
  return from > 0 && !boundaryBefore(s, from) && PREPOSITIONS.has(s.lower[from - 1]);
}
