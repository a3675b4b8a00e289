import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { adoptSession, api, whenSessionEnds, type Session } from './api/client.js';
import { I18nContext, i18nFor, initialLanguage, LANGUAGES, rememberLanguage, useI18n, type Language } from './i18n/i18n.js';
import { SignInPage } from './pages/sign-in.js';
import { QueuePage } from './pages/queue.js';
import { startLive, stopLive, useLiveStatus } from './live.js';
import { roleAtLeast } from '../../src/auth/roles.js';
import { ProblemNotice } from './components/problem-notice.js';

export const BASE = '/console';

// The queue (the landing page) and the sign-in ship in the first script; every other page is its
// own chunk, fetched when it is first opened, so the queue is usable sooner on a cold load.
const ClaimPage = lazy(() => import('./pages/claim.js').then((m) => m.ClaimPage));
const SourcesPage = lazy(() => import('./pages/sources.js').then((m) => m.SourcesPage));
const SourcePage = lazy(() => import('./pages/source.js').then((m) => m.SourcePage));
const AdminUsersPage = lazy(() => import('./pages/admin-users.js').then((m) => m.AdminUsersPage));
const AdminWebhooksPage = lazy(() => import('./pages/admin-webhooks.js').then((m) => m.AdminWebhooksPage));
const AdminWebhookPage = lazy(() => import('./pages/admin-webhook.js').then((m) => m.AdminWebhookPage));
const ApprovalsPage = lazy(() => import('./pages/approvals.js').then((m) => m.ApprovalsPage));
const FiguresPage = lazy(() => import('./pages/figures.js').then((m) => m.FiguresPage));

type SessionState =
  | { kind: 'loading' }
  | { kind: 'unreachable'; error: unknown }
  | { kind: 'signed-out'; ended: boolean }
  | { kind: 'signed-in'; session: Session };

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => i18nFor(language), [language]);
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  const adopt = useCallback((next: SessionState) => {
    adoptSession(next.kind === 'signed-in' ? next.session : null);
    setState(next);
  }, []);

  useEffect(() => {
    rememberLanguage(language);
  }, [language]);

  // one live stream for the whole page session, while someone is signed in
  const signedIn = state.kind === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    startLive();
    return stopLive;
  }, [signedIn]);

  // a cookie from an earlier sign-in may still hold a live session; a service that cannot be
  // reached (restarting) is said so, with a retry, rather than shown as signed out
  const checkSession = useCallback(() => {
    setState({ kind: 'loading' });
    api.GET('/v1/session').then(
      ({ data, response }) => {
        if (data) adopt({ kind: 'signed-in', session: data });
        else if (response.status >= 502) setState({ kind: 'unreachable', error: new TypeError(`HTTP ${response.status}`) });
        else adopt({ kind: 'signed-out', ended: false });
      },
      (error) => setState({ kind: 'unreachable', error }),
    );
  }, [adopt]);

  useEffect(() => {
    whenSessionEnds(() => adopt({ kind: 'signed-out', ended: true }));
    checkSession();
  }, [adopt, checkSession]);

  const signOut = async () => {
    await api.DELETE('/v1/session');
    adopt({ kind: 'signed-out', ended: false });
  };

  return (
    <I18nContext.Provider value={i18n}>
      <LocationProvider>
        <a class="skip" href="#main">{i18n.m.skipToContent}</a>
        <header class="top">
          <a class="brand" href={`${BASE}/`}>{i18n.m.appName}</a>
          {state.kind === 'signed-in' ? <Nav session={state.session} onSignOut={signOut} /> : null}
          <LanguageSwitch language={language} onChange={setLanguage} />
        </header>
        <main id="main" tabIndex={-1}>
          {state.kind === 'loading' ? <p>{i18n.m.queue.loading}</p> : null}
          {state.kind === 'unreachable' ? <ProblemNotice error={state.error} onRetry={checkSession} /> : null}
          {state.kind === 'signed-out' ? (
            <SignInPage ended={state.ended} onSignedIn={(session) => adopt({ kind: 'signed-in', session })} />
          ) : null}
          {state.kind === 'signed-in' ? <Pages session={state.session} /> : null}
        </main>
      </LocationProvider>
    </I18nContext.Provider>
  );
}

function Pages({ session }: { session: Session }) {
  return (
    <Router>
      <Route path={`${BASE}/figures`} component={FiguresPage} />
      <Route path={`${BASE}/claims/:id`} component={({ id }: { id: string }) => <ClaimPage id={id} session={session} />} />
      <Route path={`${BASE}/sources`} component={SourcesPage} />
      <Route path={`${BASE}/sources/:id`} component={({ id }: { id: string }) => <SourcePage id={id} />} />
      <Route path={`${BASE}/admin/users`} component={AdminUsersPage} />
      <Route path={`${BASE}/admin/webhooks`} component={AdminWebhooksPage} />
      <Route path={`${BASE}/admin/webhooks/:id`} component={({ id }: { id: string }) => <AdminWebhookPage id={id} />} />
      <Route path={`${BASE}/approvals`} component={() => <ApprovalsPage session={session} />} />
      <Route default component={() => <QueuePage session={session} />} />
    </Router>
  );
}

function Nav({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const { m, fill } = useI18n();
  const { path } = useLocation();
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const section = under(`${BASE}/sources`) ? 'sources' : under(`${BASE}/admin/users`) ? 'users' : under(`${BASE}/admin/webhooks`) ? 'webhooks'
    : under(`${BASE}/approvals`) ? 'approvals' : under(`${BASE}/claims`) ? 'claim' : under(`${BASE}/figures`) ? 'figures' : 'queue';
  const current = (name: string) => (section === name ? 'page' : undefined);
  // only what this role may use; the API refuses the rest whatever the page shows
  const admin = roleAtLeast(session.user.role, 'admin');
  const editor = roleAtLeast(session.user.role, 'editor');
  return (
    <nav aria-label={m.nav.main}>
      <a href={`${BASE}/`} aria-current={current('queue')}>{m.nav.queue}</a>
      {editor ? <a href={`${BASE}/approvals`} aria-current={current('approvals')}>{m.nav.approvals}</a> : null}
      <a href={`${BASE}/sources`} aria-current={current('sources')}>{m.nav.sources}</a>
      <a href={`${BASE}/figures`} aria-current={current('figures')}>{m.nav.figures}</a>
      {admin ? <a href={`${BASE}/admin/users`} aria-current={current('users')}>{m.nav.users}</a> : null}
      {admin ? <a href={`${BASE}/admin/webhooks`} aria-current={current('webhooks')}>{m.nav.webhooks}</a> : null}
      <LiveIndicator />
      <span class="who">{fill(m.nav.signedInAs, { name: session.user.name, role: m.roles[session.user.role] })}</span>
      <button type="button" onClick={onSignOut}>{m.nav.signOut}</button>
    </nav>
  );
}

/** Whether the pages update by themselves right now. */
function LiveIndicator() {
  const { m } = useI18n();
  const status = useLiveStatus();
  return (
    <span class={`live live-${status}`} role="status" data-live={status}>
      <span class="live-dot" aria-hidden="true" />
      {m.live[status]}
    </span>
  );
}

function LanguageSwitch({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const { m } = useI18n();
  return (
    <label class="language">
      {m.nav.language}{' '}
      <select value={language} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Language)}>
        {(Object.keys(LANGUAGES) as Language[]).map((code) => (
          <option key={code} value={code} lang={code}>{LANGUAGES[code].name}</option>
        ))}
      </select>
    </label>
  );
}
