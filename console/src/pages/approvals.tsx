import { useEffect, useState } from 'preact/hooks';
import { api, ok, type Claim, type Session } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { ProblemNotice, fieldErrorProps } from '../components/problem-notice.js';
import { ClaimReviewViewer } from '../components/claim-review.js';

const BASE = '/console';
const RECENT = 10;

type Page = { items: Claim[]; nextCursor: string | null };

/** The waiting verdicts, oldest proposal first (the queue's statusChangedAt order), page by page. */
async function waiting(cursor?: string): Promise<Page> {
  return ok(await api.GET('/v1/claims', { params: { query: { status: 'verdict_proposed', sort: 'statusChangedAt', limit: 50, ...(cursor && { cursor }) } } }));
}

async function recentlyApproved(): Promise<Claim[]> {
  return ok(await api.GET('/v1/claims', { params: { query: { status: 'approved', sort: '-statusChangedAt', limit: RECENT } } })).items;
}

/** The editors' desk: approve a proposed verdict or send it back; four-eyes shown, not only enforced. */
export function ApprovalsPage({ session }: { session: Session }) {
  const i18n = useI18n();
  const { m } = i18n;
  const [page, setPage] = useState<Page | null>(null);
  const [recent, setRecent] = useState<Claim[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const mayApprove = session.user.role !== 'fact_checker';

  const load = async () => {
    setError(null);
    try {
      const [first, approved] = await Promise.all([waiting(), recentlyApproved()]);
      setPage(first);
      setRecent(approved);
    } catch (failure) {
      setError(failure);
    }
  };
  useEffect(() => {
    if (mayApprove) void load();
  }, [mayApprove]);

  const more = async () => {
    if (!page?.nextCursor) return;
    try {
      const next = await waiting(page.nextCursor);
      setPage({ items: [...page.items, ...next.items], nextCursor: next.nextCursor });
    } catch (failure) {
      setError(failure);
    }
  };
  const decided = async (message: string) => {
    setNotice(message);
    await load();
  };

  return (
    <section class="approvals" aria-labelledby="approvals-title">
      <h1 id="approvals-title">{m.approvals.title}</h1>
      {!mayApprove ? <p class="notice">{m.approvals.editorsOnly}</p> : (
        <>
          <p class="hint">{m.approvals.intro}</p>
          {notice ? <p class="notice" role="status">{notice}</p> : null}
          <ProblemNotice error={error} onRetry={load} />
          {page === null && !error ? <p>{m.queue.loading}</p> : null}
          {page && !page.items.length ? <p>{m.approvals.empty}</p> : null}
          {page?.items.length ? (
            <ol class="approvals-list">
              {page.items.map((claim) => (
                <Approval key={claim.id} claim={claim} me={session.user.id} i18n={i18n} onDecided={decided} onReload={load} />
              ))}
            </ol>
          ) : null}
          {page?.nextCursor ? <button type="button" onClick={more}>{m.approvals.more}</button> : null}
          <Recent claims={recent} i18n={i18n} />
        </>
      )}
    </section>
  );
}

function Approval({ claim, me, i18n, onDecided, onReload }: {
  claim: Claim; me: string; i18n: I18n; onDecided: (message: string) => Promise<void>; onReload: () => Promise<void>;
}) {
  const { m, fill } = i18n;
  const verdict = claim.verdict!;
  const own = verdict.author.id === me;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reasonId = `reason-${claim.id}`;
  const reasonError = fieldErrorProps(error, 'reason', reasonId);
  const params = { path: { id: claim.id, verdictId: verdict.id }, header: { 'If-Match': `"${claim.version}"` } };

  const decide = async (step: 'approve' | 'reject') => {
    setError(null);
    try {
      if (step === 'approve') {
        ok(await api.POST('/v1/claims/{id}/verdicts/{verdictId}/approve', { params, body: {} }));
        await onDecided(fill(m.approvals.approved, { text: claim.text }));
      } else {
        ok(await api.POST('/v1/claims/{id}/verdicts/{verdictId}/reject', { params, body: { reason } }));
        await onDecided(fill(m.approvals.sentBack, { text: claim.text }));
      }
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <li class={`approval panel${own ? ' own' : ''}`} data-claim-id={claim.id}>
      <h2 id={`approval-${claim.id}`} class="approval-claim"><a href={`${BASE}/claims/${claim.id}`}>{claim.text}</a></h2>
      <p class="meta">{claim.claimant.name}{claim.claimant.affiliation ? `, ${claim.claimant.affiliation}` : ''} · {i18n.date(claim.claimedAt)}</p>
      <p>
        <strong class={`rating rating-${verdict.rating}`}>{m.ratings[verdict.rating]}</strong> — {verdict.summary}
      </p>
      {verdict.evidence.length ? (
        <ul class="evidence-given" aria-label={m.claim.verdictEvidence}>
          {verdict.evidence.map((item, index) => (
            <li key={index}>{item.note}{item.url ? <> · <a href={item.url} rel="noopener noreferrer">{item.url}</a></> : null}</li>
          ))}
        </ul>
      ) : null}
      <p class="meta">{fill(m.approvals.proposedBy, { name: verdict.author.name, date: i18n.dateTime(verdict.createdAt) })}</p>
      <ProblemNotice error={error} onReload={() => { setError(null); void onReload(); }} onRetry={() => setError(null)} />
      {own ? <p class="own-verdict">{m.approvals.own}</p> : (
        <div class="decide">
          <div class="buttons">
            <button type="button" onClick={() => decide('approve')}>{m.approvals.approve}</button>
          </div>
          <label for={reasonId}>{m.approvals.reason}</label>
          <textarea id={reasonId} rows={2} value={reason} {...reasonError.fieldProps}
            onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          {reasonError.message}
          <div class="buttons">
            <button type="button" onClick={() => decide('reject')}>{m.approvals.sendBack}</button>
          </div>
        </div>
      )}
    </li>
  );
}

function Recent({ claims, i18n }: { claims: Claim[] | null; i18n: I18n }) {
  const { m } = i18n;
  const [shown, setShown] = useState<string | null>(null);
  if (claims === null) return null;
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{m.approvals.recent}</h2>
      {!claims.length ? <p>{m.approvals.noneApproved}</p> : null}
      <ul class="recent-list">
        {claims.map((claim) => (
          <li key={claim.id} data-claim-id={claim.id}>
            <a href={`${BASE}/claims/${claim.id}`}>{claim.text}</a>{' '}
            {claim.verdict ? <strong class={`rating rating-${claim.verdict.rating}`}>{m.ratings[claim.verdict.rating]}</strong> : null}{' '}
            <button type="button" aria-expanded={shown === claim.id} onClick={() => setShown(shown === claim.id ? null : claim.id)}>
              {shown === claim.id ? m.approvals.hideClaimReview : m.approvals.showClaimReview}
            </button>
            {shown === claim.id ? <ClaimReviewViewer claimId={claim.id} headingLevel={3} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
