/**
 * Passages: the units a source is indexed and quoted in. Mostly one sentence,
 * so a snippet shows exactly what was said, with exact offsets into the source.
 */

export interface Passage {
  /** Position among the source's passages, from 0. */
  index: number;
  /** Offsets into the source text; `end` is exclusive and `text === source.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface PassageOptions {
  /** Segmentation locale: German and English differ in sentence rules (ordinals, abbreviations). */
  language: 'de' | 'en';
  /**
   * A sentence shorter than this joins the passage before it: short sentences
   * are mostly reactions ("Moscow denied it.") that only make sense with what
   * they answer, and would otherwise match nothing.
   */
  minChars: number;
  /** Longer sentences are cut at a word boundary, so a run-on text still yields snippet-sized passages. */
  maxChars: number;
}

export const DEFAULT_PASSAGE_OPTIONS: Readonly<PassageOptions> = Object.freeze({
  language: 'de',
  minChars: 40,
  maxChars: 500,
});

/** Words that end with a full stop without ending the sentence (lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  // German
  'z', 'b', 'd', 'h', 'u', 'a', 'bzw', 'ca', 'vgl', 'ggf', 'usw', 'etc', 'nr', 'mrd', 'mio', 'tsd', 'dr', 'prof',
  'st', 'str', 'hr', 'fr', 'abs', 'art', 'bspw', 'evtl', 'inkl', 'zzgl', 'gen', 'min', 'max', 'sog', 'jh',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  // English
  'mr', 'mrs', 'ms', 'jr', 'sr', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt', 'no', 'vs', 'inc', 'ltd', 'co',
  'corp', 'dept', 'approx', 'oct', 'dec', 'mar', 'est',
]);

const MONTHS = /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

/** The ICU sentence segmenter splits after every "Dr." or "20."; these tell a false break from a real one. */
function isFalseBreak(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const nextStart = next.trimStart();
  if (/(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u.test(trimmed)) return true; // "U.S.", "z.B."
  const lastWord = /(\p{L}+)\.$/u.exec(trimmed)?.[1];
  if (lastWord && (lastWord.length === 1 || ABBREVIATIONS.has(lastWord.toLowerCase()))) return true;
  // German ordinals and dates ("am 20. April", "der 3. Tag") continue in lower case or with a month.
  if (/\d\.$/.test(trimmed) && (/^\p{Ll}/u.test(nextStart) || MONTHS.test(nextStart))) return true;
  return false;
}

interface Span {
  start: number;
  end: number;
}

function sentenceSpans(text: string, language: 'de' | 'en'): Span[] {
  const raw = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)];
  const spans: Span[] = [];
  let current: Span | null = null;
  for (let i = 0; i < raw.length; i++) {
    const { segment, index } = raw[i];
    if (current === null) current = { start: index, end: index + segment.length };
    else current.end = index + segment.length;
    const next = raw[i + 1]?.segment;
    if (next !== undefined && isFalseBreak(text.slice(current.start, current.end), next)) continue;
    spans.push(current);
    current = null;
  }
  if (current) spans.push(current);
  return spans.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/** Cuts at the last whitespace before the limit (or hard at the limit when a "word" is longer). */
function cutLong(text: string, span: Span, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    let cut = start + maxChars;
    while (cut > start && !/\s/u.test(text[cut])) cut--;
    if (cut === start) cut = start + maxChars;
    pieces.push(trimSpan(text, { start, end: cut }));
    start = cut;
  }
  pieces.push(trimSpan(text, { start, end: span.end }));
  return pieces.filter((piece) => piece.end > piece.start);
}

function mergeShort(spans: Span[], minChars: number, maxChars: number): Span[] {
  const merged: Span[] = [];
  let pendingStart: number | null = null; // a short opening sentence waiting to join the next one
  for (const span of spans) {
    const start: number = pendingStart ?? span.start;
    pendingStart = null;
    const length = span.end - start;
    const previous = merged[merged.length - 1];
    if (length < minChars && previous && span.end - previous.start <= maxChars) {
      previous.end = span.end;
    } else if (length < minChars && !previous) {
      pendingStart = start;
    } else {
      merged.push({ start, end: span.end });
    }
  }
  if (pendingStart !== null) merged.push({ start: pendingStart, end: spans[spans.length - 1].end });
  return merged;
}

export function splitPassages(text: string, options: Partial<PassageOptions> = {}): Passage[] {
  const { language, minChars, maxChars } = { ...DEFAULT_PASSAGE_OPTIONS, ...options };
  const sentences = sentenceSpans(text, language).flatMap((span) => cutLong(text, span, maxChars));
  return mergeShort(sentences, minChars, maxChars).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
  }));
}
