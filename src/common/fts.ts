/**
 * Turns what a person typed into a safe FTS5 MATCH expression: every word quoted (so FTS5
 * operators and punctuation in the input can never cause a syntax error), all words required.
 * The last word may be a prefix, which is what a search box user expects.
 */
export function userQueryToFts(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 32)
    .map((w, i, all) => (i === all.length - 1 ? `"${w}"*` : `"${w}"`))
    .join(' ');
}
