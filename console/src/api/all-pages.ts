import { useEffect, useState } from 'preact/hooks';

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

/**
 * The whole list, loaded again whenever `reload` changes: null until the first load is in. A
 * failure goes to `onError` (the page shows it with the failures of its own actions).
 */
export function useAllPages<T>(
  pageAt: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  reload: number,
  onError: (failure: unknown) => void,
): T[] | null {
  const [items, setItems] = useState<T[] | null>(null);
  useEffect(() => {
    let current = true;
    allPages(pageAt).then((all) => current && setItems(all), (failure) => current && onError(failure));
    return () => {
      current = false;
    };
    // the list is read again on `reload` only; pageAt and onError are new closures on every render
  }, [reload]);
  return items;
}
