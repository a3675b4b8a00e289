/**
 * Every item of a cursor-paged list, one page after another, for the lists a page needs whole
 * (a desk's users and webhooks, a source's claims: tens, not thousands).
 */
export async function allPages<T>(pageAt: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await pageAt(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
