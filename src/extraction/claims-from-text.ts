import type { Quantity, QuantityContext } from '../quantities/quantity.js';
import { findDateline, outside, statementDate, type StatementDate, type TextSpan } from '../dates/index.js';
import { contentTerms, detectLanguage, stem, tokenize, type Language } from '../text/index.js';
import { attributeIn, type Attribution } from './attribution.js';
import { describeClaimant, type Claimant, type ClaimantInfo } from './claimant.js';
import { countryNamedBefore, spokespersonOf, withCountry } from './claimant-country.js';
import { CLAIM_REFERENCES, DISMISSIVE_LABELS, DISPUTING_LABELS } from './cue-lexicon.js';
import { mergedClaimant, sameParty } from './denial-merge.js';
import { findDenialIn } from './denials.js';
import { isIndirectSpeech } from './konjunktiv.js';
import { linkDenials, type ClaimLink, type LinkCandidate } from './links.js';
import { nonStatementSpans } from './masks.js';
import { extractQuantities } from './quantities-port.js';
import { boundaryBefore, prepareSentence, type SentenceTokens, type Span } from './sentence-tokens.js';
import { splitSentences, type Sentence } from './sentences.js';

export type Stance = 'asserts' | 'denies';

/** One claim found in an article; offsets are into the article text, quantity offsets into `text`. */
export interface ExtractedClaim {
  ref: string;
  text: string;
  claimant: Claimant;
  stance: Stance;
  /** The words the attribution or denial was recognised by ("sagte", "denied", "laut", "Nein"). */
  cue: string;
  start: number;
  end: number;
  quantities: Quantity[];
  /** The quotation the claim was said in, marks included (article offsets), or null. */
  quote: Span | null;
  /**
   * When the claim was made (ISO 8601): the day its sentence gives the statement ("sagte am Montag",
   * "said in March 2022"), else the article's date; null when neither is known.
   */
  claimedAt: string | null;
  /** The words that dated the statement, or null when the article's date stands for it. */
  claimedAtCue: string | null;
}

export interface ExtractionResult {
  language: Language;
  claims: ExtractedClaim[];
  links: ClaimLink[];
}

export type QuantityExtractor = (text: string, context: QuantityContext) => Quantity[];

export interface ExtractOptions {
  /** Article language; detected when absent. */
  language?: Language;
  /**
   * Publisher of the article. When given, an unattributed body sentence with a checkable figure
   * (a quantity with a known measure, or an amount of money or a percentage) becomes a claim of the
   * publisher, who asserts it in its own voice. Without a publisher such sentences are left out.
   */
  publisher?: string;
  /** Quantity parser; defaults to the one of the quantities module. */
  quantities?: QuantityExtractor;
  /** An asserting claim needs at least this many content terms, else it says nothing checkable. */
  minClaimTerms?: number;
  /**
   * The article's date: claims are made on it unless their sentence dates the statement, and
   * "am Montag", "last week" count back from it. Absent: the article's dateline, if it has one;
   * without either, only dates that name their year ("im März 2022") date a statement.
   */
  publishedAt?: Date;
}

/** Fewer content terms than this make an assertion too thin to check ("Das sagte er."). */
export const DEFAULT_MIN_CLAIM_TERMS = 2;
/** A denial with fewer content terms of its own than this answers something said before ("Der Kreml dementierte."). */
export const DEFAULT_CONTENTLESS_TERMS = 2;

/** A claim while the article is being read; sentences are in text order. */
interface Draft {
  first: Sentence;
  last: Sentence;
  /** Offsets into `first` (start) and `last` (end). */
  start: number;
  end: number;
  claimant: ClaimantInfo;
  stance: Stance;
  cue: string;
  quote: Span | null;
  terms: Set<string>;
  contentless: boolean;
  /** Content terms of what the denial itself says, without reference words and labels. */
  ownTerms: number;
  backRef: LinkCandidate['backRef'];
  publisher: boolean;
  sentenceIndex: number;
  /** The day the sentence gives the statement, or null (the article's date). */
  dated: StatementDate | null;
}

