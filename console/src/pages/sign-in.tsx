import { useState } from 'preact/hooks';
import { api, ok, type Session } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ProblemNotice } from '../components/problem-notice.js';

/** The key is sent once, in the body of POST /v1/session; it is never written to any storage. */
export function SignInPage({ ended, onSignedIn }: { ended: boolean; onSignedIn: (session: Session) => void }) {
  const { m } = useI18n();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = ok(await api.POST('/v1/session', { body: { apiKey: key.trim() } }));
      setKey('');
      onSignedIn(session);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sign-in">
      <h1>{m.signIn.title}</h1>
      {ended ? <p class="notice" role="status">{m.signIn.ended}</p> : null}
      <p>{m.signIn.intro}</p>
      <form onSubmit={submit}>
        <label for="api-key">{m.signIn.key}</label>
        <input id="api-key" name="apiKey" type="password" autoComplete="off" spellcheck={false} required value={key}
          onInput={(event) => setKey((event.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>{busy ? m.signIn.working : m.signIn.submit}</button>
      </form>
      <ProblemNotice error={error} />
    </section>
  );
}
