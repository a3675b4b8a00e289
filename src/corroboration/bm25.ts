/**
 * BM25 as SQLite's FTS5 computes its `rank` (ext/fts5/fts5_aux.c, bm25 with its default k1 1.2 and
 * b 0.75, one column): the negated sum over the query's terms of
 *   idf(t) · f(t, D) · (k1 + 1) / (f(t, D) + k1 · (1 − b + b · |D| / avgdl)),
 * idf(t) = ln((N − n(t) + 0.5) / (n(t) + 0.5)), and 1e-6 where that is not positive.
 *
 * Written by hand because the merge of a new source needs the score of a handful of new passages
 * for hundreds of claim queries, and asking FTS5 costs, per query, a pass over the whole postings of
 * every term to count n(t) again (half a worker's time when a desk follows one story). Here n(t)
 * is counted once per term and merge, and the rest is arithmetic; the scores equal FTS5's (a
 * test compares them on a real index), so a merged report ranks as a full check would.
 */

const K1 = 1.2;
const B = 0.75;

/** What the index as a whole says: rows, tokens in them, and in how many rows a term occurs. */
export interface Bm25Statistics {
  rows: number;
  tokens: number;
  /** n(t) for a term in its folded index form. */
  docs(term: string): number;
}

/** One indexed row: how often each folded term occurs in it, and its length in tokens. */
export interface Bm25Document {
  counts: ReadonlyMap<string, number>;
  length: number;
}

/** A row's term counts and length from its indexed text (terms separated by spaces, as stored). */
export function bm25Document(indexedTerms: string, fold: (term: string) => string): Bm25Document {
  const counts = new Map<string, number>();
  let length = 0;
  for (const raw of indexedTerms.split(' ')) {
    if (raw === '') continue;
    const term = fold(raw);
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length++;
  }
  return { counts, length };
}

export function bm25Idf(rows: number, docs: number): number {
  const idf = Math.log((rows - docs + 0.5) / (docs + 0.5));
  return idf > 0 ? idf : 1e-6;
}

/**
 * The FTS5 rank of a document for an OR of the (folded) query terms; null when none of them occurs
 * in it (FTS5 would not return the row at all). Lower is better, as in FTS5. Terms are not
 * de-duplicated: two that fold alike are two phrases to FTS5, each counted.
 */
export function bm25Rank(queryTerms: readonly string[], doc: Bm25Document, stats: Bm25Statistics): number | null {
  const avgdl = stats.rows > 0 ? stats.tokens / stats.rows : 0;
  const norm = avgdl > 0 ? K1 * (1 - B + (B * doc.length) / avgdl) : K1 * (1 - B);
  let score = 0;
  let matched = false;
  for (const term of queryTerms) {
    const f = doc.counts.get(term);
    if (!f) continue;
    matched = true;
    score += (bm25Idf(stats.rows, stats.docs(term)) * f * (K1 + 1)) / (f + norm);
  }
  return matched ? -score : null;
}

/**
 * SQLite's variable-length integer (1–9 bytes, big-endian 7-bit groups, the ninth byte whole), the
 * encoding of FTS5's totals record. Returns the value and the offset after it.
 */
export function readSqliteVarint(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new Error('truncated varint');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  const last = bytes[at + 8];
  if (last === undefined) throw new Error('truncated varint');
  return { value: value * 256 + last, next: at + 9 };
}

/**
 * FTS5's totals record (its `_data` row 1): the number of rows, then per column the number of
 * tokens. The one column of our tables is what a rank's avgdl is computed from.
 */
export function fts5Totals(record: Uint8Array): { rows: number; tokens: number } {
  const rows = readSqliteVarint(record, 0);
  const tokens = readSqliteVarint(record, rows.next);
  return { rows: rows.value, tokens: tokens.value };
}
