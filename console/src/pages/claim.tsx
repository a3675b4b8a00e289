import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiProblem, ok, type Claim, type Schemas, type Session } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { isStale, isUnavailable, ProblemNotice, fieldErrorProps } from '../components/problem-notice.js';
import { ClaimReviewViewer } from '../components/claim-review.js';
import { Quantities } from '../components/claim-quantities.js';
import { Urgency } from './queue.js';
import { claimIdsOf, useLiveRefresh } from '../live.js';
import { figuresUrl } from './figures.js';

const BASE = '/console';
type Action = Schemas['AllowedActionsResponse']['allowedActions'][number];
type Rating = Schemas['ProposeVerdictDto']['rating'];
const RATINGS: Rating[] = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable'];

interface ClaimView {
  claim: Claim;
  actions: Action[];
  relations: Schemas['RelationsResponse'];
  flags: Schemas['FlagResponse'][];
  report: Schemas['CorroborationReportResponse'];
  history: Schemas['HistoryEntryResponse'][];
  sources: Record<string, Schemas['SourceWithTextResponse']>;
}

async function load(id: string): Promise<ClaimView> {
  const path = { params: { path: { id } } };
  const [claim, allowed, relations, flags, report, history] = await Promise.all([
    api.GET('/v1/claims/{id}', path).then(ok),
    api.GET('/v1/claims/{id}/allowed-actions', path).then(ok),
    api.GET('/v1/claims/{id}/relations', path).then(ok),
    api.GET('/v1/claims/{id}/flags', path).then(ok),
    api.GET('/v1/claims/{id}/corroboration', path).then(ok),
    api.GET('/v1/claims/{id}/history', path).then(ok),
  ]);
  const ids = [...new Set([...claim.citations.map((c) => c.sourceId), ...report.evidence.map((e) => e.sourceId)])];
  const sources = await Promise.all(ids.map((sourceId) => api.GET('/v1/sources/{id}', { params: { path: { id: sourceId } } }).then(ok)));
  return {
    claim, actions: allowed.allowedActions, relations, flags: flags.items, report, history,
    sources: Object.fromEntries(sources.map((source) => [source.id, source])),
  };
}

