/**
 * A text reduced to what corroboration compares: entity ids, canonical numbers
 * and stems. Built on the shared text utilities, so a German claim and an
 * English passage meet on "ent_ru" and "5000" even where their words differ.
 */
import { contentTerms, isStopword, type Language, tokenize } from '../text/index.js';
import { numberWordValue } from './counted-figures.js';

export type TermKind = 'entity' | 'number' | 'stem';

export interface AnalysedText {
  language: Language;
  entities: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /**
   * Numbers written as words ("two", "zwei") as canonical decimals. Apart from `numbers` so the
   * terms the index and the reverse lookup use stay as they are; scoring counts both.
   */
  spelledNumbers: ReadonlySet<string>;
  /**
   * Capitalised words, lower-cased: in English text (not opening a sentence) mostly names; in
   * German every noun. Across languages the words both texts capitalise alike are the names they
   * share ("Cloppenburg", "Nordtel") where the entity lexicon knows none.
   */
  capitalised: ReadonlySet<string>;
}

/** contentTerms writes entities as "ent_…" and numbers as canonical decimals; everything else is a stem. */
export function termKind(term: string): TermKind {
  if (term.startsWith('ent_')) return 'entity';
  if (/^\d/.test(term)) return 'number';
  return 'stem';
}

/** Stems this short are mostly leftovers of abbreviations and particles; they match everything. */
const MIN_STEM_LENGTH = 3;

export function analyseText(text: string, language: Language): AnalysedText {
  const entities = new Set<string>();
  const numbers = new Set<string>();
  const stems = new Set<string>();
  for (const term of contentTerms(text, language)) {
    const kind = termKind(term);
    if (kind === 'entity') entities.add(term);
    else if (kind === 'number') numbers.add(term);
    else if (term.length >= MIN_STEM_LENGTH) stems.add(term);
  }
  const spelledNumbers = new Set<string>();
  const capitalised = new Set<string>();
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    const spelled = numberWordValue(t.token, language);
    if (spelled !== null && i + 1 < tokens.length) spelledNumbers.add(String(spelled));
    if (spelled !== null || !/^\p{Lu}/u.test(t.token) || t.token.length < MIN_STEM_LENGTH || isStopword(t.token.toLowerCase(), language)) return;
    const opensSentence = i === 0 || /[.!?:]["'”’]?\s*$/u.test(text.slice(tokens[i - 1].end, t.start));
    if (language === 'en' && opensSentence) return;
    capitalised.add(t.token.toLowerCase().replace(/['’]s$/u, ''));
  });
  return { language, entities, numbers, stems, spelledNumbers, capitalised };
}

/**
 * Names two texts in different languages share: words the English one capitalises inside a
 * sentence that the German one capitalises too. Null within one language.
 */
export function sharedNames(a: AnalysedText, b: AnalysedText): string[] | null {
  if (a.language === b.language) return null;
  const [english, german] = a.language === 'en' ? [a, b] : [b, a];
  return [...english.capitalised].filter((w) => german.capitalised.has(w) && !english.entities.has(w));
}

/** Every term of the analysis, whatever its kind. */
export function allTerms(analysed: AnalysedText): Set<string> {
  return new Set([...analysed.entities, ...analysed.numbers, ...analysed.stems]);
}
