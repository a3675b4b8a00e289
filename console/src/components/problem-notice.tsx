import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** The service could not be reached, or answered that it cannot serve now: trying again may work. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiProblem && (error.status >= 502 || error.status === 0));
}

/** 412: someone else changed the resource since it was read; nothing was changed. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/** The message a problem's `errors` give for one field, to show next to that field. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const messages = (error.problem.errors ?? []).filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
  return messages.length ? messages.join('; ') : undefined;
}

/**
 * The message next to a field, and the attributes that tie the field to it: spread `fieldProps`
 * on the input and render `message` after it.
 */
export function fieldErrorProps(error: unknown, field: string, id: string) {
  const text = fieldErrorOf(error, field);
  return {
    fieldProps: text ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {},
    message: text ? <span class="field-error" id={`${id}-error`}>{text}</span> : null,
  };
}

export interface ProblemNoticeProps {
  error: unknown;
  /** offered when the service could not be reached (restarting, network): the same request again */
  onRetry?: () => void;
  /** offered on 412: load the latest version; what the person typed stays in the form */
  onReload?: () => void;
}

/**
 * A failed call in words, in one place for every page: the problem's detail and field errors,
 * what is possible now (409), an offer to load the other person's change (412), and a retry when
 * the service cannot be reached.
 */
export function ProblemNotice({ error, onRetry, onReload }: ProblemNoticeProps) {
  const { m, fill } = useI18n();
  if (!error) return null;
  if (isUnavailable(error)) {
    return (
      <div class="notice error" role="alert">
        <p>{m.errors.unavailable}</p>
        {onRetry ? <button type="button" onClick={onRetry}>{m.errors.retry}</button> : null}
      </div>
    );
  }
  if (!(error instanceof ApiProblem)) {
    return <p class="notice error" role="alert">{fill(m.errors.generic, { detail: String(error) })}</p>;
  }
  const { problem } = error;
  if (isStale(error)) {
    return (
      <div class="notice error" role="alert">
        <p>{m.errors.stale}</p>
        {onReload ? <button type="button" onClick={onReload}>{m.errors.reload}</button> : null}
      </div>
    );
  }
  const actionName = (action: string) => (m.claim.action as Record<string, string>)[action] ?? action;
  return (
    <div class="notice error" role="alert">
      <p>{problem.detail ?? problem.title ?? error.message}</p>
      {problem.errors?.length ? (
        <ul>
          {problem.errors.map((fieldError, index) => (
            <li key={`${fieldError.field}-${index}`}>
              <code>{fieldError.field}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.allowedActions ? (
        <p class="allowed-now">
          {problem.allowedActions.length ? fill(m.errors.allowedNow, { actions: problem.allowedActions.map(actionName).join(', ') }) : m.errors.nothingNow}
        </p>
      ) : null}
    </div>
  );
}