/** How statements are dated in one article. */
interface Dating {
  /** The article's date, or null when unknown. */
  reference: Date | null;
  language: Language;
}

/** A reference far from any real one: with it only dates that name their year can resolve the same way. */
const NO_REFERENCE = new Date(Date.UTC(9999, 0, 1));

function dateIn(sentence: string, frame: readonly TextSpan[], dating: Dating): StatementDate | null {
  const found = statementDate(sentence, frame, dating.language, dating.reference ?? NO_REFERENCE);
  if (found && !dating.reference && !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(found.text)) return null;
  return found;
}

/** The statement's day, or the article's date; the article's own time when both are the same day ("said on Sunday" in Sunday's paper). */
function claimedAt(dated: StatementDate | null, reference: Date | null): string | null {
  if (!dated) return reference?.toISOString() ?? null;
  const sameDay = reference && reference.toISOString().slice(0, 10) === dated.date.toISOString().slice(0, 10);
  return (sameDay ? reference : dated.date).toISOString();
}

const CLAUSE_BEFORE = /(?:\b(?:dass|that|ob|whether)|[,:])\s*[„“"»«]?\s*$/iu;

/**
 * Where the attribution of a statement is: the sentence without what was said. A denial's object
 * ("wies den Bericht am Dienstag zurück") is part of the attribution; the clause it denies is not.
 */
function attributionFrame(text: string, a: Attribution): TextSpan[] {
  const said: TextSpan[] = a.quote ? [a.quote] : [];
  const clause = !a.denial || CLAUSE_BEFORE.test(text.slice(Math.max(0, a.content.start - 12), a.content.start));
  if (clause) said.push(a.content);
  return outside(text.length, said);
}

const NEGATIONS = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'keinerlei', 'nie', 'niemals', 'nichts',
  'not', 'no', 'never', 'none', 'nothing', "didn't", "don't", "doesn't", "isn't", "wasn't", "won't", "hasn't", "haven't",
]);
const DEMONSTRATIVE_OBJECTS = new Set(['das', 'dies', 'diese', 'dieser', 'diesen', 'dieses', 'jene', 'jener', 'jenen', 'this', 'that', 'these', 'those', 'such']);
const QUOTE_OPENING = /^[„“"»«]/u;
const TRAILING = /[\s.!?]+$/u;

function blank(text: string, span: Span | null): string {
  if (!span) return text;
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

function stemsOf(words: Iterable<string>, lang: Language): Set<string> {
  return new Set([...words].map((w) => stem(w, lang)));
}
/** Terms that say what kind of statement a denial is, not what it is about. */
const labelWords = (lang: Language): string[] =>
  `${DISMISSIVE_LABELS[lang]}|${DISPUTING_LABELS[lang]}`.split(/[|()?:\s]+/).filter((w) => /^\p{L}+$/u.test(w));
const NON_CONTENT: Record<Language, Set<string>> = {
  de: stemsOf([...CLAIM_REFERENCES.de, ...labelWords('de')], 'de'),
  en: stemsOf([...CLAIM_REFERENCES.en, ...labelWords('en')], 'en'),
};

const STATEMENT_DEMONSTRATIVES = new Set(['das', 'dies', 'this', 'that']);
const PRONOUN_PREPOSITIONS = new Set(['für', 'for', 'of']);

/** Whether a denial points back, and at what: "bestritt das"/"rejected those claims" → the claim before; "den Bericht" → the main claim. */
function backReference(s: SentenceTokens, lang: Language, skip: Span, cueAt: number): LinkCandidate['backRef'] {
  const refs = CLAIM_REFERENCES[lang];
  let found: LinkCandidate['backRef'] = null;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.start >= skip.start && t.end <= skip.end) continue;
    const w = s.lower[i];
    if (i === cueAt + 1 && (w === 'das' || w === 'dies' || w === 'this') && !refs.has(s.lower[i + 1] ?? '')) return 'previous';
    if (i === cueAt + 1 && (w === 'it' || w === 'es')) found ??= 'main'; // "called it fabrication": the report
    // "keine Beweise dafür", "no evidence for that": a pronoun that ends the phrase stands for what was just said
    if (w === 'dafür' || (STATEMENT_DEMONSTRATIVES.has(w) && PRONOUN_PREPOSITIONS.has(s.lower[i - 1] ?? '') && (i + 1 === s.tokens.length || boundaryBefore(s, i + 1)))) {
      return 'previous';
    }
    if (refs.has(w) && w !== 'it' && w !== 'this') {
      if (i > 0 && DEMONSTRATIVE_OBJECTS.has(s.lower[i - 1])) return 'previous';
      found ??= 'main';
    }
  }
  return found;
}