/** Everything a reviewer needs about one claim, and the workflow steps this person may take now. */
export function ClaimPage({ id, session }: { id: string; session: Session }) {
  const i18n = useI18n();
  const { m } = i18n;
  const [view, setView] = useState<ClaimView | null>(null);
  const [error, setError] = useState<unknown>(null);
  // the form whose step failed: its fields show the problem's field errors
  const [errorForm, setErrorForm] = useState<Form | null>(null);
  const [lastStep, setLastStep] = useState<{ step: Step; form: Form; done?: string } | null>(null);
  const [notice, setNotice] = useState('');
  const shown = useRef(id);
  shown.current = id;
  // an answer for a claim no longer shown (the page moved on while it loaded) is dropped
  const refresh = () => load(id).then((next) => shown.current === id && setView(next), (failure) => shown.current === id && setError(failure));
  // Another person's step (a flag raised, a verdict approved) shows up by itself. The forms keep
  // what is being typed: their text lives in their own components, which a new view re-renders.
  useLiveRefresh((event) => claimIdsOf(event).includes(id), () => void refresh());

  useEffect(() => {
    setView(null);
    setError(null);
    setNotice('');
    void refresh();
  }, [id]);

  /**
   * Runs a step. The forms keep what was typed whatever happens: a 412 (someone else changed the
   * claim) offers to load the latest version, a 409 reloads the steps now open, and a service
   * that cannot be reached offers the same step again.
   */
  const run: Run = async (step, form = 'actions', done = m.claim.done) => {
    if (!view) return false;
    setError(null);
    setErrorForm(null);
    setNotice('');
    setLastStep({ step, form, done });
    try {
      await step(view.claim);
      setNotice(done);
      await refresh();
      return true;
    } catch (failure) {
      setError(failure);
      setErrorForm(form);
      if (failure instanceof ApiProblem && failure.status === 409) await load(id).then(setView, () => undefined);
      return false;
    }
  };
  const reload = async () => {
    setError(null);
    setNotice('');
    await refresh();
  };
  const retry = () => (lastStep ? void run(lastStep.step, lastStep.form, lastStep.done) : void reload());

  if (error instanceof ApiProblem && error.status === 404 && !view) return <p class="notice error" role="alert">{m.claim.notFound}</p>;
  if (!view) return error ? <ProblemNotice error={error} onRetry={reload} /> : <p>{m.queue.loading}</p>;
  const { claim } = view;
  const formError = (form: Form) => (errorForm === form && !isStale(error) && !isUnavailable(error) ? error : null);

  return (
    <article class="claim" aria-labelledby="claim-text">
      <p><a href={`${BASE}/`}>{m.claim.back}</a></p>
      <h1 id="claim-text" class="claim-text">{claim.text}</h1>
      <dl class="facts">
        <dt>{m.claim.claimant}</dt>
        <dd>{claim.claimant.name}{claim.claimant.affiliation ? `, ${claim.claimant.affiliation}` : ''}{claim.claimant.country ? ` (${claim.claimant.country})` : ''}</dd>
        <dt>{m.claim.claimedAt}</dt>
        <dd>{i18n.date(claim.claimedAt)}</dd>
        <dt>{m.claim.language}</dt>
        <dd>{claim.language === 'de' ? 'Deutsch' : 'English'}</dd>
        <dt>{m.claim.tags}</dt>
        <dd>{claim.tags.length ? claim.tags.map((tag) => <span key={tag} class="tag">{tag}</span>) : m.claim.noTags}</dd>
        <dt>{m.claim.status}</dt>
        <dd><span class={`status status-${claim.status}`}>{m.status[claim.status]}</span> <Urgency claim={claim} i18n={i18n} /></dd>
        <dt>{m.claim.assignee}</dt>
        <dd>{claim.assignee?.name ?? m.queue.unassigned}</dd>
      </dl>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <ProblemNotice error={error} onRetry={retry} onReload={reload} />
      <Actions view={view} run={run} i18n={i18n} me={session.user.id} error={formError} />
      {claim.status === 'approved' ? <ClaimReviewViewer claimId={claim.id} /> : null}
      <Citations view={view} i18n={i18n} />
      <Quantities claim={claim} i18n={i18n} error={formError('quantity')} correct={(index, body) => run(
        async (c) => ok(await api.PATCH('/v1/claims/{id}/quantities/{index}', { params: { path: { id: c.id, index }, header: ifMatch(c) }, body })),
        'quantity',
        m.claim.corrected,
      )} />
      <Relations view={view} i18n={i18n} />
      <Flags view={view} run={run} i18n={i18n} error={formError} />
      <Corroboration view={view} run={run} i18n={i18n} />
      <History view={view} i18n={i18n} />
    </article>
  );
}

type Step = (claim: Claim) => Promise<unknown>;
type Form = 'actions' | 'propose' | 'quantity' | `flag-${string}`;
type Run = (step: Step, form?: Form, done?: string) => Promise<boolean>;
type FormError = (form: Form) => unknown;
const ifMatch = (claim: Claim) => ({ 'If-Match': `"${claim.version}"` });

