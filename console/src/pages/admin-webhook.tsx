import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ApiProblem, ok, type Schemas } from '../api/client.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { ShownOnce } from '../components/shown-once.js';
import { AdminNav, AdminProblem } from '../components/admin-nav.js';
import { ListTable } from '../components/list-table.js';
import { eventsText, WebhookState } from './admin-webhooks.js';

const BASE = '/console';
/** The delivery log is read again this often: attempts go out in the background. */
const DELIVERIES_POLL_MS = 2000;
type Delivery = Schemas['DeliveryResponse'];
type DeliveryStatus = Delivery['status'];
const STATUSES: DeliveryStatus[] = ['pending', 'delivered', 'failed'];

/** One subscription: its state, ping, secret rotation, enable/disable, delete, and its delivery log with redeliver. */
export function AdminWebhookPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const location = useLocation();
  const [hook, setHook] = useState<Schemas['WebhookResponse'] | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [status, setStatus] = useState<'' | DeliveryStatus>('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([
      api.GET('/v1/webhooks/{id}', { params: { path: { id } } }).then(ok),
      api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 100, ...(status && { status }) } } }).then(ok),
    ]).then(
      ([nextHook, page]) => {
        if (!current) return;
        setHook(nextHook);
        setDeliveries(page.items);
      },
      (failure) => current && setError(failure),
    );
    const timer = setTimeout(() => setTick((n) => n + 1), DELIVERIES_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [id, status, tick]);

  const act = async (action: () => Promise<string>) => {
    setError(null);
    setNotice('');
    try {
      setNotice(await action());
    } catch (failure) {
      setError(failure);
    }
    setTick((n) => n + 1);
  };
  const path = { params: { path: { id } } };
  const ping = () => act(async () => {
    ok(await api.POST('/v1/webhooks/{id}/ping', path));
    return m.webhook.pinged;
  });
  const rotate = () => act(async () => {
    const rotated = ok(await api.POST('/v1/webhooks/{id}/rotate-secret', path));
    setSecret(rotated.secret);
    return fill(m.webhook.rotated, { date: i18n.dateTime(rotated.previousSecretValidUntil) });
  });
  const setEnabled = (enabled: boolean) => act(async () => {
    ok(await api.PATCH('/v1/webhooks/{id}', { ...path, body: { enabled } }));
    return enabled ? m.webhook.enabledNow : m.webhook.disabledNow;
  });
  const redeliver = (delivery: Delivery) => act(async () => {
    ok(await api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId: delivery.id } } }));
    return fill(m.webhook.redelivered, { type: delivery.eventType });
  });
  const remove = async () => {
    setError(null);
    try {
      ok(await api.DELETE('/v1/webhooks/{id}', path));
      location.route(`${BASE}/admin/webhooks`);
    } catch (failure) {
      setError(failure);
    }
  };

  if (!hook) {
    if (error instanceof ApiProblem && error.status === 404) return <><AdminNav /><p class="notice error" role="alert">{m.webhook.notFound}</p></>;
    return <><AdminNav />{error ? <AdminProblem error={error} /> : <p>{m.queue.loading}</p>}</>;
  }
  return (
    <article class="webhook" aria-labelledby="webhook-title">
      <AdminNav />
      <p><a href={`${BASE}/admin/webhooks`}>{m.webhook.back}</a></p>
      <h1 id="webhook-title" class="url-title">{hook.url}</h1>
      <dl class="facts">
        <dt>{m.webhooks.state}</dt>
        <dd data-enabled={String(hook.enabled)}><WebhookState hook={hook} i18n={i18n} /></dd>
        <dt>{m.webhooks.events}</dt>
        <dd>{eventsText(hook.events, i18n)}</dd>
        <dt>{m.webhooks.description}</dt>
        <dd>{hook.description ?? '—'}</dd>
        <dt>{m.webhooks.lastSuccess}</dt>
        <dd>{i18n.dateTime(hook.lastSuccessAt)}</dd>
        <dt>{m.webhook.previousSecret}</dt>
        <dd>{hook.previousSecretValidUntil ? fill(m.webhook.previousUntil, { date: i18n.dateTime(hook.previousSecretValidUntil) }) : '—'}</dd>
        <dt>{m.webhook.createdAt}</dt>
        <dd>{i18n.dateTime(hook.createdAt)}</dd>
      </dl>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <AdminProblem error={error} />
      {secret ? <ShownOnce title={m.webhook.newSecret} value={secret} onDone={() => setSecret(null)} /> : null}
      <section class="panel" aria-labelledby="webhook-actions-title">
        <h2 id="webhook-actions-title">{m.webhook.actions}</h2>
        <div class="buttons">
          <button type="button" onClick={ping} disabled={!hook.enabled}>{m.webhook.ping}</button>
          <button type="button" onClick={rotate}>{m.webhook.rotate}</button>
          {hook.enabled
            ? <button type="button" onClick={() => setEnabled(false)}>{m.webhook.disable}</button>
            : <button type="button" onClick={() => setEnabled(true)}>{m.webhook.enable}</button>}
          <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>{m.webhook.delete}</button>
        </div>
        {!hook.enabled ? <p class="hint">{m.webhook.disabledHint}</p> : null}
        {confirmDelete ? (
          <div class="confirm" role="group" aria-labelledby="delete-title">
            <h3 id="delete-title">{m.webhook.deleteTitle}</h3>
            <p>{m.webhook.deleteExplain}</p>
            <div class="buttons">
              <button type="button" class="danger" onClick={remove}>{m.webhook.deleteConfirm}</button>
              <button type="button" onClick={() => setConfirmDelete(false)}>{m.users.cancel}</button>
            </div>
          </div>
        ) : null}
      </section>
      <section class="panel" aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">{m.webhook.deliveries}</h2>
        <p class="hint">{m.webhook.deliveriesHint}</p>
        <label class="inline">
          {m.webhook.statusFilter}{' '}
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as '' | DeliveryStatus)}>
            <option value="">{m.queue.statusAll}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{m.webhook.status[s]}</option>)}
          </select>
        </label>
        {deliveries && !deliveries.length ? <p class="empty">{m.webhook.noDeliveries}</p> : null}
        {deliveries?.length ? <Deliveries deliveries={deliveries} i18n={i18n} canRedeliver={hook.enabled} onRedeliver={redeliver} /> : null}
      </section>
    </article>
  );
}

