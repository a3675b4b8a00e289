import type { ComponentChildren } from 'preact';
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

/**
 * The message next to a field, and the attributes that tie the field to it: spread `fieldProps`
 * on the input and render `message` after it.
 */
export function fieldErrorProps(error: unknown, field: string, id: string) {
  return {
    fieldProps: invalidProps(error, field, `${id}-error`),
    message: fieldMessage(error, field) ? <FieldError error={error} field={field} id={`${id}-error`} /> : null,
  };
}

export interface ProblemNoticeProps {
  error: unknown;
  /** fields whose errors the form shows next to them: the notice leaves those out */
  fieldsNearby?: string[];
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
export function ProblemNotice({ error, fieldsNearby = [], onRetry, onReload }: ProblemNoticeProps) {
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
      {problem.errors?.some((e) => !fieldsNearby.includes(topField(e.field))) ? (
        <ul>
          {problem.errors.filter((e) => !fieldsNearby.includes(topField(e.field))).map((fieldError, index) => (
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

/** "events.0" and "claimant.name" belong to the control of "events" and "claimant". */
const topField = (field: string) => field.split(/[.[]/)[0];

/** What a 400 problem says about one field of a form, or null. */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!(error instanceof ApiProblem)) return null;
  const messages = (error.problem.errors ?? []).filter((e) => topField(e.field) === field).map((e) => e.message);
  return messages.length ? messages.join('; ') : null;
}

/** The attributes that tie a control to its field error: marked invalid, described by the message. */
export function invalidProps(error: unknown, field: string, messageId: string) {
  return fieldMessage(error, field) ? { 'aria-invalid': true as const, 'aria-describedby': messageId } : {};
}

/** A field's error from the problem, shown next to the field (the notice above leaves it out). */
export function FieldError({ error, field, id }: { error: unknown; field: string; id: string }) {
  const message = fieldMessage(error, field);
  return message ? <span id={id} class="field-error">{message}</span> : null;
}

/**
 * A labelled control with its field error under it. The control (the child) carries `id` and the
 * attributes of invalidProps(error, field, `${id}-error`).
 */
export function Field({ id, label, error, field, wide, children }: {
  id: string; label: string; error: unknown; field: string; wide?: boolean; children: ComponentChildren;
}) {
  return (
    <div class={wide ? 'field grow' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      <FieldError error={error} field={field} id={`${id}-error`} />
    </div>
  );
}
