/** A stretch of a text to highlight, with what it stands for. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export type Segment<T> = { text: string; span: null } | { text: string; span: Span<T> };

/**
 * Cuts a text into plain and highlighted segments, so a page can wrap each highlight in an element
 * of its own and write every piece as text (never as markup). Spans outside the text or empty are
 * left out; where spans overlap, the earlier one keeps the shared part and the later one starts
 * after it, so no character shows twice.
 */
export function segments<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const usable = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const span of usable) {
    const start = Math.max(span.start, at);
    if (start >= span.end) continue;
    if (start > at) out.push({ text: text.slice(at, start), span: null });
    out.push({ text: text.slice(start, span.end), span });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), span: null });
  return out;
}
