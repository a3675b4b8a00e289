/**
 * The review workflow as one table: (status, action) → next status and who may act.
 *
 * Services ask `decide` before every transition, the 409 body's `allowedActions`
 * comes from `allowedActions`, and the README embeds `renderTransitionTableMarkdown`,
 * so the rules live in exactly one place. Pure domain code: no framework imports.
 */

export const CLAIM_STATUSES = [
  'pending',
  'in_review',
  'verdict_proposed',
  'approved',
  'dismissed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const WORKFLOW_ACTIONS = [
  'assign',
  'unassign',
  'propose_verdict',
  'approve',
  'reject',
  'dismiss',
  'reopen',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

// Roles live with authentication; the workflow reads the same list.
import { ROLES, roleAtLeast, type Role } from '../auth/roles.js';
export { ROLES, roleAtLeast, type Role };

/**
 * Who may take a step. `role` and above may always act (subject to
 * `notVerdictAuthor`); `orWhen` names the one situation in which any role may.
 */
export interface Who {
  readonly role: Role;
  /**
   * - `actor_is_assignee`: the claim's assignee may act whatever their role.
   * - `actor_assigns_self`: anyone may assign themself, but only to a claim that
   *   is unassigned or already theirs; taking a claim over from a colleague is
   *   a reassignment, which stays with `role`.
   */
  readonly orWhen?: 'actor_is_assignee' | 'actor_assigns_self';
  /** Four-eyes: whoever wrote the verdict may not decide on it, whatever their role. */
  readonly notVerdictAuthor?: boolean;
}

export interface Transition {
  readonly from: ClaimStatus;
  readonly action: WorkflowAction;
  readonly to: ClaimStatus;
  readonly who: Who;
}

const EDITOR: Who = { role: 'editor' };
const ASSIGNEE_OR_EDITOR: Who = { role: 'editor', orWhen: 'actor_is_assignee' };

/** The contract's Workflow table, one row per (from, action). */
export const TRANSITIONS: readonly Transition[] = Object.freeze(
  (
    [
      { from: 'pending', action: 'assign', to: 'in_review', who: { role: 'editor', orWhen: 'actor_assigns_self' } },
      { from: 'in_review', action: 'assign', to: 'in_review', who: { role: 'editor', orWhen: 'actor_assigns_self' } },
      { from: 'in_review', action: 'unassign', to: 'pending', who: ASSIGNEE_OR_EDITOR },
      { from: 'in_review', action: 'propose_verdict', to: 'verdict_proposed', who: ASSIGNEE_OR_EDITOR },
      { from: 'verdict_proposed', action: 'approve', to: 'approved', who: { role: 'editor', notVerdictAuthor: true } },
      { from: 'verdict_proposed', action: 'reject', to: 'in_review', who: EDITOR },
      { from: 'pending', action: 'dismiss', to: 'dismissed', who: EDITOR },
      { from: 'in_review', action: 'dismiss', to: 'dismissed', who: EDITOR },
      { from: 'verdict_proposed', action: 'dismiss', to: 'dismissed', who: EDITOR },
      { from: 'approved', action: 'reopen', to: 'in_review', who: EDITOR },
      { from: 'dismissed', action: 'reopen', to: 'in_review', who: EDITOR },
    ] satisfies Transition[]
  ).map((row) => Object.freeze({ ...row, who: Object.freeze({ ...row.who }) })),
);

export function transitionFor(status: ClaimStatus, action: WorkflowAction): Transition | undefined {
  return TRANSITIONS.find((row) => row.from === status && row.action === action);
}

export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** What the table needs to know about the claim beyond its status. */
export interface WorkflowContext {
  readonly assigneeId: string | null;
  /** Author of the claim's current proposed verdict; needed for approve (four-eyes). */
  readonly verdictAuthorId?: string | null;
  /** Whom `assign` should assign; absent or null means the actor themself. */
  readonly targetAssigneeId?: string | null;
}

export interface DecideInput extends WorkflowContext {
  readonly status: ClaimStatus;
  readonly action: WorkflowAction;
  readonly actor: Actor;
}

/** `invalid_transition` maps to HTTP 409, `forbidden` to 403. */
export type RefusalReason = 'invalid_transition' | 'forbidden';

export type Decision =
  | { readonly ok: true; readonly to: ClaimStatus }
  | { readonly ok: false; readonly reason: RefusalReason; readonly message: string };

export function decide(input: DecideInput): Decision {
  const row = transitionFor(input.status, input.action);
  if (!row) {
    return {
      ok: false,
      reason: 'invalid_transition',
      message: `cannot ${input.action} a claim that is ${input.status}`,
    };
  }
  const refusal = whyMayNot(row.who, input);
  if (refusal !== null) return { ok: false, reason: 'forbidden', message: refusal };
  return { ok: true, to: row.to };
}

/**
 * The actions this caller could take now, for the 409 body. The assign target is
 * taken to be the caller, and approve is left out unless `verdictAuthorId` is
 * known, because four-eyes cannot be vouched for without it.
 */
export function allowedActions(
  status: ClaimStatus,
  actor: Actor,
  ctx: Pick<WorkflowContext, 'assigneeId' | 'verdictAuthorId'>,
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) =>
      decide({
        status,
        action,
        actor,
        assigneeId: ctx.assigneeId,
        verdictAuthorId: ctx.verdictAuthorId,
      }).ok,
  );
}

