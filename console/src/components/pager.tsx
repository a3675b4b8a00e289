import { useI18n } from '../i18n/i18n.js';

/** The links between the pages of a cursor-paged list: back to the first page, and on to the next. */
export function Pager({ label, first, next }: {
  label: string;
  /** The first page's address, or null when this is the first page. */
  first: string | null;
  /** The next page's address, or null when this is the last page. */
  next: string | null;
}) {
  const { m } = useI18n();
  return (
    <nav class="paging" aria-label={label}>
      {first ? <a href={first}>{m.queue.first}</a> : null}
      {next ? <a href={next} rel="next">{m.queue.next}</a> : null}
    </nav>
  );
}