function Deliveries({ deliveries, i18n, canRedeliver, onRedeliver }: {
  deliveries: Delivery[]; i18n: I18n; canRedeliver: boolean; onRedeliver: (delivery: Delivery) => void;
}) {
  const { m, fill } = i18n;
  return (
    <ListTable class="deliveries" caption={m.webhook.deliveriesCaption} columns={[
      m.webhook.col.at,
      m.webhook.col.event,
      m.webhook.col.attempt,
      m.webhook.col.status,
      m.webhook.col.answer,
      m.webhook.col.next,
      <span class="visually-hidden">{m.webhook.col.actions}</span>,
    ]}>
      {deliveries.map((delivery) => (
        <tr key={delivery.id} data-delivery-id={delivery.id} data-status={delivery.status} class={`delivery-${delivery.status}`}>
          <td>{i18n.dateTime(delivery.attemptedAt)}</td>
          <td><code>{delivery.eventType}</code><div class="meta">{delivery.eventId}</div></td>
          <td class="number">{i18n.number(delivery.attempt)}</td>
          <td><span class={`delivery-status status-${delivery.status}`}>{m.webhook.status[delivery.status]}</span></td>
          <td>
            {delivery.responseStatus !== null ? `HTTP ${delivery.responseStatus}` : ''}
            {delivery.error ? <div class="meta">{delivery.error}</div> : null}
            {delivery.durationMs !== null ? <div class="meta">{fill(m.webhook.duration, { ms: i18n.number(delivery.durationMs) })}</div> : null}
          </td>
          <td>{delivery.nextAttemptAt ? i18n.dateTime(delivery.nextAttemptAt) : '—'}</td>
          <td>
            {delivery.status !== 'pending' && canRedeliver ? (
              <button type="button" onClick={() => onRedeliver(delivery)}
                aria-label={fill(m.webhook.redeliverFor, { type: delivery.eventType, attempt: delivery.attempt })}>{m.webhook.redeliver}</button>
            ) : null}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
