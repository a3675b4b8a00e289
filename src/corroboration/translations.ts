/**
 * Translations of one report: origins are found from word shingles (origins.ts), which a
 * translation shares none of, so a German rendering of an English wire story became an origin of
 * its own and counted as independent support. Across languages the words differ, but what pins a
 * report down does not: its figures, the entities and names it mentions, the weekday and month it
 * gives. Two passages in different languages are one report when, beyond what the claim itself
 * says, they carry the same such details (a figure, entity, day or month, or two names) and have
 * about the same length. Two
 * independent reports of one statement repeat the claim's details, and each adds its own: another
 * weekday, another speaker, a name the other lacks.
 * Pure: no framework, no database.
 */
import { findEntities, type Language, tokenize } from '../text/index.js';
import { type AnalysedText, analyseText } from './terms.js';

const WEEKDAYS: Record<Language, string[]> = {
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};
const MONTHS: Record<Language, string[]> = {
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** What a text says that a translation keeps: figures, entities, names, days and months. */
export interface ReportDetails {
  language: Language;
  /** Figures, entity ids, weekdays ("day:1") and months ("month:3"): the same in either language. */
  shared: Set<string>;
  /** Names: capitalised words (for German every noun, so only compared from the English side). */
  names: Set<string>;
  words: number;
}

function calendarTerms(tokens: ReturnType<typeof tokenize>, lang: Language): string[] {
  const out: string[] = [];
  for (const { token } of tokens) {
    const lower = token.toLowerCase().replace(/s$/u, (s) => (lang === 'de' ? s : '')); // "Montags", "Mondays"
    const day = WEEKDAYS[lang].indexOf(lower);
    if (day >= 0) out.push(`day:${day}`);
    const month = MONTHS[lang].indexOf(lower);
    // "May" and "März" only as months when capitalised; "may" is a verb
    if (month >= 0 && /^\p{Lu}/u.test(token)) out.push(`month:${month}`);
  }
  return out;
}

/** What a text says that a translation keeps; independent of any claim, so it may be kept per passage. */
export function reportDetails(text: string, analysed: AnalysedText): ReportDetails {
  const lang = analysed.language;
  const tokens = tokenize(text);
  const shared = new Set<string>([...analysed.entities, ...analysed.numbers, ...analysed.spelledNumbers, ...calendarTerms(tokens, lang)]);
  // names that are entities, weekdays or months are already counted as such
  const known = new Set(findEntities(tokens).flatMap((e) => tokens.slice(e.from, e.to).map((t) => t.token.toLowerCase())));
  const calendar = new Set([...WEEKDAYS[lang], ...MONTHS[lang]]);
  const names = new Set([...analysed.capitalised].filter((w) => !known.has(w) && !calendar.has(w.replace(/s$/u, ''))));
  return { language: lang, shared, names, words: tokens.length };
}

/** A claim's details and words, worked out once for all the passages compared against it. */
export interface ClaimDetails {
  details: ReportDetails;
  words: Set<string>;
}

export function claimDetails(claimText: string, claim: AnalysedText): ClaimDetails {
  return { details: reportDetails(claimText, claim), words: new Set([...claim.capitalised, ...claim.stems]) };
}

/** A passage's details beyond those of the claim: what it adds, and what a translation must add alike. */
export function beyondClaim(mine: ReportDetails, claim: ClaimDetails): ReportDetails {
  return {
    ...mine,
    shared: new Set([...mine.shared].filter((t) => !claim.details.shared.has(t))),
    names: new Set([...mine.names].filter((w) => !claim.words.has(w))),
  };
}

/** The same for one passage and claim, analysed by the caller. */
export function detailsBeyondClaim(passageText: string, passage: AnalysedText, claimText: string, claim: AnalysedText): ReportDetails {
  return beyondClaim(reportDetails(passageText, passage), claimDetails(claimText, claim));
}

export interface TranslationOptions {
  /** Longer to shorter passage, in words, at most this: a translation keeps the length roughly. */
  maxLengthRatio: number;
}

export const DEFAULT_TRANSLATION_OPTIONS: Readonly<TranslationOptions> = Object.freeze({ maxLengthRatio: 1.35 });

/**
 * Whether two passages in different languages are one report: the same details beyond the claim's
 * (figures, entities, days, months; the English side's names all written alike on the German
 * side), at least one figure, entity, day or month or else two names, and lengths within the ratio.
 */
export function isTranslation(a: ReportDetails, b: ReportDetails, options: TranslationOptions = DEFAULT_TRANSLATION_OPTIONS): boolean {
  if (a.language === b.language) return false;
  if (Math.max(a.words, b.words) > options.maxLengthRatio * Math.max(1, Math.min(a.words, b.words))) return false;
  if (a.shared.size !== b.shared.size || [...a.shared].some((t) => !b.shared.has(t))) return false;
  const [english, german] = a.language === 'en' ? [a, b] : [b, a];
  if ([...english.names].some((w) => !german.names.has(w))) return false;
  // one name alone is mostly the speaker both reports cite ("the Verdi union said", "nach Verdi-Angaben")
  return a.shared.size > 0 || english.names.size >= 2;
}

/** For tests and callers without an analysis at hand. */
export function translationOfText(
  claim: { text: string; language: Language },
  a: { text: string; language: Language },
  b: { text: string; language: Language },
  options: TranslationOptions = DEFAULT_TRANSLATION_OPTIONS,
): boolean {
  const analysedClaim = analyseText(claim.text, claim.language);
  const da = detailsBeyondClaim(a.text, analyseText(a.text, a.language), claim.text, analysedClaim);
  const db = detailsBeyondClaim(b.text, analyseText(b.text, b.language), claim.text, analysedClaim);
  return isTranslation(da, db, options);
}
