/**
 * Finds multi-word phrases ("more than", "US-Dollar", "per cent") at a token position, forwards
 * or backwards, longest first. Phrases are indexed by their first and last token, so a lookup
 * costs a few comparisons whatever the size of the text.
 */
import { joined, tokenize, type TokenizedText } from './tokens.js';

interface Entry<T> {
  words: string[];
  caseSensitive: boolean;
  payload: T;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  add(phrase: string, payload: T, caseSensitive = false): this {
    const { tokens } = tokenize(phrase);
    if (tokens.length === 0) return this;
    const words = tokens.map((t) => (caseSensitive ? t.text : t.lower));
    const entry: Entry<T> = { words, caseSensitive, payload };
    push(this.byFirst, words[0].toLowerCase(), entry);
    push(this.byLast, words[words.length - 1].toLowerCase(), entry);
    return this;
  }

  /** The longest phrase that starts at token i. */
  matchAt(doc: TokenizedText, i: number): PhraseMatch<T> | null {
    const t = doc.tokens[i];
    if (!t) return null;
    let best: PhraseMatch<T> | null = null;
    for (const e of this.byFirst.get(t.lower) ?? []) {
      const to = i + e.words.length;
      if (to > doc.tokens.length || (best && to - i <= best.to - best.from)) continue;
      if (sameWords(doc, i, e)) best = { payload: e.payload, from: i, to };
    }
    return best;
  }

  /** The longest phrase that ends just before token `end` (its last token is end-1). */
  matchBefore(doc: TokenizedText, end: number): PhraseMatch<T> | null {
    const t = doc.tokens[end - 1];
    if (!t) return null;
    let best: PhraseMatch<T> | null = null;
    for (const e of this.byLast.get(t.lower) ?? []) {
      const from = end - e.words.length;
      if (from < 0 || (best && end - from <= best.to - best.from)) continue;
      if (sameWords(doc, from, e)) best = { payload: e.payload, from, to: end };
    }
    return best;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameWords<T>(doc: TokenizedText, from: number, e: Entry<T>): boolean {
  for (let k = 0; k < e.words.length; k++) {
    const t = doc.tokens[from + k];
    if ((e.caseSensitive ? t.text : t.lower) !== e.words[k]) return false;
    if (k > 0 && !joined(doc, from + k)) return false;
  }
  return true;
}
