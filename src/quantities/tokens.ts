/**
 * Splits text into digit runs, words and single symbols, keeping offsets. Whitespace is not a
 * token; what lies between two tokens is read back from the text when it matters ("5 000" vs
 * "5000", "Covid-19" vs "5 - 9"). Digit runs keep their inner separators ("1.500.000", "9,2").
 */
export type TokenKind = 'digits' | 'word' | 'symbol';

export interface Token {
  text: string;
  lower: string;
  start: number;
  /** Exclusive. */
  end: number;
  kind: TokenKind;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
}

/** Groups: 1 digits, 2 word; neither: a symbol. */
const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'digits' : m[2] !== undefined ? 'word' : 'symbol';
    tokens.push({ text: t, lower: kind === 'digits' ? t : t.toLowerCase(), start: m.index, end: m.index + t.length, kind });
  }
  return { text, tokens };
}

/** The text between token i-1 and token i ("" when they touch). */
export function gapBefore(doc: TokenizedText, i: number): string {
  if (i <= 0 || i >= doc.tokens.length) return '';
  return doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start);
}

export function touches(doc: TokenizedText, i: number): boolean {
  return i > 0 && i < doc.tokens.length && doc.tokens[i - 1].end === doc.tokens[i].start;
}

const BLANK = /^\s+$/;

/** Tokens i-1 and i are separated by whitespace only (at least one character of it). */
export function spaced(doc: TokenizedText, i: number): boolean {
  return i > 0 && i < doc.tokens.length && BLANK.test(gapBefore(doc, i));
}

/** Tokens i-1 and i are adjacent words of one phrase: whitespace or nothing between them. */
export function joined(doc: TokenizedText, i: number): boolean {
  return touches(doc, i) || spaced(doc, i);
}