/** Null when the actor may take the step, otherwise the reason in words. */
function whyMayNot(who: Who, input: DecideInput): string | null {
  if (!roleAtLeast(input.actor.role, who.role)) {
    const exceptionRefusal = who.orWhen
      ? whyExceptionDoesNotApply(who.orWhen, input)
      : `only ${who.role} or above may ${input.action}`;
    if (exceptionRefusal !== null) return exceptionRefusal;
  }
  if (who.notVerdictAuthor) {
    // Missing authorship fails closed: approving blind could let an author approve themself.
    if (input.verdictAuthorId === undefined || input.verdictAuthorId === null) {
      return `cannot ${input.action}: the verdict's author is unknown`;
    }
    if (input.verdictAuthorId === input.actor.id) {
      return `the author of a verdict may not ${input.action} it; another ${who.role} must`;
    }
  }
  return null;
}

function whyExceptionDoesNotApply(orWhen: NonNullable<Who['orWhen']>, input: DecideInput): string | null {
  const { actor, assigneeId } = input;
  switch (orWhen) {
    case 'actor_is_assignee':
      return assigneeId === actor.id ? null : `only the assignee or an editor may ${input.action}`;
    case 'actor_assigns_self': {
      const target = input.targetAssigneeId ?? actor.id;
      if (target !== actor.id) return 'a fact_checker may only assign themself';
      if (assigneeId !== null && assigneeId !== actor.id) {
        return 'the claim is assigned to someone else; only an editor may reassign it';
      }
      return null;
    }
  }
}

/** The duty in words, for the README; roles above `who.role` are implied. */
export function describeWho(who: Who): string {
  const article = /^[aeiou]/.test(who.role) ? 'an' : 'a';
  const base = who.notVerdictAuthor ? `${who.role} who is not the verdict's author` : who.role;
  switch (who.orWhen) {
    case undefined:
      return base;
    case 'actor_is_assignee':
      return `the assignee, or ${article} ${base}`;
    case 'actor_assigns_self':
      return `anyone assigns themself (claim unassigned or already theirs); ${base} assigns anyone`;
  }
}

/**
 * The table as Markdown, one line per (action, who, to) with its `from`
 * statuses joined, in the layout of the API contract.
 */
export function renderTransitionTableMarkdown(): string {
  const lines = ['| action | who | from → to |', '|---|---|---|'];
  for (const action of WORKFLOW_ACTIONS) {
    const groups = new Map<string, { who: string; to: ClaimStatus; from: ClaimStatus[] }>();
    for (const row of TRANSITIONS.filter((r) => r.action === action)) {
      const who = describeWho(row.who);
      const key = `${who}\u0000${row.to}`;
      const group = groups.get(key) ?? { who, to: row.to, from: [] };
      group.from.push(row.from);
      groups.set(key, group);
    }
    for (const { who, to, from } of groups.values()) {
      const fromList = from.map((s) => `\`${s}\``).join(', ');
      lines.push(`| \`${action}\` | ${who} | ${fromList} → \`${to}\` |`);
    }
  }
  return lines.join('\n') + '\n';
}
