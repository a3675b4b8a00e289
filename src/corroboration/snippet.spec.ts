import { DEFAULT_SNIPPET_CHARS, snippetOf } from './snippet.js';

describe('snippetOf', () => {
  it('returns a short passage whole, with whitespace flattened (German and English)', () => {
    expect(snippetOf('Der Kreml\n dementierte   den Bericht.')).toBe('Der Kreml dementierte den Bericht.');
    expect(snippetOf('Beijing denied\tthe report.')).toBe('Beijing denied the report.');
  });

  it('cuts a long passage at a word boundary and marks the cut', () => {
    const text = 'Nach Angaben amerikanischer Beamter bat Moskau die chinesische Regierung um Drohnen, Munition und Geld.';
    const snippet = snippetOf(text, 40);
    expect(snippet).toBe('Nach Angaben amerikanischer Beamter bat…');
    expect(snippet.length).toBeLessThanOrEqual(40);
    expect(snippetOf('Officials in Washington said Moscow had asked Beijing for drones.', 30)).toBe('Officials in Washington said…');
  });

  it('cuts a single overlong word hard rather than dropping it', () => {
    expect(snippetOf('Donaudampfschifffahrtsgesellschaftskapitän', 10)).toBe('Donaudamp…');
  });

  it('yields an empty snippet for blank text and defaults to 300 characters', () => {
    expect(snippetOf('  \n ')).toBe('');
    expect(DEFAULT_SNIPPET_CHARS).toBe(300);
    expect(snippetOf('Wort '.repeat(200)).length).toBeLessThanOrEqual(300);
  });
});
