import { furnitureReason, opensCommentSection, wireDatelineLength, type FurnitureReason } from './furniture.js';

/**
 * - body: running text, claim material;
 * - headline: a line without a closing full stop (title, subtitle, intertitle);
 * - furniture: page furniture and bylines, never claim material.
 */
export type SentenceKind = 'body' | 'headline' | 'furniture';

export interface Sentence {
  text: string;
  /** Offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
  kind: SentenceKind;
  /** Index of the line block (paragraph) the sentence belongs to. */
  block: number;
  reason?: FurnitureReason | 'duplicate';
}

/** A headline is at most this many words; longer unterminated lines are body text that lost its full stop. */
export const DEFAULT_MAX_HEADLINE_WORDS = 30;
/** A quotation left open longer than this is treated as unbalanced and stops shielding full stops. */
export const DEFAULT_MAX_QUOTE_CHARS = 600;

// Abbreviations after which a full stop does not end a sentence (lower case, without the dot).
const ABBREVIATIONS = new Set(
  ('dr prof mr mrs ms st ca bzw vgl mrd mio tsd z b u a d h gen sen rep gov lt col capt sgt jr sr inc corp ltd co vs ' +
    'jan feb aug sep sept oct okt nov dec dez abs art hr fr hrsg evtl ggf inkl zzgl bspw bzgl sog mt approx est max min ' +
    'mind rd str tel ff abg fig pres dept univ bd gr').split(' '),
);
// Words that open a sentence; after an ambiguous abbreviation ("U.S.") only these confirm a break.
// Abbreviations that only stand before a number ("Nr. 4", "No. 5"); elsewhere "No." ends a sentence.
const NUMBER_ABBREVIATIONS = new Set(['nr', 'no', 'art', 'abs', 'fig', 'bd']);
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i this that these those but and in on at after before when while there his her its their ' +
    'der die das den dem er sie es wir ich dies diese dieser aber und doch in im am auf nach bei als seit ein eine').split(' '),
);
const MONTH_NAMES = new Set(
  ('januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'january february march may june july october december').split(' '),
);

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSING_BRACKETS = new Set([')', ']']);
const UPPER_START = /^[\p{Lu}\d„“"»«‚(]/u;
const WORD_BEFORE = /([\p{L}\d.]+)$/u;
const NEXT_WORD = /^\s*["„“»«(]*([\p{L}\d]+)/u;
const TERMINAL_END = /[.!?…:]["'“”»«’)\]]*$/u;
const WORDS = /[\p{L}\d]+/gu;

/** Quotation marks: opener → closers it may be closed by. “ and » open in one convention and close in another. */
function quoteCloserFor(ch: string): string | null {
  switch (ch) {
    case '„': return '“”';
    case '“': return '”';
    case '»': return '«';
    case '«': return '»';
    case '"': return '"';
    default: return null;
  }
}

interface Block { start: number; end: number }

/** Lines of the text, with a hard-wrapped paragraph (line ending mid-sentence, next line in lower case) joined up. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m !== null; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const prev = blocks[blocks.length - 1];
    const adjacent = prev && !/\n\s*\n/.test(text.slice(prev.end, start));
    if (adjacent && /^\p{Ll}/u.test(trimmed) && !TERMINAL_END.test(text.slice(prev.start, prev.end))) {
      prev.end = end;
    } else {
      blocks.push({ start, end });
    }
  }
  return blocks;
}

function isBoundary(text: string, dot: number, after: number, blockEnd: number): boolean {
  if (after >= blockEnd) return true;
  if (!/\s/.test(text[after])) return false;
  const rest = text.slice(after, Math.min(blockEnd, after + 40));
  if (!UPPER_START.test(rest.trimStart())) return false;
  if (text[dot] !== '.' || text[dot + 1] === '.') return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 30), dot))?.[1] ?? '';
  const word = before;
  const next = NEXT_WORD.exec(rest)?.[1] ?? '';
  if (before.includes('.')) return SENTENCE_OPENERS.has(next.toLowerCase()); // "U.S.", "z.B."
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (NUMBER_ABBREVIATIONS.has(word.toLowerCase()) && /^\d/.test(next)) return false;
  if (/^\d{1,2}$/.test(word) && MONTH_NAMES.has(next.toLowerCase())) return false; // "am 18. Februar"
  return true;
}

/** Sentence spans of one body block, quotations kept whole. Linear in the block length. */
function splitBlock(text: string, block: Block, maxQuote: number): Block[] {
  const out: Block[] = [];
  const closers: string[] = [];
  let quoteStart = -1;
  let sentenceStart = block.start;
  for (let i = block.start; i < block.end; i++) {
    const ch = text[i];
    const top = closers[closers.length - 1];
    if (top !== undefined && top.includes(ch)) {
      closers.pop();
      continue;
    }
    const closer = quoteCloserFor(ch);
    if (closer !== null) {
      if (closers.length === 0) quoteStart = i;
      closers.push(closer);
      continue;
    }
    if (closers.length > 0 && i - quoteStart > maxQuote) closers.length = 0;
    if (!TERMINALS.has(ch) || closers.length > 0) {
      if (!TERMINALS.has(ch)) continue;
      // A full stop inside a quotation ends the sentence only when the quotation closes right after it.
      let j = i + 1;
      while (j < block.end && TERMINALS.has(text[j])) j++;
      const inner = closers[closers.length - 1];
      if (closers.length !== 1 || j >= block.end || !inner.includes(text[j])) continue;
      closers.pop();
      const after = j + 1;
      if (isBoundary(text, i, after, block.end)) {
        out.push({ start: sentenceStart, end: after });
        sentenceStart = after;
      }
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < block.end && (TERMINALS.has(text[j]) || CLOSING_BRACKETS.has(text[j]))) j++;
    if (isBoundary(text, i, j, block.end)) {
      out.push({ start: sentenceStart, end: j });
      sentenceStart = j;
    }
    i = j - 1;
  }
  if (sentenceStart < block.end) out.push({ start: sentenceStart, end: block.end });
  return out
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start);
}

function trimSpan(text: string, s: Block): Block {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Sentences of a German or English news text with offsets into it. Headlines and page furniture
 * come back as their own kinds so that callers can skip or weigh them; repeated lines
 * (a headline printed twice) are furniture the second time.
 */
export function splitSentences(
  text: string,
  maxHeadlineWords = DEFAULT_MAX_HEADLINE_WORDS,
  maxQuoteChars = DEFAULT_MAX_QUOTE_CHARS,
): Sentence[] {
  const out: Sentence[] = [];
  const seen = new Set<string>();
  let inComments = false;
  blocksOf(text).forEach((block, index) => {
    const line = text.slice(block.start, block.end).replace(/\s+/g, ' ');
    const base = { start: block.start, end: block.end, text: text.slice(block.start, block.end), block: index };
    if (inComments || opensCommentSection(line)) {
      inComments = true;
      out.push({ ...base, kind: 'furniture', reason: 'comments' });
      return;
    }
    const reason = furnitureReason(line);
    if (reason) {
      out.push({ ...base, kind: 'furniture', reason });
      return;
    }
    const key = line.toLowerCase();
    if (seen.has(key)) {
      out.push({ ...base, kind: 'furniture', reason: 'duplicate' });
      return;
    }
    seen.add(key);
    const words = line.match(WORDS)?.length ?? 0;
    if (!TERMINAL_END.test(line) && words <= maxHeadlineWords) {
      out.push({ ...base, kind: 'headline' });
      return;
    }
    // the statement starts after a wire dateline: "BERLIN, 5. März 2026 (dpa) – Die Regierung …"
    const body = { start: block.start + wireDatelineLength(text.slice(block.start, block.end)), end: block.end };
    for (const span of splitBlock(text, body, maxQuoteChars)) {
      out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: 'body', block: index });
    }
  });
  return out;
}