function Actions({ view, run, i18n, me, error }: { view: ClaimView; run: Run; i18n: I18n; me: string; error: FormError }) {
  const { m, fill } = i18n;
  const { claim } = view;
  // assigning oneself a claim one already holds is allowed, and pointless to offer
  const actions = view.actions.filter((action) => action !== 'assign' || claim.assignee?.id !== me);
  const [reason, setReason] = useState('');
  const verdict = claim.verdict;
  const path = (c: Claim) => ({ path: { id: c.id }, header: ifMatch(c) });
  const withReason = (action: 'dismiss' | 'reopen' | 'reject') => async () => {
    const done = await run(async (c) => {
      if (action === 'reject') {
        ok(await api.POST('/v1/claims/{id}/verdicts/{verdictId}/reject', { params: { path: { id: c.id, verdictId: verdict!.id }, header: ifMatch(c) }, body: { reason } }));
      } else if (action === 'dismiss') {
        ok(await api.POST('/v1/claims/{id}/dismiss', { params: path(c), body: { reason } }));
      } else {
        ok(await api.POST('/v1/claims/{id}/reopen', { params: path(c), body: { reason } }));
      }
    });
    if (done) setReason('');
  };
  const needsReason = actions.some((a) => a === 'dismiss' || a === 'reopen' || a === 'reject');
  const reasonError = fieldErrorProps(error('actions'), 'reason', 'step-reason');
  return (
    <section aria-labelledby="actions-title" class="panel">
      <h2 id="actions-title">{m.claim.actions}</h2>
      <div class="verdict">
        <h3>{m.claim.verdict}</h3>
        {verdict ? (
          <p>
            <strong class={`rating rating-${verdict.rating}`}>{m.ratings[verdict.rating]}</strong> — {verdict.summary}{' '}
            <span class="meta">{fill(m.claim.by, { name: verdict.author.name })}, {m.status[claim.status]}</span>
          </p>
        ) : <p>{m.claim.noVerdict}</p>}
        {verdict?.evidence.length ? (
          <ul class="evidence-given" aria-label={m.claim.verdictEvidence}>
            {verdict.evidence.map((item, index) => (
              <li key={index}>{item.sourceId && view.sources[item.sourceId] ? `${view.sources[item.sourceId].publisher}: ` : ''}{item.note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {!actions.length ? <p>{m.claim.noActions}</p> : null}
      <div class="buttons">
        {actions.includes('assign') ? (
          <button type="button" onClick={() => run(async (c) => ok(await api.POST('/v1/claims/{id}/assign', { params: path(c), body: {} })))}>{m.claim.action.assign}</button>
        ) : null}
        {actions.includes('unassign') ? (
          <button type="button" onClick={() => run(async (c) => ok(await api.POST('/v1/claims/{id}/unassign', { params: path(c) })))}>{m.claim.action.unassign}</button>
        ) : null}
        {actions.includes('approve') && verdict ? (
          <button type="button" onClick={() => run(async (c) => ok(await api.POST('/v1/claims/{id}/verdicts/{verdictId}/approve', {
            params: { path: { id: c.id, verdictId: verdict.id }, header: ifMatch(c) }, body: {},
          })))}>{m.claim.action.approve}</button>
        ) : null}
      </div>
      {needsReason ? (
        <div class="reasoned">
          <label for="step-reason">{m.claim.reason}</label>
          <textarea id="step-reason" rows={2} value={reason} {...reasonError.fieldProps} onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          {reasonError.message}
          <div class="buttons">
            {actions.includes('reject') && verdict ? <button type="button" onClick={withReason('reject')}>{m.claim.action.reject}</button> : null}
            {actions.includes('dismiss') ? <button type="button" onClick={withReason('dismiss')}>{m.claim.action.dismiss}</button> : null}
            {actions.includes('reopen') ? <button type="button" onClick={withReason('reopen')}>{m.claim.action.reopen}</button> : null}
          </div>
        </div>
      ) : null}
      {actions.includes('propose_verdict') ? <ProposeVerdict view={view} run={run} i18n={i18n} error={error('propose')} /> : null}
    </section>
  );
}

function ProposeVerdict({ view, run, i18n, error }: { view: ClaimView; run: Run; i18n: I18n; error: unknown }) {
  const { m } = i18n;
  const [rating, setRating] = useState<Rating>('unverifiable');
  const [summary, setSummary] = useState('');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const sources = Object.values(view.sources);
  const submit = async (event: Event) => {
    event.preventDefault();
    const evidence = sources.filter((s) => picked[s.id]).map((s) => ({ sourceId: s.id, note: notes[s.id]?.trim() || s.publisher }));
    const done = await run(async (c) => ok(await api.POST('/v1/claims/{id}/verdicts', { params: { path: { id: c.id }, header: ifMatch(c) }, body: { rating, summary, evidence } })), 'propose');
    if (done) setSummary('');
  };
  const summaryError = fieldErrorProps(error, 'summary', 'verdict-summary');
  const evidenceError = fieldErrorProps(error, 'evidence', 'verdict-evidence');
  return (
    <form class="propose" onSubmit={submit} aria-labelledby="propose-title">
      <h3 id="propose-title">{m.claim.action.propose_verdict}</h3>
      <label for="verdict-rating">{m.claim.rating}</label>
      <select id="verdict-rating" value={rating} onChange={(e) => setRating((e.currentTarget as HTMLSelectElement).value as Rating)}>
        {RATINGS.map((r) => <option key={r} value={r}>{m.ratings[r]}</option>)}
      </select>
      <label for="verdict-summary">{m.claim.summary}</label>
      <textarea id="verdict-summary" rows={3} required value={summary} {...summaryError.fieldProps} onInput={(e) => setSummary((e.currentTarget as HTMLTextAreaElement).value)} />
      {summaryError.message}
      <fieldset {...evidenceError.fieldProps}>
        <legend>{m.claim.evidence}</legend>
        {evidenceError.message}
        {sources.map((source) => (
          <div key={source.id} class="evidence-pick">
            <label class="check">
              <input type="checkbox" checked={!!picked[source.id]} onChange={(e) => setPicked({ ...picked, [source.id]: (e.currentTarget as HTMLInputElement).checked })} />
              {m.claim.addEvidence}: {source.publisher}{source.title ? ` — ${source.title}` : ''}
            </label>
            {picked[source.id] ? (
              <label>
                {m.claim.evidenceNote}
                <input type="text" value={notes[source.id] ?? ''} onInput={(e) => setNotes({ ...notes, [source.id]: (e.currentTarget as HTMLInputElement).value })} />
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <button type="submit">{m.claim.propose}</button>
    </form>
  );
}

/** The quote shown inside its source's text, with some text on either side. */
function Citations({ view, i18n }: { view: ClaimView; i18n: I18n }) {
  const { m } = i18n;
  const { claim, sources } = view;
  return (
    <section aria-labelledby="citations-title" class="panel">
      <h2 id="citations-title">{m.claim.citations}</h2>
      {!claim.citations.length ? <p>{m.claim.noCitations}</p> : null}
      {claim.citations.map((citation, index) => {
        const source = sources[citation.sourceId];
        return (
          <figure key={index} class="citation">
            <figcaption>{m.claim.source}: {source?.publisher ?? citation.sourceId}{source?.title ? ` — ${source.title}` : ''} · {i18n.date(source?.publishedAt)}</figcaption>
            {source && citation.start !== null && citation.end !== null ? (
              <blockquote lang={source.language}>
                …{source.text.slice(Math.max(0, citation.start - 160), citation.start)}
                <mark>{source.text.slice(citation.start, citation.end)}</mark>
                {source.text.slice(citation.end, citation.end + 160)}…
              </blockquote>
            ) : <blockquote>{citation.quote}</blockquote>}
          </figure>
        );
      })}
    </section>
  );
}

function Relations({ view, i18n }: { view: ClaimView; i18n: I18n }) {
  const { m } = i18n;
  const { incoming, outgoing } = view.relations;
  const list = (items: Schemas['RelatedClaim'][], id: string) => (
    <ul class="relations" id={id}>
      {items.map(({ relation, claim }) => (
        <li key={`${relation}-${claim.id}`}>
          <span class={`relation relation-${relation}`}>{m.claim.relation[relation]}</span>{' '}
          <a href={`${BASE}/claims/${claim.id}`}>{claim.text}</a> <span class="meta">— {claim.claimant.name}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="relations-title" class="panel">
      <h2 id="relations-title">{m.claim.relations}</h2>
      {!incoming.length && !outgoing.length ? <p>{m.claim.noRelations}</p> : null}
      {incoming.length ? <><h3>{m.claim.incoming}</h3>{list(incoming, 'incoming')}</> : null}
      {outgoing.length ? <><h3>{m.claim.outgoing}</h3>{list(outgoing, 'outgoing')}</> : null}
    </section>
  );
}

function Flags({ view, run, i18n, error }: { view: ClaimView; run: Run; i18n: I18n; error: FormError }) {
  const { m } = i18n;
  return (
    <section aria-labelledby="flags-title" class="panel">
      <h2 id="flags-title">{m.claim.flags}</h2>
      {!view.flags.length ? <p>{m.claim.noFlags}</p> : null}
      <ul class="flags">
        {view.flags.map((flag) => (
          <li key={flag.id} class={`flag flag-${flag.status} severity-${flag.severity}`}>
            <p><strong>{flag.type}</strong> · {flag.severity} · {m.claim.flagStatus[flag.status]}</p>
            <p class="explanation">{flag.explanation}</p>
            <p class="meta">
              {flag.claimIds.filter((other) => other !== view.claim.id).map((other) => <a key={other} href={`${BASE}/claims/${other}`}>{other}</a>)}
            </p>
            {flag.measure ? (
              <p><a href={figuresUrl({ measure: flag.measure, subject: flag.subject, unit: flag.quantities[0]?.unit ?? 'count' })}>{m.figures.ofFlag}</a></p>
            ) : null}
            {flag.note ? <p class="meta">{m.claim.note}: {flag.note}</p> : null}
            {flag.status === 'open' ? <ResolveFlag flag={flag} run={run} i18n={i18n} error={error(`flag-${flag.id}`)} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResolveFlag({ flag, run, i18n, error }: { flag: Schemas['FlagResponse']; run: Run; i18n: I18n; error: unknown }) {
  const { m } = i18n;
  const [resolution, setResolution] = useState<'confirmed' | 'dismissed'>('confirmed');
  const [note, setNote] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => ok(await api.POST('/v1/flags/{id}/resolve', { params: { path: { id: flag.id } }, body: { resolution, note } })), `flag-${flag.id}`);
  };
  const noteError = fieldErrorProps(error, 'note', `flag-note-${flag.id}`);
  return (
    <form class="resolve" onSubmit={submit}>
      <fieldset>
        <legend>{m.claim.resolution}</legend>
        {(['confirmed', 'dismissed'] as const).map((value) => (
          <label key={value} class="check">
            <input type="radio" name={`resolution-${flag.id}`} value={value} checked={resolution === value} onChange={() => setResolution(value)} />
            {m.claim[value]}
          </label>
        ))}
      </fieldset>
      <label>
        {m.claim.note}
        <input type="text" required value={note} {...noteError.fieldProps} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
        {noteError.message}
      </label>
      <button type="submit">{m.claim.resolve}</button>
    </form>
  );
}

function Corroboration({ view, run, i18n }: { view: ClaimView; run: Run; i18n: I18n }) {
  const { m, fill } = i18n;
  const { report, sources } = view;
  const [queued, setQueued] = useState(false);
  // copies of one story are one origin: evidence is grouped by origin, so copies show together
  const byOrigin = new Map<string, Schemas['EvidenceResponse'][]>();
  for (const item of report.evidence) byOrigin.set(item.originId, [...(byOrigin.get(item.originId) ?? []), item]);
  return (
    <section aria-labelledby="corroboration-title" class="panel">
      <h2 id="corroboration-title">{m.claim.corroboration}</h2>
      <p>
        <span class={`corroboration corroboration-${report.status}`}>{m.corroboration[report.status]}</span> ·{' '}
        {fill(m.claim.independentOrigins, { n: report.independentOrigins })} ·{' '}
        {report.checkedAt ? fill(m.claim.checkedAt, { date: i18n.dateTime(report.checkedAt) }) : m.claim.neverChecked}
      </p>
      <button type="button" onClick={async () => {
        if (await run(async (c) => ok(await api.POST('/v1/claims/{id}/corroboration-checks', { params: { path: { id: c.id } } })))) setQueued(true);
      }}>{m.claim.checkAgain}</button>
      {queued ? <p role="status">{m.claim.checkQueued}</p> : null}
      {!report.evidence.length ? <p>{m.claim.noEvidence}</p> : null}
      {[...byOrigin.entries()].map(([origin, items]) => {
        const copies = new Set(items.map((item) => item.sourceId)).size;
        return (
          <div key={origin} class="origin-group">
            {copies > 1 ? <p class="meta">{fill(m.claim.copies, { n: copies })}</p> : null}
            <ul class="origin">
              {items.map((item, index) => (
                <li key={`${item.sourceId}-${index}`} class={`evidence stance-${item.stance}`}>
                  <span class="stance">{m.claim.stance[item.stance]}</span> <strong>{item.publisher}</strong>
                  {sources[item.sourceId]?.title ? ` — ${sources[item.sourceId].title}` : ''}
                  <blockquote lang={sources[item.sourceId]?.language}>{item.snippet}</blockquote>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** What a person wrote with a step (a reason, a note), or the rating proposed: the timeline shows it. */
function historyNote(entry: Schemas['HistoryEntryResponse']): string | null {
  for (const key of ['reason', 'note', 'rating'] as const) {
    const value = entry.data[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

function History({ view, i18n }: { view: ClaimView; i18n: I18n }) {
  const { m } = i18n;
  return (
    <section aria-labelledby="history-title" class="panel">
      <h2 id="history-title">{m.claim.history}</h2>
      <ol class="timeline">
        {view.history.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.at}>{i18n.dateTime(entry.at)}</time> · <strong>{entry.action}</strong>
            {entry.from || entry.to ? ` ${entry.from ? m.status[entry.from as Claim['status']] ?? entry.from : '—'} → ${entry.to ? m.status[entry.to as Claim['status']] ?? entry.to : '—'}` : ''}
            {entry.actor ? ` · ${entry.actor.name}` : ''}
            {historyNote(entry) ? <q class="meta">{historyNote(entry)}</q> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
