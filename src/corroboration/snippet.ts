/** A passage shortened for display; offsets stay those of the whole passage. */

export const DEFAULT_SNIPPET_CHARS = 300;

export function snippetOf(text: string, maxChars: number = DEFAULT_SNIPPET_CHARS): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1);
  const cut = flat.lastIndexOf(' ', room);
  // A single long word is cut where it must be rather than dropped.
  const head = (cut > room / 2 ? flat.slice(0, cut) : flat.slice(0, room)).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}
