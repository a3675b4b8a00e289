import { findEntities, tokenize, type Token } from '../text/index.js';

/** A span of characters, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence prepared for the attribution rules: tokens, quotation spans, what lies between tokens. */
export interface SentenceTokens {
  text: string;
  tokens: Token[];
  /** Lower-cased token strings. */
  lower: string[];
  /** True for tokens inside a quotation. */
  quoted: boolean[];
  /** The characters between token i-1 and token i (before the first token: from the sentence start). */
  gaps: string[];
  /** Token strings as written. */
  words: string[];
  /** Quotations, including their quotation marks. */
  quotes: Span[];
  /** Indices of tokens that belong to an entity name ("Weißen Hauses", "Kreml"). */
  entityTokens: Set<number>;
}

const OPENERS: Record<string, string> = { '„': '“”', '“': '”', '»': '«', '«': '»', '"': '"' };

/** Quotations in a sentence; an unclosed one runs to the sentence end. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let closers: string | null = null;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (closers !== null) {
      if (closers.includes(ch)) {
        out.push({ start, end: i + 1 });
        closers = null;
      }
    } else if (OPENERS[ch] !== undefined) {
      // A straight quote between letters is a typo or an inch mark, not a quotation.
      if (ch === '"' && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
      closers = OPENERS[ch];
      start = i;
    }
  }
  if (closers !== null && text.length - start > 1) out.push({ start, end: text.length });
  return out;
}

export function prepareSentence(text: string): SentenceTokens {
  const tokens = tokenize(text);
  const quotes = quoteSpans(text);
  const quoted: boolean[] = [];
  const gaps: string[] = [];
  let q = 0;
  let prevEnd = 0;
  for (const t of tokens) {
    while (q < quotes.length && quotes[q].end <= t.start) q++;
    quoted.push(q < quotes.length && quotes[q].start < t.start && t.end <= quotes[q].end);
    gaps.push(text.slice(prevEnd, t.start));
    prevEnd = t.end;
  }
  const words = tokens.map((t) => t.token);
  const entityTokens = new Set<number>();
  for (const e of findEntities(tokens)) for (let k = e.from; k < e.to; k++) entityTokens.add(k);
  return { text, tokens, words, lower: words.map((w) => w.toLowerCase()), quoted, gaps, quotes, entityTokens };
}

const BOUNDARY = /[,;:()\[\]„“”"»«–—]|\s-\s/u;

/** True when punctuation separates token i from the token before it. */
export function boundaryBefore(s: SentenceTokens, i: number): boolean {
  return i > 0 && BOUNDARY.test(s.gaps[i]);
}

/** True when only a comma (and spaces) separates token i from the token before it. */
export function commaBefore(s: SentenceTokens, i: number): boolean {
  return i > 0 && /^\s*,\s*$/.test(s.gaps[i]);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
