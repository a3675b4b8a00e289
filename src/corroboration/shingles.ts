/**
 * Word shingles over normalised text: the unit of near-duplicate detection.
 * Copies and light rewrites of one story share most of their k-word runs;
 * independent reports of the same event, written in other words, share almost none.
 */

export const DEFAULT_SHINGLE_SIZE = 5;

/**
 * Case, diacritics, punctuation and whitespace folded away, so that a reprint
 * that only changed typography ("Kiew" vs "Kiew", curly quotes, line breaks)
 * is still a copy. Digit group separators are dropped so "5.000" and "5,000"
 * read the same.
 */
export function normaliseForShingles(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/(\p{N})[.,'’\u00a0\u202f](?=\p{N})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function shingleWords(text: string): string[] {
  const normalised = normaliseForShingles(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * Distinct k-word shingles. A text shorter than k words yields one shingle of
 * all its words, so short texts can still match their exact copies.
 */
export function wordShingles(text: string, size: number = DEFAULT_SHINGLE_SIZE): string[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, got ${size}`);
  const words = shingleWords(text);
  if (words.length === 0) return [];
  if (words.length <= size) return [words.join(' ')];
  const seen = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) seen.add(words.slice(i, i + size).join(' '));
  return [...seen];
}
