import { createHash } from 'node:crypto';

/**
 * The text a duplicate check compares: Unicode-normalised, lower-cased, with punctuation and
 * white space folded, so a re-post that differs only in typography counts as the same text.
 */
export function normaliseForDedupe(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const contentHash = (text: string): string =>
  createHash('sha256').update(normaliseForDedupe(text)).digest('hex');
