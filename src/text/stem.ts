import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Language } from './language.js';

const STEMMERS: Record<Language, (word: string) => string> = {
  de: germanStemmer,
  en: englishStemmer,
};

/** Upper bound of the memo; article vocabularies are small, so a full reset is cheap and rare. */
export const DEFAULT_STEM_CACHE_SIZE = 50_000;
const cache: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

const POSSESSIVE = /'s$|s'$/;

/** Snowball stem of one word (lower-cased first; English possessive "'s" dropped). */
export function stem(word: string, lang: Language): string {
  const memo = cache[lang];
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase().replace(/’/g, "'");
  const bare = lang === 'en' ? lower.replace(POSSESSIVE, (m) => (m === "s'" ? 's' : '')) : lower;
  const out = STEMMERS[lang](bare);
  if (memo.size >= DEFAULT_STEM_CACHE_SIZE) memo.clear();
  memo.set(word, out);
  return out;
}
