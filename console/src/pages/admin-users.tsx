import { useState } from 'preact/hooks';
import { useAllPages } from '../api/all-pages.js';
import { api, ApiProblem, ok, type Schemas } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Field, invalidProps, ProblemNotice } from '../components/problem-notice.js';
import { ShownOnce } from '../components/shown-once.js';
import { ListTable } from '../components/list-table.js';
import { AdminNav, AdminProblem } from '../components/admin-nav.js';
import { ROLES, type Role } from '../../../src/auth/roles.js';

type User = Schemas['UserListItem'];

/** What the page is in the middle of: a key to show once, or a revocation to confirm. */
type Step =
  | { kind: 'none' }
  | { kind: 'created'; name: string; apiKey: string }
  | { kind: 'rotated'; user: User; key: Schemas['ApiKeyResponse']; shown: boolean }
  | { kind: 'confirm-revoke'; user: User };

/** Users and their API keys: create (the key shown once), rotate, revoke. */
export function AdminUsersPage() {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'none' });
  const [reload, setReload] = useState(0);

  const users = useAllPages<User>(
    async (cursor) => ok(await api.GET('/v1/users', { params: { query: { limit: 200, ...(cursor && { cursor }) } } })),
    reload, setError,
  );

  const act = async (action: () => Promise<void>) => {
    setError(null);
    setNotice('');
    try {
      await action();
    } catch (failure) {
      setError(failure);
    }
    setReload((n) => n + 1);
  };
  const issue = (user: User) => act(async () => {
    const key = ok(await api.POST('/v1/users/{id}/api-keys', { params: { path: { id: user.id } } }));
    setStep({ kind: 'rotated', user, key, shown: true });
  });
  const revoke = (user: User, except?: string) => act(async () => {
    const result = ok(await api.DELETE('/v1/users/{id}/api-keys', { params: { path: { id: user.id }, query: except ? { except } : {} } }));
    setStep({ kind: 'none' });
    setNotice(fill(m.users.revoked, { n: i18n.number(result.revoked), name: user.name }));
  });

  if (users === null && error instanceof ApiProblem && error.status === 403) return <><AdminNav /><AdminProblem error={error} /></>;
  return (
    <section>
      <AdminNav />
      <h1>{m.users.title}</h1>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <AdminProblem error={error} />
      {step.kind === 'created' ? (
        <ShownOnce title={fill(m.users.keyFor, { name: step.name })} value={step.apiKey} onDone={() => setStep({ kind: 'none' })} />
      ) : null}
      {step.kind === 'rotated' ? (
        <div class="rotation">
          {step.shown ? (
            <ShownOnce title={fill(m.users.newKeyFor, { name: step.user.name })} value={step.key.apiKey} onDone={() => setStep({ ...step, shown: false })} />
          ) : null}
          <div class="panel confirm" role="group" aria-labelledby="rotate-title">
            <h2 id="rotate-title">{fill(m.users.rotateTitle, { name: step.user.name })}</h2>
            <p>{m.users.rotateExplain}</p>
            <div class="buttons">
              <button type="button" onClick={() => revoke(step.user, step.key.keyId)}>{m.users.revokeOthers}</button>
              <button type="button" onClick={() => setStep({ kind: 'none' })}>{m.users.keepBoth}</button>
            </div>
          </div>
        </div>
      ) : null}
      {step.kind === 'confirm-revoke' ? (
        <div class="panel confirm" role="group" aria-labelledby="revoke-title">
          <h2 id="revoke-title">{fill(m.users.revokeTitle, { name: step.user.name })}</h2>
          <p>{m.users.revokeExplain}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => revoke(step.user)}>{m.users.revokeConfirm}</button>
            <button type="button" onClick={() => setStep({ kind: 'none' })}>{m.users.cancel}</button>
          </div>
        </div>
      ) : null}
      {users === null && !error ? <p>{m.queue.loading}</p> : null}
      {users?.length ? (
        <ListTable class="users" caption={m.users.rows} columns={[
          m.users.name,
          m.users.role,
          m.users.created,
          m.users.activeKeys,
          m.users.actions,
        ]}>
          {users.map((user) => (
            <tr key={user.id} data-user-id={user.id}>
              <td>{user.name}</td>
              <td>{m.roles[user.role]}</td>
              <td>{i18n.date(user.createdAt)}</td>
              <td class="number">{i18n.number(user.activeKeys)}</td>
              <td>
                <div class="buttons">
                  <button type="button" onClick={() => issue(user)} aria-label={fill(m.users.rotateFor, { name: user.name })}>{m.users.rotate}</button>
                  <button type="button" class="danger" disabled={user.activeKeys === 0} onClick={() => setStep({ kind: 'confirm-revoke', user })}
                    aria-label={fill(m.users.revokeFor, { name: user.name })}>{m.users.revoke}</button>
                </div>
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      <CreateUser onCreated={(name, apiKey) => {
        setNotice('');
        setStep({ kind: 'created', name, apiKey });
        setReload((n) => n + 1);
      }} />
    </section>
  );
}

function CreateUser({ onCreated }: { onCreated: (name: string, apiKey: string) => void }) {
  const { m } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('fact_checker');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = ok(await api.POST('/v1/users', { body: { name: name.trim(), role } }));
      setName('');
      onCreated(created.name, created.apiKey);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel create-user" onSubmit={submit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{m.users.create}</h2>
      <div class="row">
        <Field id="user-name" label={m.users.name} error={error} field="name" wide>
          <input id="user-name" type="text" required value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            {...invalidProps(error, 'name', 'user-name-error')} />
        </Field>
        <Field id="user-role" label={m.users.role} error={error} field="role">
          <select id="user-role" value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as Role)} {...invalidProps(error, 'role', 'user-role-error')}>
            {ROLES.map((r) => <option key={r} value={r}>{m.roles[r]}</option>)}
          </select>
        </Field>
        <div class="buttons">
          <button type="submit" disabled={busy}>{m.users.createSubmit}</button>
        </div>
      </div>
      <ProblemNotice error={error} fieldsNearby={['name', 'role']} />
    </form>
  );
}
