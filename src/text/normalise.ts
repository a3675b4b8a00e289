const QUOTES = /[„“”«»‚‘›‹]/g;
const APOSTROPHES = /[’ʼ`´]/g;
const DASHES = /[‐‑‒–—―]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\ufeff]/g;
const SPACES = /\s+/g;

/**
 * Canonical form for comparing text: NFKC, lower case, one kind of quote, apostrophe and dash,
 * no soft hyphens, single spaces. Umlauts and ß are kept: the German stemmer folds them itself,
 * and folding here would merge words such as "Bär" and "bar" for callers that do not stem.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '"')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}
