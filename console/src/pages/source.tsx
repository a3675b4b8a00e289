import { useEffect, useState } from 'preact/hooks';
import { allPages } from '../api/all-pages.js';
import { api, ApiProblem, ok, type Claim, type Schemas } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { segments, type Span } from '../text-spans.js';
import { ExtractionStatus } from './sources.js';

const BASE = '/console';
/** How often the page asks again while the source's extraction is still to finish. */
const EXTRACTION_POLL_MS = 1000;
type Link = Schemas['SourceLinkResponse'];

interface SourceView {
  source: Schemas['SourceWithTextResponse'];
  claims: Claim[];
  links: Link[];
}

async function load(id: string): Promise<SourceView> {
  const path = { params: { path: { id } } };
  const [source, claims, links] = await Promise.all([
    api.GET('/v1/sources/{id}', path).then(ok),
    claimsOf(id),
    api.GET('/v1/sources/{id}/links', path).then(ok),
  ]);
  return { source, claims, links: links.items };
}

/** Every claim of the source, page by page: all of them are marked in its text. */
function claimsOf(id: string): Promise<Claim[]> {
  return allPages(async (cursor) => ok(await api.GET('/v1/sources/{id}/claims', { params: { path: { id }, query: { limit: 200, ...(cursor && { cursor }) } } })));
}

const extracting = (view: SourceView | null) => view !== null && ['pending', 'running'].includes(view.source.extraction.status);

/** Only http(s) addresses become links: a source's url is data from outside. */
const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** One source: its facts, its text with the claims found in it marked, and who answers whom. */
export function SourcePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { m } = i18n;
  const [view, setView] = useState<SourceView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setView(null);
    setError(null);
    load(id).then(setView, setError);
  }, [id]);

  // while the extraction runs, ask again until it is done (or failed), then show what it found
  useEffect(() => {
    if (!extracting(view)) return;
    const timer = setTimeout(() => load(id).then(setView, setError), EXTRACTION_POLL_MS);
    return () => clearTimeout(timer);
  }, [view, id]);

  if (error instanceof ApiProblem && error.status === 404 && !view) return <p class="notice error" role="alert">{m.source.notFound}</p>;
  if (!view) return error ? <ProblemNotice error={error} /> : <p>{m.queue.loading}</p>;
  const { source } = view;
  const href = safeHref(source.url);

  return (
    <article class="source" aria-labelledby="source-title">
      <p><a href={`${BASE}/sources`}>{m.source.back}</a></p>
      <h1 id="source-title">{source.title ?? source.url ?? m.sources.untitled}</h1>
      <dl class="facts">
        <dt>{m.sources.columns.publisher}</dt>
        <dd>{source.publisher}</dd>
        <dt>{m.source.url}</dt>
        <dd>{href ? <a href={href} rel="noopener noreferrer">{source.url}</a> : source.url ?? '—'}</dd>
        <dt>{m.sources.columns.published}</dt>
        <dd>{i18n.date(source.publishedAt)}{source.publishedAtSource === 'dateline' ? ` (${m.source.fromDateline})` : ''}</dd>
        <dt>{m.sources.columns.language}</dt>
        <dd>{source.language === 'de' ? 'Deutsch' : 'English'}</dd>
        <dt>{m.source.ingested}</dt>
        <dd>{i18n.dateTime(source.createdAt)}</dd>
        <dt>{m.sources.columns.extraction}</dt>
        <dd aria-live="polite" data-extraction={source.extraction.status}><ExtractionStatus source={source} i18n={i18n} /></dd>
      </dl>
      <ProblemNotice error={error} />
      <SourceText view={view} i18n={i18n} />
      <SourceClaims view={view} i18n={i18n} />
    </article>
  );
}

/** The citation spans of the claims found in this source, each a highlight linking to its claim. */
function spansOf(view: SourceView): Span<Claim>[] {
  return view.claims.flatMap((claim) =>
    claim.citations
      .filter((c) => c.sourceId === view.source.id && c.start !== null && c.end !== null)
      .map((c) => ({ start: c.start!, end: c.end!, value: claim })),
  );
}

function SourceText({ view, i18n }: { view: SourceView; i18n: I18n }) {
  const { m } = i18n;
  const denying = new Set(view.links.filter((l) => l.relation === 'denies').map((l) => l.fromClaimId));
  return (
    <section aria-labelledby="text-title" class="panel">
      <h2 id="text-title">{m.source.text}</h2>
      <p class="hint">{m.source.textHint}</p>
      <div class="source-text" lang={view.source.language}>
        {segments(view.source.text, spansOf(view)).map((segment, index) =>
          segment.span ? (
            <mark key={index} data-claim-id={segment.span.value.id} class={denying.has(segment.span.value.id) ? 'denial' : undefined}>
              <a href={`${BASE}/claims/${segment.span.value.id}`} title={segment.span.value.claimant.name}>{segment.text}</a>
            </mark>
          ) : segment.text,
        )}
      </div>
    </section>
  );
}

function SourceClaims({ view, i18n }: { view: SourceView; i18n: I18n }) {
  const { m, fill } = i18n;
  const position = (claim: Claim) => claim.citations.find((c) => c.sourceId === view.source.id)?.start ?? Number.MAX_SAFE_INTEGER;
  const claims = [...view.claims].sort((a, b) => position(a) - position(b));
  return (
    <section aria-labelledby="claims-title" class="panel">
      <h2 id="claims-title">{fill(m.source.claims, { n: i18n.number(claims.length) })}</h2>
      {!claims.length ? <p>{extracting(view) ? m.source.waiting : m.source.noClaims}</p> : null}
      <ul class="source-claims">
        {claims.map((claim) => {
          const outgoing = view.links.filter((l) => l.fromClaimId === claim.id);
          const incoming = view.links.filter((l) => l.toClaimId === claim.id);
          return (
            <li key={claim.id} data-claim-id={claim.id}>
              <p>
                <strong>{claim.claimant.name}</strong>{claim.claimant.affiliation ? `, ${claim.claimant.affiliation}` : ''}:{' '}
                <a href={`${BASE}/claims/${claim.id}`}>{claim.text}</a>{' '}
                <span class={`status status-${claim.status}`}>{m.status[claim.status]}</span>
              </p>
              {outgoing.length || incoming.length ? (
                <ul class="relations">
                  {outgoing.map((link) => (
                    <li key={link.id} class="link-out">
                      <span class={`relation relation-${link.relation}`}>{(m.claim.relation as Record<string, string>)[link.relation] ?? link.relation}</span>{' '}
                      <a href={`${BASE}/claims/${link.to.id}`}>{link.to.text}</a> <span class="meta">— {link.to.claimant.name}</span>
                    </li>
                  ))}
                  {incoming.map((link) => (
                    <li key={link.id} class="link-in">
                      <span class={`relation relation-${link.relation}`}>{(m.source.answeredBy as Record<string, string>)[link.relation] ?? link.relation}</span>{' '}
                      <a href={`${BASE}/claims/${link.from.id}`}>{link.from.text}</a> <span class="meta">— {link.from.claimant.name}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
