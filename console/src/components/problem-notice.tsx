import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** A failed call in words: the problem's detail, its field errors, and what is possible now (409). */
export function ProblemNotice({ error }: { error: unknown }) {
  const { m, fill } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return <p class="notice error" role="alert">{error instanceof TypeError ? m.errors.network : fill(m.errors.generic, { detail: String(error) })}</p>;
  }
  const { problem } = error;
  return (
    <div class="notice error" role="alert">
      <p>{problem.detail ?? problem.title ?? error.message}</p>
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((fieldError) => (
            <li key={fieldError.field}>
              <code>{fieldError.field}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.allowedActions ? (
        <p>{fill(m.errors.allowedNow, { actions: problem.allowedActions.map((a) => (m.claim.action as Record<string, string>)[a] ?? a).join(', ') || '—' })}</p>
      ) : null}
    </div>
  );
}
