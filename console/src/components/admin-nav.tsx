import { useLocation } from 'preact-iso';
import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ProblemNotice } from './problem-notice.js';

const BASE = '/console';
/** bull-board, served by the API outside /v1 (src/admin/queue-dashboard.ts). */
export const QUEUE_DASHBOARD = '/admin/queues';

/** The admin pages' own links, and the queue dashboard (which asks for the key itself). */
export function AdminNav() {
  const { m } = useI18n();
  const { path } = useLocation();
  const current = (href: string) => (path === href || path.startsWith(`${href}/`) ? 'page' : undefined);
  return (
    <nav class="admin-nav" aria-label={m.admin.nav}>
      <a href={`${BASE}/admin/users`} aria-current={current(`${BASE}/admin/users`)}>{m.nav.users}</a>
      <a href={`${BASE}/admin/webhooks`} aria-current={current(`${BASE}/admin/webhooks`)}>{m.nav.webhooks}</a>
      <a href={QUEUE_DASHBOARD}>{m.admin.queueDashboard}</a>
      <span class="hint">{m.admin.queueDashboardHint}</span>
    </nav>
  );
}

/** A 403 in words (the API decides who may see an admin page), any other failure as a notice. */
export function AdminProblem({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (error instanceof ApiProblem && error.status === 403) return <p class="notice error" role="alert">{m.admin.forbidden}</p>;
  return <ProblemNotice error={error} />;
}