function hasNegation(s: SentenceTokens): boolean {
  return s.lower.some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
}

/**
 * "Dong betonte …" after "Die Verteidigungsminister, Dong Jun und …": a name written alone is the
 * full name the article gave earlier, also when that person has not spoken yet. The earliest
 * mention of two or three capitalised words that end or start with the name counts.
 */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|einem|the|a|an)\s+$/iu;

function fullNameEarlier(word: string, earlier: string, lang: Language): ClaimantInfo | null {
  if (!/\p{Ll}/u.test(word)) return null; // "TKMS", "NATO": an acronym is no surname
  const name = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // a first name before the surname ("Ministerin Eva Brandt" … "Brandt"); before the first name only a title or role
  // ("Ministerin", "Mayor"), never an article or another noun ("die Reederei Hanseline", "the Shipping Line Hanseline")
  const firstName = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${name}(?![\\p{L}])`, 'gu');
  for (const m of earlier.matchAll(firstName)) {
    const before = earlier.slice(Math.max(0, m.index! - 40), m.index);
    if (ARTICLE_BEFORE.test(before)) continue;
    const previousWord = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(before)?.[1];
    if (previousWord && !describeClaimant([previousWord], lang)?.roleKey) continue;
    const words = [m[1], word];
    const info = describeClaimant(words, lang);
    if (info && info.claimant.name === words.join(' ') && !info.roleKey && !info.orgKey) return info;
  }
  // a known person written surname first ("Dong Jun" … "Dong"), as the lexicon has them
  const knownAfter = new RegExp(`(?<![\\p{L}])${name}(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}(?![\\p{L}])`, 'gu');
  for (const m of earlier.matchAll(knownAfter)) {
    const info = describeClaimant(m[0].split(/\s+/), lang);
    if (info && info.nameWords.length > 1 && info.nameWords[0] === word && info.claimant.country) return info;
  }
  return null;
}

function resolveClaimant(info: ClaimantInfo, history: readonly ClaimantInfo[], earlier = '', lang: Language = 'en'): ClaimantInfo | null {
  if (info.anaphor === 'pronoun') return history[history.length - 1] ?? null;
  if (info.anaphor === 'definite') {
    const generic = info.orgKey === 'ministry';
    for (let k = history.length - 1; k >= 0; k--) {
      const h = history[k];
      if (info.roleKey && h.roleKey === info.roleKey) return h;
      if (!info.roleKey && info.orgKey && (h.orgKey === info.orgKey || (generic && h.orgKey?.endsWith('ministry')))) return h;
    }
    // "the company said": the organisation named last, when it was named by its name only.
    if (!info.roleKey) {
      for (let k = history.length - 1; k >= 0; k--) {
        const h = history[k];
        if (!h.roleKey && !h.orgKey && h.anaphor === null && h.nameWords.length > 0) return h;
      }
    }
    return info;
  }
  if (info.nameWords.length === 1) {
    const word = info.nameWords[0];
    for (let k = history.length - 1; k >= 0; k--) {
      if (history[k].nameWords.length > 1 && history[k].nameWords.includes(word)) return history[k];
    }
    if (!info.claimant.country && !info.roleKey) return fullNameEarlier(word, earlier, lang) ?? info;
  }
  return info;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/**
 * The claims of a German or English news article: attributed statements with their claimant,
 * whether they assert or deny, and `denies` links from each denial to the claim it answers.
 *
 * - Claims come from body sentences with an attribution cue. Headlines repeat the story in short and
 *   are not claims of their own; they choose the main claim. Page furniture is skipped.
 * - An asserting claim's text is what was said, without its attribution; a denial's text is its whole
 *   sentence, because "X bestritt, dass …" read without its verb would state the opposite.
 * - "Das sagte X." makes the sentence before a claim of X.
 * - German indirect speech (Konjunktiv) and a bare quotation right after a claim continue that claim's
 *   claimant. Pronouns, "der Sprecher"/"the company" and surnames refer back to a claimant named before.
 * - A negated statement right after a denial, on the same matter, denies too; a denial that the same
 *   party repeats in the next sentence is one counter-claim spanning both sentences.
 */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractionResult {
  const sentences = splitSentences(text);
  const headlines = sentences.filter((s) => s.kind === 'headline');
  const body = sentences.filter((s) => s.kind === 'body');
  const language = opts.language ?? detectLanguage(sentences.filter((s) => s.kind !== 'furniture').map((s) => s.text).join('\n'));
  const quantitiesOf = opts.quantities ?? extractQuantities;
  const minTerms = opts.minClaimTerms ?? DEFAULT_MIN_CLAIM_TERMS;
  const dating: Dating = { reference: opts.publishedAt ?? findDateline(text, { notAfter: NO_REFERENCE })?.date ?? null, language };
  const drafts: Draft[] = [];
  const history: ClaimantInfo[] = [];
  let previous: Draft | null = null;

  body.forEach((sentence, index) => {
    const s = prepareSentence(sentence.text);
    const masks = nonStatementSpans(sentence.text, language);
    const attribution = attributeIn(s, language, masks);
    let draft: Draft | null = null;
    if (attribution) {
      const earlier = text.slice(0, sentence.start);
      let claimant = resolveClaimant(attribution.claimant, history, earlier, language);
      const country = claimant ? countryNamedBefore(claimant, history, earlier) : null;
      if (claimant && country) claimant = withCountry(claimant, country);
      const spokesperson = claimant ? spokespersonOf(claimant, previous?.sentenceIndex === index - 1 ? previous.claimant : null) : null;
      if (spokesperson) claimant = spokesperson;
      if (claimant && claimant !== history[history.length - 1]) history.push(claimant);
      if (claimant && attribution.pointsBack && index > 0) {
        draft = pointedBack(body[index - 1], index, claimant, attribution, language, drafts);
        if (draft) draft.dated = dateIn(sentence.text, [{ start: 0, end: sentence.text.length }], dating);
      } else if (claimant) {
        draft = fromAttribution(sentence, index, s, attribution, claimant, language, minTerms);
        if (draft) draft.dated = dateIn(sentence.text, attributionFrame(sentence.text, attribution), dating);
      }
    } else if (previous && previous.sentenceIndex === index - 1 && continues(s, language)) {
      draft = continuation(sentence, index, s, previous, language, masks, minTerms);
    } else if (opts.publisher) {
      draft = publisherClaim(sentence, index, s, opts.publisher, language, quantitiesOf, minTerms);
    }
    if (draft && previous && previous.stance === 'denies' && draft.stance === 'asserts' && draft.sentenceIndex === previous.sentenceIndex + 1) {
      draft = negatedFollowUp(draft, s, previous, drafts);
    }
    // "…, fügte er hinzu", a quotation that continues: said on the same occasion as the sentence before
    if (draft && !draft.dated && previous && previous.sentenceIndex === index - 1 && previous.claimant === draft.claimant) {
      draft.dated = previous.dated;
    }
    if (draft) drafts.push(draft);
    previous = draft && !draft.publisher ? draft : null;
  });

  const merged = mergeRepeatedDenials(drafts);
  const main = mainClaim(merged, headlines, language);
  const candidates: LinkCandidate[] = merged.map((d, k) => ({
    ref: `c${k + 1}`,
    stance: d.stance,
    claimant: d.claimant.claimant,
    terms: d.terms,
    contentless: d.contentless,
    ownTerms: d.ownTerms,
    backRef: d.backRef,
  }));
  const claims: ExtractedClaim[] = merged.map((d, k) => {
    const start = d.first.start + d.start;
    const end = d.last.start + d.end;
    const claimText = text.slice(start, end);
    return {
      ref: `c${k + 1}`,
      text: claimText,
      claimant: d.claimant.claimant,
      stance: d.stance,
      cue: d.cue,
      start,
      end,
      quantities: quantitiesOf(claimText, { language, claimantCountry: d.claimant.claimant.country }),
      quote: d.quote ? { start: d.first.start + d.quote.start, end: d.first.start + d.quote.end } : null,
      claimedAt: claimedAt(d.dated, dating.reference),
      claimedAtCue: d.dated?.text ?? null,
    };
  });
  return { language, claims, links: linkDenials(candidates, main >= 0 ? `c${main + 1}` : null) };
}

/** Words a reported clause may open with and still read as a statement of its own. */
const CLAUSE_OPENING_WORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'kein', 'keine', 'alle', 'viele', 'mehr', 'rund', 'etwa', 'fast', 'nur', 'über', 'bis', 'mindestens', 'weniger']),
  en: new Set(['the', 'a', 'an', 'no', 'there', 'all', 'every', 'some', 'most', 'many', 'more', 'about', 'nearly', 'only', 'over', 'up', 'at', 'fewer', 'less', 'this', 'these']),
};
/** Pronouns that leave the statement without its subject when read alone ("er und Putin seien sich einig"). */
const SUBJECTLESS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man', 'sich']),
  en: new Set(['he', 'she', 'it', 'we', 'they', 'i', 'its', 'their']),
};

/**
 * Whether what was said reads as a statement of its own: a quotation, a main clause that opens with
 * its subject ("Russland habe China um Hilfe gebeten", "the line would stay closed"). A German
 * "dass"-clause (verb last), a clause that opens with a verb, an adverb, a preposition or "und", and
 * one whose subject is a pronoun are fragments: the claim then reads as its whole sentence.
 */
function standsAlone(sentence: string, span: Span, lang: Language): boolean {
  if (span.start === 0) return true;
  const said = sentence.slice(span.start, span.end);
  if (QUOTE_OPENING.test(said)) return true;
  if (lang === 'de' && /(?:^|[\s,])(?:dass|ob)\s*$/iu.test(sentence.slice(0, span.start))) return false;
  const first = /^[\p{L}\d]+/u.exec(said)?.[0];
  if (!first) return false;
  const lower = first.toLowerCase();
  if (SUBJECTLESS[lang].has(lower)) return false;
  if (/^[\p{Lu}\d]/u.test(first)) return true;
  return CLAUSE_OPENING_WORDS[lang].has(lower);
}

function fromAttribution(
  sentence: Sentence,
  index: number,
  s: SentenceTokens,
  a: Attribution,
  claimant: ClaimantInfo,
  lang: Language,
  minTerms: number,
): Draft | null {
  const stance: Stance = a.denial ? 'denies' : 'asserts';
  const withoutClaimant = blank(sentence.text, a.claimantSpan);
  const said = contentTerms(sentence.text.slice(a.content.start, a.content.end), lang);
  const ownTerms = said.filter((t) => !NON_CONTENT[lang].has(t));
  let span: Span = a.content;
  if (stance === 'denies') span = { start: 0, end: sentence.text.replace(TRAILING, '').length };
  else if (said.length < minTerms) return null;
  else if (!standsAlone(sentence.text, span, lang)) span = { start: 0, end: sentence.text.replace(TRAILING, '').length };
  const terms = new Set(
    stance === 'denies' ? contentTerms(withoutClaimant, lang) : contentTerms(sentence.text.slice(a.content.start, a.content.end), lang),
  );
  return {
    first: sentence,
    last: sentence,
    start: span.start,
    end: span.end,
    claimant,
    stance,
    cue: a.denial && a.denial.kind !== 'verb' ? a.denial.text : a.cue.text,
    quote: a.quote,
    terms,
    contentless: ownTerms.length < DEFAULT_CONTENTLESS_TERMS,
    ownTerms: ownTerms.length,
    backRef: a.denial?.pointsBack ? 'previous' : stance === 'denies' ? backReference(s, lang, a.claimantSpan, s.tokens.findIndex((t) => t.start === s.tokens[a.cue.at].start)) : null,
    publisher: false,
    sentenceIndex: index,
    dated: null,
  };
}

/** "Das sagte die Geschäftsführerin.": the sentence before is the claim; it replaces a publisher claim made of it. */
function pointedBack(
  before: Sentence,
  index: number,
  claimant: ClaimantInfo,
  a: Attribution,
  lang: Language,
  drafts: Draft[],
): Draft | null {
  const last = drafts[drafts.length - 1];
  if (last && last.sentenceIndex === index - 1) {
    if (!last.publisher) return null;
    drafts.pop();
  }
  const terms = contentTerms(before.text, lang);
  if (terms.length < DEFAULT_MIN_CLAIM_TERMS) return null;
  return {
    first: before,
    last: before,
    start: 0,
    end: before.text.replace(TRAILING, '').length,
    claimant,
    stance: a.denial ? 'denies' : 'asserts',
    cue: a.cue.text,
    quote: null,
    terms: new Set(terms),
    contentless: false,
    ownTerms: terms.length,
    backRef: null,
    publisher: false,
    sentenceIndex: index,
    dated: null,
  };
}

function continues(s: SentenceTokens, lang: Language): boolean {
  if (QUOTE_OPENING.test(s.text)) return true;
  return lang === 'de' && isIndirectSpeech(s);
}

function continuation(sentence: Sentence, index: number, s: SentenceTokens, previous: Draft, lang: Language, masks: Span[], minTerms: number): Draft | null {
  const terms = contentTerms(sentence.text, lang);
  if (terms.length < minTerms) return null;
  const denial = findDenialIn(s, lang, [], masks);
  const quoted = QUOTE_OPENING.test(s.text) && s.quotes[0]?.start === 0 ? s.quotes[0] : null;
  return {
    first: sentence,
    last: sentence,
    start: 0,
    end: sentence.text.replace(TRAILING, '').length,
    claimant: previous.claimant,
    stance: denial ? 'denies' : 'asserts',
    cue: denial ? denial.text : quoted ? 'quotation' : 'indirect speech',
    quote: quoted,
    terms: new Set(terms),
    contentless: false,
    ownTerms: terms.length,
    backRef: denial?.pointsBack ? 'previous' : denial ? backReference(s, lang, { start: 0, end: 0 }, -2) : null,
    publisher: false,
    sentenceIndex: index,
    dated: null,
  };
}

/**
 * "Kremlin denies report. 'We have sent no troops,' the spokesman said.": a negated statement right after a
 * denial denies too, when the same party says it or it is about the same things as the denial.
 */
function negatedFollowUp(draft: Draft, s: SentenceTokens, denial: Draft, drafts: readonly Draft[]): Draft {
  if (!hasNegation(s)) return draft;
  const sameSide = sameParty(draft.claimant.claimant, denial.claimant.claimant);
  const onTopic = shared(draft.terms, denial.terms) >= 1 || drafts.some((d) => d.stance === 'asserts' && shared(draft.terms, d.terms) >= 2);
  if (!sameSide && !onTopic) return draft;
  const whole = draft.last.text.replace(TRAILING, '').length;
  return { ...draft, start: 0, end: whole, stance: 'denies', contentless: false, backRef: denial.backRef };
}

/** A denial the same party repeats in the next sentence is one counter-claim (see mergedClaimant for who it is by). */
function mergeRepeatedDenials(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev && prev.stance === 'denies' && d.stance === 'denies' && d.sentenceIndex === prev.sentenceIndex + 1 &&
      d.first.block === prev.last.block && // a claim never runs across a paragraph break
      sameParty(prev.claimant.claimant, d.claimant.claimant)
    ) {
      out[out.length - 1] = {
        ...prev,
        last: d.last,
        end: d.end,
        claimant: mergedClaimant(prev.claimant, d.claimant),
        terms: new Set([...prev.terms, ...d.terms]),
        contentless: prev.contentless,
        ownTerms: prev.ownTerms,
        backRef: prev.backRef ?? d.backRef,
        sentenceIndex: d.sentenceIndex,
        dated: prev.dated ?? d.dated,
      };
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * The asserting claim the headline speaks of (most shared terms), else the first attributed one. The
 * headline is compared with the claim's whole sentence: "Norway seizes trawler" tells what "the coast
 * guard seized a trawler, saying …" did, not what it said.
 */
function mainClaim(drafts: readonly Draft[], headlines: readonly Sentence[], lang: Language): number {
  const headlineTerms = new Set(headlines.flatMap((h) => contentTerms(h.text, lang)));
  let best = -1;
  let bestShared = 1;
  drafts.forEach((d, k) => {
    if (d.stance !== 'asserts' || d.publisher) return;
    const n = shared(new Set([...d.terms, ...contentTerms(d.first.text, lang)]), headlineTerms);
    if (n > bestShared) {
      best = k;
      bestShared = n;
    }
  });
  if (best >= 0) return best;
  const attributed = drafts.findIndex((d) => d.stance === 'asserts' && !d.publisher);
  return attributed >= 0 ? attributed : drafts.findIndex((d) => d.stance === 'asserts');
}

/** A sentence that opens with one of these tells what a person did or thinks. */
const PERSON_PRONOUNS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['er', 'sie', 'ich', 'wir']),
  en: new Set(['he', 'she', 'they', 'i', 'we']),
};
/** Doubting and questioning: an attitude someone holds, which the publisher only reports. */
const DOUBT_WORDS: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:in\s+frage|infrage|(?:be)?zweifel\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:questioned|questions|doubts?|doubted|doubting)(?![\p{L}])/iu,
};

function publisherClaim(
  sentence: Sentence,
  index: number,
  s: SentenceTokens,
  publisher: string,
  lang: Language,
  quantitiesOf: QuantityExtractor,
  minTerms: number,
): Draft | null {
  if (s.quotes.length > 0 || tokenize(sentence.text).length < 4) return null;
  // "Er stellte die Milliarden in Frage": someone else's doubt or deed, not the publisher's own voice.
  if (PERSON_PRONOUNS[lang].has(s.lower[0] ?? '') || DOUBT_WORDS[lang].test(sentence.text)) return null;
  const terms = contentTerms(sentence.text, lang);
  if (terms.length < minTerms) return null;
  const checkable = quantitiesOf(sentence.text, { language: lang, claimantCountry: null }).some((q) => q.measure !== null || q.unit !== 'count');
  if (!checkable) return null;
  return {
    first: sentence,
    last: sentence,
    start: 0,
    end: sentence.text.replace(TRAILING, '').length,
    claimant: { claimant: { name: publisher, affiliation: null, country: null }, anaphor: null, roleKey: null, orgKey: null, nameWords: [] },
    stance: 'asserts',
    cue: '',
    quote: null,
    terms: new Set(terms),
    contentless: false,
    ownTerms: terms.length,
    backRef: null,
    publisher: true,
    sentenceIndex: index,
    dated: null,
  };
}
