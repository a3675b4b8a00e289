import { findEntities, isStopword, tokenize, type Token } from '../text/index.js';

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

/**
 * Two words glued together where a link or a line break was lost in scraping ("UkraineLaut",
 * "ReutersAccording"): a word of 4+ letters directly followed by a capitalised function word
 * ("Laut", "Nach", "According", "Der"). Only function words split, so camel-case names such as
 * "RiverWatch", "BlackRock" or "McDonald" stay whole.
 */
const GLUED = /^(\p{L}\p{Ll}{3,})(\p{Lu}\p{Ll}{1,})$/u;
const isGlueTail = (word: string): boolean => {
  const w = word.toLowerCase();
  return isStopword(w, 'de') || isStopword(w, 'en');
};

/** The tokens of `text`, with glued words split into their two words (offsets stay exact). */
export function sentenceTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text)) {
    const m = GLUED.exec(t.token);
    if (!m || !isGlueTail(m[2])) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ token: m[1], start: t.start, end: cut }, { token: m[2], start: cut, end: t.end });
  }
  return out;
}

export function prepareSentence(text: string): SentenceTokens {
  const tokens = sentenceTokens(text);
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
