/** One token of a text with its offsets; `end` is exclusive. */
export interface Token {
  token: string;
  start: number;
  end: number;
}

// Hand-written rather than Intl.Segmenter: the segmenter splits "5.000" and "U.S." into pieces,
// and every caller here needs numbers with separators and dotted abbreviations kept whole.
// Order matters: numbers first ("9,2"), then dotted abbreviations ("U.S.", "z.B."), then words.
// Hyphens split words on purpose, so "US-Beamte" yields the entity "US" and the noun "Beamte".
const TOKEN = /\d+(?:[.,]\d+)*|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:['’]\p{L}+)*/gu;

/** Words, numbers and dotted abbreviations of `text`, in order, with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const DIGIT_START = /^\d/;

export function isNumberToken(token: string): boolean {
  return DIGIT_START.test(token);
}
