import type { Language } from '../text/index.js';
import { NON_STATEMENT_PATTERNS } from './cue-lexicon.js';
import type { Span } from './sentence-tokens.js';

/** Spans of a sentence that state nothing ("declined to comment", "wollte das nicht bestätigen"). */
export function nonStatementSpans(text: string, lang: Language): Span[] {
  const pattern = NON_STATEMENT_PATTERNS[lang];
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}
