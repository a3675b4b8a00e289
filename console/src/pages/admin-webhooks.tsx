import { useState } from 'preact/hooks';
import { useAllPages } from '../api/all-pages.js';
import { api, ApiProblem, ok, type Schemas } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { Field, FieldError, invalidProps, ProblemNotice } from '../components/problem-notice.js';
import { ShownOnce } from '../components/shown-once.js';
import { ListTable } from '../components/list-table.js';
import { AdminNav, AdminProblem } from '../components/admin-nav.js';

const BASE = '/console';
type Webhook = Schemas['WebhookResponse'];
export type EventFilter = Schemas['CreateWebhookDto']['events'][number];

/**
 * The event types a subscription may ask for, in the order shown. Typed against the API's own
 * list (the event types union, through the OpenAPI document): a type added there and not here
 * fails the type check.
 */
const EVENT_ORDER = {
  'claim.created': 1, 'claim.updated': 2, 'claim.status_changed': 3, 'claim.assigned': 4, 'claim.linked': 5,
  'verdict.proposed': 6, 'verdict.approved': 7, 'verdict.rejected': 8, 'flag.raised': 9, 'flag.resolved': 10,
  'corroboration.completed': 11, 'consistency.completed': 12, 'source.ingested': 13, 'source.extracted': 14,
  ping: 15, 'webhook.disabled': 16,
} satisfies Record<Exclude<EventFilter, '*'>, number>;
export const EVENT_TYPES = Object.keys(EVENT_ORDER) as Array<Exclude<EventFilter, '*'>>;

/** Webhook subscriptions: the list, and a form to add one (its secret shown once). */
export function AdminWebhooksPage() {
  const i18n = useI18n();
  const { m } = i18n;
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Schemas['WebhookWithSecretResponse'] | null>(null);
  const [reload, setReload] = useState(0);

  const hooks = useAllPages<Webhook>(
    async (cursor) => ok(await api.GET('/v1/webhooks', { params: { query: { limit: 200, ...(cursor && { cursor }) } } })),
    reload, setError,
  );

  if (hooks === null && error instanceof ApiProblem && error.status === 403) return <><AdminNav /><AdminProblem error={error} /></>;
  return (
    <section>
      <AdminNav />
      <h1>{m.webhooks.title}</h1>
      <AdminProblem error={error} />
      {created ? (
        <>
          <ShownOnce title={m.webhooks.secretFor} value={created.secret} onDone={() => setCreated(null)} />
          <p class="notice" role="status">{m.webhooks.created} <a href={`${BASE}/admin/webhooks/${created.id}`}>{created.url}</a></p>
        </>
      ) : null}
      {hooks === null && !error ? <p>{m.queue.loading}</p> : null}
      {hooks && !hooks.length ? <p class="empty">{m.webhooks.empty}</p> : null}
      {hooks?.length ? (
        <ListTable class="webhooks" caption={m.webhooks.rows} columns={[
          m.webhooks.url,
          m.webhooks.events,
          m.webhooks.state,
          m.webhooks.lastSuccess,
        ]}>
          {hooks.map((hook) => (
            <tr key={hook.id} data-webhook-id={hook.id}>
              <td>
                <a href={`${BASE}/admin/webhooks/${hook.id}`}>{hook.url}</a>
                {hook.description ? <div class="meta">{hook.description}</div> : null}
              </td>
              <td>{eventsText(hook.events, i18n)}</td>
              <td><WebhookState hook={hook} i18n={i18n} /></td>
              <td>{i18n.dateTime(hook.lastSuccessAt)}</td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      <CreateWebhook onCreated={(hook) => {
        setCreated(hook);
        setReload((n) => n + 1);
      }} />
    </section>
  );
}

export const eventsText = (events: string[], i18n: I18n) => (events.includes('*') ? i18n.m.webhooks.allEvents : events.join(', '));

export function WebhookState({ hook, i18n }: { hook: Webhook; i18n: I18n }) {
  const { m, fill } = i18n;
  if (!hook.enabled) return <span class="state state-disabled">{m.webhooks.disabled}{hook.disabledReason ? ` — ${hook.disabledReason}` : ''}</span>;
  if (hook.failingSince) return <span class="state state-failing">{fill(m.webhooks.failingSince, { date: i18n.dateTime(hook.failingSince) })}</span>;
  return <span class="state state-enabled">{m.webhooks.enabled}</span>;
}

function CreateWebhook({ onCreated }: { onCreated: (hook: Schemas['WebhookWithSecretResponse']) => void }) {
  const { m } = useI18n();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [all, setAll] = useState(true);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const events = (all ? ['*'] : EVENT_TYPES.filter((type) => picked.has(type))) as EventFilter[];
      const hook = ok(await api.POST('/v1/webhooks', { body: { url: url.trim(), events, enabled: true, ...(description.trim() && { description: description.trim() }) } }));
      setUrl('');
      setDescription('');
      onCreated(hook);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel create-webhook" onSubmit={submit} aria-labelledby="create-webhook-title">
      <h2 id="create-webhook-title">{m.webhooks.create}</h2>
      <div class="row">
        <Field id="webhook-url" label={m.webhooks.url} error={error} field="url" wide>
          <input id="webhook-url" type="text" inputMode="url" required value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
            {...invalidProps(error, 'url', 'webhook-url-error')} />
        </Field>
        <Field id="webhook-description" label={m.webhooks.description} error={error} field="description" wide>
          <input id="webhook-description" type="text" value={description} onInput={(e) => setDescription((e.currentTarget as HTMLInputElement).value)}
            {...invalidProps(error, 'description', 'webhook-description-error')} />
        </Field>
      </div>
      <fieldset aria-describedby={invalidProps(error, 'events', 'webhook-events-error')['aria-describedby']}>
        <legend>{m.webhooks.events}</legend>
        <label class="check">
          <input type="checkbox" checked={all} onChange={(e) => setAll((e.currentTarget as HTMLInputElement).checked)} />
          {m.webhooks.allEvents}
        </label>
        {!all ? (
          <div class="event-picks">
            {EVENT_TYPES.map((type) => (
              <label key={type} class="check">
                <input type="checkbox" checked={picked.has(type)} onChange={(e) => {
                  const next = new Set(picked);
                  if ((e.currentTarget as HTMLInputElement).checked) next.add(type);
                  else next.delete(type);
                  setPicked(next);
                }} />
                <code>{type}</code>
              </label>
            ))}
          </div>
        ) : null}
        <FieldError error={error} field="events" id="webhook-events-error" />
      </fieldset>
      <ProblemNotice error={error} fieldsNearby={['url', 'description', 'events']} />
      <div class="buttons">
        <button type="submit" disabled={busy}>{m.webhooks.createSubmit}</button>
      </div>
    </form>
  );
}
