import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok, type Schemas } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { Field, invalidProps, ProblemNotice } from '../components/problem-notice.js';
import { Pager } from '../components/pager.js';
import { ListTable } from '../components/list-table.js';

const BASE = '/console';
type Source = Schemas['SourceResponse'];
type Language = NonNullable<Schemas['CreateSourceDto']['language']>;

/** The list's filters, as they stand in the page's URL (a filtered list can be linked and reloaded). */
interface Filters {
  q: string;
  publisher: string;
  language: string;
}

const EMPTY: Filters = { q: '', publisher: '', language: '' };
const filtersOf = (query: Record<string, string>): Filters => ({ q: query.q ?? '', publisher: query.publisher ?? '', language: query.language ?? '' });

function urlOf(filters: Filters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value.trim() !== '') params.set(name, value.trim());
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return `${BASE}/sources${query ? `?${query}` : ''}`;
}

/** The sources the desk holds: search and filters, and a form to paste a new one in. */
export function SourcesPage() {
  const i18n = useI18n();
  const { m } = i18n;
  const location = useLocation();
  const applied = useMemo(() => filtersOf(location.query), [location.url]);
  const cursor = location.query.cursor;
  const [draft, setDraft] = useState<Filters>(applied);
  const [page, setPage] = useState<{ items: Source[]; nextCursor: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => setDraft(applied), [applied]);
  useEffect(() => {
    let current = true;
    setError(null);
    const query = {
      ...(applied.q && { q: applied.q }),
      ...(applied.publisher && { publisher: applied.publisher }),
      ...(applied.language && { language: applied.language as Language }),
      ...(cursor && { cursor }),
      limit: 25,
    };
    api.GET('/v1/sources', { params: { query } }).then(
      (result) => {
        if (!current) return;
        try {
          setPage(ok(result));
        } catch (failure) {
          setError(failure);
        }
      },
      (failure) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [applied, cursor]);

  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  const items = page?.items ?? [];
  return (
    <section>
      <h1>{m.sources.title}</h1>
      <form class="filters" aria-label={m.sources.filters} onSubmit={(event) => (event.preventDefault(), location.route(urlOf(draft)))}>
        <label class="grow">
          {m.sources.search}
          <input name="q" type="search" value={draft.q} onInput={(e) => setDraft({ ...draft, q: value(e) })} />
        </label>
        <label>
          {m.sources.publisher}
          <input name="publisher" type="text" value={draft.publisher} onInput={(e) => setDraft({ ...draft, publisher: value(e) })} />
        </label>
        <label>
          {m.sources.language}
          <select name="language" value={draft.language} onChange={(e) => setDraft({ ...draft, language: value(e) })}>
            <option value="">{m.queue.languageAny}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <div class="buttons">
          <button type="submit">{m.queue.apply}</button>
          <button type="button" onClick={() => location.route(urlOf(EMPTY))}>{m.queue.reset}</button>
        </div>
      </form>
      <ProblemNotice error={error} />
      {page === null && !error ? <p>{m.queue.loading}</p> : null}
      {page && !items.length ? <p class="empty">{m.sources.empty}</p> : null}
      {items.length ? (
        <ListTable class="sources" caption={m.sources.rows} columns={[
          m.sources.columns.source,
          m.sources.columns.publisher,
          m.sources.columns.published,
          m.sources.columns.language,
          m.sources.columns.extraction,
        ]}>
          {items.map((source) => (
            <tr key={source.id} data-source-id={source.id}>
              <td><a href={`${BASE}/sources/${source.id}`}>{source.title ?? source.url ?? m.sources.untitled}</a></td>
              <td>{source.publisher}</td>
              <td>{i18n.date(source.publishedAt)}</td>
              <td>{source.language.toUpperCase()}</td>
              <td><ExtractionStatus source={source} i18n={i18n} /></td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      <Pager label={m.sources.pages} first={cursor ? urlOf(applied) : null} next={page?.nextCursor ? urlOf(applied, page.nextCursor) : null} />
      <IngestForm />
    </section>
  );
}

export function ExtractionStatus({ source, i18n }: { source: Source; i18n: I18n }) {
  const { m, fill } = i18n;
  const { status, claimCount } = source.extraction;
  const label = (m.sources.extraction as Record<string, string>)[status] ?? status;
  return (
    <span class={`extraction extraction-${status}`}>
      {label}{status === 'done' ? ` · ${fill(m.sources.claimCount, { n: i18n.number(claimCount) })}` : ''}
    </span>
  );
}

interface Draft {
  text: string;
  publisher: string;
  url: string;
  title: string;
  language: '' | Language;
  publishedAt: string;
}

const BLANK: Draft = { text: '', publisher: '', url: '', title: '', language: '', publishedAt: '' };
const FIELDS = ['text', 'publisher', 'url', 'title', 'language', 'publishedAt'];

/**
 * Pasting a source in. One Idempotency-Key per draft: sending the same draft twice (a double
 * click, a retry after a network failure) creates one source.
 */
function IngestForm() {
  const { m } = useI18n();
  const location = useLocation();
  const [draft, setDraft] = useState<Draft>(BLANK);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [duplicate, setDuplicate] = useState<Source | null>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setKey(crypto.randomUUID());
  };
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDuplicate(null);
    try {
      const body: Schemas['CreateSourceDto'] = {
        text: draft.text,
        publisher: draft.publisher.trim(),
        ...(draft.url.trim() && { url: draft.url.trim() }),
        ...(draft.title.trim() && { title: draft.title.trim() }),
        ...(draft.language && { language: draft.language }),
        // a day, read as midnight UTC: the API's dates are UTC
        ...(draft.publishedAt && { publishedAt: `${draft.publishedAt}T00:00:00Z` }),
      };
      const result = await api.POST('/v1/sources', { params: { header: { 'Idempotency-Key': key } }, body });
      const source = ok(result);
      if (result.response.status === 200 && source.duplicate) {
        setDuplicate(source);
      } else {
        setDraft(BLANK);
        setKey(crypto.randomUUID());
        location.route(`${BASE}/sources/${source.id}`);
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const described = (field: string) => ({ id: `ingest-${field}`, name: field, ...invalidProps(error, field, `ingest-${field}-error`) });
  return (
    <form class="ingest panel" onSubmit={submit} aria-labelledby="ingest-heading">
      <h2 id="ingest-heading">{m.sources.ingest.title}</h2>
      <p class="hint">{m.sources.ingest.intro}</p>
      <Field id="ingest-text" label={m.sources.ingest.text} error={error} field="text">
        <textarea rows={8} required value={draft.text} onInput={(e) => set({ text: value(e) })} {...described('text')} />
      </Field>
      <div class="row">
        <Field id="ingest-publisher" label={m.sources.ingest.publisher} error={error} field="publisher">
          <input type="text" required value={draft.publisher} onInput={(e) => set({ publisher: value(e) })} {...described('publisher')} />
        </Field>
        <Field id="ingest-url" label={m.sources.ingest.url} error={error} field="url" wide>
          <input type="text" inputMode="url" value={draft.url} onInput={(e) => set({ url: value(e) })} {...described('url')} />
        </Field>
      </div>
      <div class="row">
        <Field id="ingest-title" label={m.sources.ingest.titleField} error={error} field="title" wide>
          <input type="text" value={draft.title} onInput={(e) => set({ title: value(e) })} {...described('title')} />
        </Field>
        <Field id="ingest-language" label={m.sources.ingest.language} error={error} field="language">
          <select value={draft.language} onChange={(e) => set({ language: value(e) as Draft['language'] })} {...described('language')}>
            <option value="">{m.sources.ingest.detect}</option>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </Field>
        <Field id="ingest-publishedAt" label={m.sources.ingest.publishedAt} error={error} field="publishedAt">
          <input type="date" value={draft.publishedAt} onInput={(e) => set({ publishedAt: value(e) })} {...described('publishedAt')} />
        </Field>
      </div>
      <ProblemNotice error={error} fieldsNearby={FIELDS} />
      {duplicate ? (
        <p class="notice" role="status">
          {m.sources.ingest.duplicate}{' '}
          <a href={`${BASE}/sources/${duplicate.id}`}>{duplicate.title ?? duplicate.url ?? m.sources.untitled} — {duplicate.publisher}</a>
        </p>
      ) : null}
      <div class="buttons">
        <button type="submit" disabled={busy}>{busy ? m.sources.ingest.working : m.sources.ingest.submit}</button>
      </div>
    </form>
  );
}
