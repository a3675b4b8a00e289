import type { ComponentChildren } from 'preact';
import { ApiProblem } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** A failed call in words: the problem's detail, its field errors, and what is possible now (409). */
export function ProblemNotice({ error, fieldsNearby = [] }: { error: unknown; fieldsNearby?: string[] }) {
  const { m, fill } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return <p class="notice error" role="alert">{error instanceof TypeError ? m.errors.network : fill(m.errors.generic, { detail: String(error) })}</p>;
  }
  const { problem } = error;
  return (
    <div class="notice error" role="alert">
      <p>{problem.detail ?? problem.title ?? error.message}</p>
      {problem.errors?.some((e) => !fieldsNearby.includes(topField(e.field))) ? (
        <ul>
          {problem.errors.filter((e) => !fieldsNearby.includes(topField(e.field))).map((fieldError) => (
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
