import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { adoptSession, api, whenSessionEnds, type Session } from './api/client.js';
import { I18nContext, i18nFor, initialLanguage, LANGUAGES, rememberLanguage, useI18n, type Language } from './i18n/i18n.js';
import { SignInPage } from './pages/sign-in.js';
import { QueuePage } from './pages/queue.js';
import { ClaimPage } from './pages/claim.js';
import { ApprovalsPage } from './pages/approvals.js';
import { ProblemNotice } from './components/problem-notice.js';

export const BASE = '/console';

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
      <Route path={`${BASE}/claims/:id`} component={({ id }: { id: string }) => <ClaimPage id={id} session={session} />} />
      <Route path={`${BASE}/approvals`} component={() => <ApprovalsPage session={session} />} />
      <Route default component={() => <QueuePage session={session} />} />
    </Router>
  );
}

function Nav({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const { m, fill } = useI18n();
  const { path } = useLocation();
  const onApprovals = path.startsWith(`${BASE}/approvals`);
  const onQueue = !path.startsWith(`${BASE}/claims/`) && !onApprovals;
  const editor = session.user.role !== 'fact_checker';
  return (
    <nav aria-label="main">
      <a href={`${BASE}/`} aria-current={onQueue ? 'page' : undefined}>{m.nav.queue}</a>
      {editor ? <a href={`${BASE}/approvals`} aria-current={onApprovals ? 'page' : undefined}>{m.nav.approvals}</a> : null}
      <span class="who">{fill(m.nav.signedInAs, { name: session.user.name, role: m.roles[session.user.role] })}</span>
      <button type="button" onClick={onSignOut}>{m.nav.signOut}</button>
    </nav>
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
