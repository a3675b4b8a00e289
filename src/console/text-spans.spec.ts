import { segments } from '../../console/src/text-spans.js';

/** The source page's highlights: the text cut into plain and marked pieces, written as text. */
describe('segments', () => {
  const text = 'The mayor said the ferry is free. The council denied it.';
  const join = (parts: ReturnType<typeof segments<string>>) => parts.map((p) => (p.span ? `[${p.text}]` : p.text)).join('');

  it('marks each span once and keeps every character of the text, in order', () => {
    const parts = segments(text, [
      { start: 34, end: 55, value: 'denial' },
      { start: 15, end: 32, value: 'claim' },
    ]);
    expect(join(parts)).toBe('The mayor said [the ferry is free]. [The council denied it].');
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.span).map((p) => p.span!.value)).toEqual(['claim', 'denial']);
  });

  it('gives a shared stretch of overlapping spans to the earlier one', () => {
    const parts = segments(text, [
      { start: 15, end: 32, value: 'a' },
      { start: 19, end: 56, value: 'b' },
      { start: 20, end: 25, value: 'inside a' },
    ]);
    expect(join(parts)).toBe('The mayor said [the ferry is free][. The council denied it.]');
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.span).map((p) => p.span!.value)).toEqual(['a', 'b']);
  });

  it('leaves out empty spans and spans outside the text', () => {
    expect(segments(text, [
      { start: 5, end: 5, value: 'empty' },
      { start: -1, end: 3, value: 'before' },
      { start: 50, end: 99, value: 'past the end' },
      { start: 9, end: 4, value: 'backwards' },
    ])).toEqual([{ text, span: null }]);
    expect(segments('', [])).toEqual([]);
  });

  it('marks the whole text when one span covers it', () => {
    expect(join(segments(text, [{ start: 0, end: text.length, value: 'all' }]))).toBe(`[${text}]`);
  });
});
