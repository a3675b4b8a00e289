import fc from 'fast-check';
import {
  type Actor,
  CLAIM_STATUSES,
  type ClaimStatus,
  decide,
  allowedActions,
  renderTransitionTableMarkdown,
  type Role,
  roleAtLeast,
  ROLES,
  TRANSITIONS,
  transitionFor,
  type Who,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from './workflow.js';

const ACTOR_ID = 'u-actor';
const OTHER_ID = 'u-other';
const actorWith = (role: Role): Actor => ({ id: ACTOR_ID, role });

describe('transition table integrity', () => {
  it('has at most one row per (status, action)', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}/${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('only names known statuses, actions and roles', () => {
    for (const t of TRANSITIONS) {
      expect(CLAIM_STATUSES).toContain(t.from);
      expect(CLAIM_STATUSES).toContain(t.to);
      expect(WORKFLOW_ACTIONS).toContain(t.action);
      expect(ROLES).toContain(t.who.role);
    }
  });

  it('gives every action at least one row and every status a way out', () => {
    for (const action of WORKFLOW_ACTIONS) expect(TRANSITIONS.some((t) => t.action === action)).toBe(true);
    for (const status of CLAIM_STATUSES) expect(TRANSITIONS.some((t) => t.from === status)).toBe(true);
  });

  it('reaches every status from pending', () => {
    const reached = new Set<ClaimStatus>(['pending']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATUSES].sort());
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true);
    for (const t of TRANSITIONS) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t.who)).toBe(true);
    }
  });

  // The one deliberate hand copy: the HTTP contract's Workflow table, so that a
  // change to the code's table that the contract does not make is caught.
  const CONTRACT: Record<WorkflowAction, { from: ClaimStatus[]; to: ClaimStatus; role: Role }> = {
    assign: { from: ['pending', 'in_review'], to: 'in_review', role: 'editor' },
    unassign: { from: ['in_review'], to: 'pending', role: 'editor' },
    propose_verdict: { from: ['in_review'], to: 'verdict_proposed', role: 'editor' },
    approve: { from: ['verdict_proposed'], to: 'approved', role: 'editor' },
    reject: { from: ['verdict_proposed'], to: 'in_review', role: 'editor' },
    dismiss: { from: ['pending', 'in_review', 'verdict_proposed'], to: 'dismissed', role: 'editor' },
    reopen: { from: ['approved', 'dismissed'], to: 'in_review', role: 'editor' },
  };

  it.each(WORKFLOW_ACTIONS)('matches the API contract for %s', (action) => {
    const rows = TRANSITIONS.filter((t) => t.action === action);
    expect(rows.map((t) => t.from).sort()).toEqual([...CONTRACT[action].from].sort());
    for (const t of rows) {
      expect(t.to).toBe(CONTRACT[action].to);
      expect(t.who.role).toBe(CONTRACT[action].role);
    }
  });

  it('names the contract duties: self-assign, assignee, four-eyes', () => {
    expect(transitionFor('pending', 'assign')?.who.orWhen).toBe('actor_assigns_self');
    expect(transitionFor('in_review', 'unassign')?.who.orWhen).toBe('actor_is_assignee');
    expect(transitionFor('in_review', 'propose_verdict')?.who.orWhen).toBe('actor_is_assignee');
    expect(transitionFor('verdict_proposed', 'approve')?.who.notVerdictAuthor).toBe(true);
    const others = TRANSITIONS.filter((t) => ['reject', 'dismiss', 'reopen'].includes(t.action));
    for (const t of others) expect(t.who).toEqual({ role: 'editor' });
  });
});

describe('roleAtLeast', () => {
  it.each([
    ['fact_checker', 'fact_checker', true],
    ['fact_checker', 'editor', false],
    ['fact_checker', 'admin', false],
    ['editor', 'fact_checker', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'fact_checker', true],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ] as const)('%s at least %s → %s', (role, min, expected) => {
    expect(roleAtLeast(role, min)).toBe(expected);
  });

  it.each([
    ['intern', 'fact_checker'],
    ['intern', 'boss'],
    ['admin', 'boss'],
  ])('gives nothing when a role is unknown (%s at least %s)', (role, min) => {
    expect(roleAtLeast(role as Role, min as Role)).toBe(false);
  });
});

/** Who the claim's assignee, the assign target and the verdict author are, relative to the actor. */
type Party = 'nobody' | 'actor' | 'other';
interface Situation {
  assignee: Party;
  target: Party;
  author: Party;
}
const PARTIES: Party[] = ['nobody', 'actor', 'other'];
const SITUATIONS: Situation[] = PARTIES.flatMap((assignee) =>
  PARTIES.flatMap((target) => PARTIES.map((author) => ({ assignee, target, author }))),
);
const idOf = (p: Party): string | null => (p === 'actor' ? ACTOR_ID : p === 'other' ? OTHER_ID : null);

/** Independent reading of a row's `who`, written from the contract's wording. */
function contractAllows(who: Who, role: Role, s: Situation): boolean {
  const byRole = roleAtLeast(role, who.role);
  const byDuty =
    who.orWhen === 'actor_is_assignee'
      ? s.assignee === 'actor'
      : who.orWhen === 'actor_assigns_self'
        ? s.target !== 'other' && s.assignee !== 'other'
        : false;
  const fourEyes = !who.notVerdictAuthor || s.author === 'other';
  return (byRole || byDuty) && fourEyes;
}

describe('decide: every (status, action) for every role', () => {
  const cases = CLAIM_STATUSES.flatMap((status) =>
    WORKFLOW_ACTIONS.flatMap((action) => ROLES.map((role) => [status, action, role] as const)),
  );

  it.each(cases)('%s + %s by %s', (status, action, role) => {
    const row = transitionFor(status, action);
    for (const s of SITUATIONS) {
      const decision = decide({
        status,
        action,
        actor: actorWith(role),
        assigneeId: idOf(s.assignee),
        targetAssigneeId: idOf(s.target),
        verdictAuthorId: idOf(s.author),
      });
      if (!row) {
        expect(decision).toMatchObject({ ok: false, reason: 'invalid_transition' });
      } else if (contractAllows(row.who, role, s)) {
        expect(decision).toEqual({ ok: true, to: row.to });
      } else {
        expect(decision).toMatchObject({ ok: false, reason: 'forbidden' });
      }
    }
  });

  it('explains a refusal in words', () => {
    const refused = decide({ status: 'approved', action: 'assign', actor: actorWith('admin'), assigneeId: null });
    expect(refused).toEqual({
      ok: false,
      reason: 'invalid_transition',
      message: 'cannot assign a claim that is approved',
    });
  });
});

describe('decide: duties named in the contract', () => {
  const base = { actor: actorWith('fact_checker'), assigneeId: null } as const;

  it.each<[string, Parameters<typeof decide>[0], string | null]>([
    ['fact-checker assigns themself to a pending claim', { ...base, status: 'pending', action: 'assign' }, null],
    [
      'fact-checker assigns themself by naming their own id',
      { ...base, status: 'pending', action: 'assign', targetAssigneeId: ACTOR_ID },
      null,
    ],
    [
      'fact-checker assigns someone else',
      { ...base, status: 'pending', action: 'assign', targetAssigneeId: OTHER_ID },
      'a fact_checker may only assign themself',
    ],
    [
      'fact-checker takes over a colleague’s claim',
      { ...base, status: 'in_review', action: 'assign', assigneeId: OTHER_ID },
      'the claim is assigned to someone else; only an editor may reassign it',
    ],
    [
      'fact-checker proposes on a claim assigned to someone else',
      { ...base, status: 'in_review', action: 'propose_verdict', assigneeId: OTHER_ID },
      'only the assignee or an editor may propose_verdict',
    ],
    [
      'fact-checker proposes on an unassigned claim',
      { ...base, status: 'in_review', action: 'propose_verdict' },
      'only the assignee or an editor may propose_verdict',
    ],
    [
      'fact-checker proposes on their own claim',
      { ...base, status: 'in_review', action: 'propose_verdict', assigneeId: ACTOR_ID },
      null,
    ],
    [
      'fact-checker unassigns a colleague',
      { ...base, status: 'in_review', action: 'unassign', assigneeId: OTHER_ID },
      'only the assignee or an editor may unassign',
    ],
    [
      'fact-checker approves someone else’s verdict',
      { ...base, status: 'verdict_proposed', action: 'approve', verdictAuthorId: OTHER_ID },
      'only editor or above may approve',
    ],
    [
      'editor assigns a fact-checker',
      { ...base, actor: actorWith('editor'), status: 'pending', action: 'assign', targetAssigneeId: OTHER_ID },
      null,
    ],
    [
      'editor reassigns a claim in review',
      {
        ...base,
        actor: actorWith('editor'),
        status: 'in_review',
        action: 'assign',
        assigneeId: OTHER_ID,
        targetAssigneeId: 'u-third',
      },
      null,
    ],
    [
      'editor proposes on a claim assigned to someone else',
      { ...base, actor: actorWith('editor'), status: 'in_review', action: 'propose_verdict', assigneeId: OTHER_ID },
      null,
    ],
  ])('%s', (_name, input, forbiddenMessage) => {
    const decision = decide(input);
    if (forbiddenMessage === null) expect(decision.ok).toBe(true);
    else expect(decision).toEqual({ ok: false, reason: 'forbidden', message: forbiddenMessage });
  });
});

describe('decide: four-eyes on approve', () => {
  const approve = (role: Role, verdictAuthorId: string | null | undefined) =>
    decide({ status: 'verdict_proposed', action: 'approve', actor: actorWith(role), assigneeId: OTHER_ID, verdictAuthorId });

  it.each<[Role, string | null | undefined, boolean]>([
    ['editor', OTHER_ID, true],
    ['admin', OTHER_ID, true],
    ['editor', ACTOR_ID, false],
    ['admin', ACTOR_ID, false],
    ['editor', null, false],
    ['editor', undefined, false],
  ])('%s approving a verdict by %s → ok %s', (role, author, ok) => {
    const decision = approve(role, author);
    expect(decision.ok).toBe(ok);
    if (!decision.ok) expect(decision.reason).toBe('forbidden');
  });

  it('tells the author why they may not approve their own verdict', () => {
    expect(approve('editor', ACTOR_ID)).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'the author of a verdict may not approve it; another editor must',
    });
  });

  it('refuses with 409-type, not 403-type, when no verdict is proposed', () => {
    const decision = decide({ status: 'in_review', action: 'approve', actor: actorWith('editor'), assigneeId: null, verdictAuthorId: ACTOR_ID });
    expect(decision).toMatchObject({ ok: false, reason: 'invalid_transition' });
  });
});

describe('decide: properties', () => {
  const arbStatus = fc.constantFrom(...CLAIM_STATUSES);
  const arbAction = fc.constantFrom(...WORKFLOW_ACTIONS);
  const arbId = fc.constantFrom<string | null | undefined>(ACTOR_ID, OTHER_ID, 'u-third', null, undefined);

  it('a higher role may do whatever a lower one may', () => {
    fc.assert(
      fc.property(arbStatus, arbAction, arbId, arbId, arbId, (status, action, assignee, target, author) => {
        const okFor = (role: Role) =>
          decide({
            status,
            action,
            actor: actorWith(role),
            assigneeId: assignee ?? null,
            targetAssigneeId: target,
            verdictAuthorId: author,
          }).ok;
        for (let i = 1; i < ROLES.length; i++) {
          if (okFor(ROLES[i - 1]!)) expect(okFor(ROLES[i]!)).toBe(true);
        }
      }),
    );
  });

  it('refuses as invalid_transition exactly when the table has no row', () => {
    fc.assert(
      fc.property(arbStatus, arbAction, fc.constantFrom(...ROLES), arbId, (status, action, role, assignee) => {
        const decision = decide({ status, action, actor: actorWith(role), assigneeId: assignee ?? null });
        const hasRow = transitionFor(status, action) !== undefined;
        expect(!decision.ok && decision.reason === 'invalid_transition').toBe(!hasRow);
      }),
    );
  });
});

describe('allowedActions', () => {
  it.each<[string, ClaimStatus, Role, string | null, string | null | undefined, WorkflowAction[]]>([
    ['fact-checker, unassigned pending claim', 'pending', 'fact_checker', null, undefined, ['assign']],
    ['editor, unassigned pending claim', 'pending', 'editor', null, undefined, ['assign', 'dismiss']],
    ['fact-checker, own claim in review', 'in_review', 'fact_checker', ACTOR_ID, undefined, ['assign', 'unassign', 'propose_verdict']],
    ['fact-checker, colleague’s claim in review', 'in_review', 'fact_checker', OTHER_ID, undefined, []],
    [
      'editor, someone’s claim in review',
      'in_review',
      'editor',
      OTHER_ID,
      undefined,
      ['assign', 'unassign', 'propose_verdict', 'dismiss'],
    ],
    ['fact-checker, proposed verdict', 'verdict_proposed', 'fact_checker', ACTOR_ID, ACTOR_ID, []],
    ['editor, colleague’s proposed verdict', 'verdict_proposed', 'editor', OTHER_ID, OTHER_ID, ['approve', 'reject', 'dismiss']],
    ['editor, own proposed verdict', 'verdict_proposed', 'editor', ACTOR_ID, ACTOR_ID, ['reject', 'dismiss']],
    ['admin, verdict author unknown', 'verdict_proposed', 'admin', OTHER_ID, undefined, ['reject', 'dismiss']],
    ['fact-checker, approved claim', 'approved', 'fact_checker', ACTOR_ID, undefined, []],
    ['editor, approved claim', 'approved', 'editor', OTHER_ID, undefined, ['reopen']],
    ['admin, dismissed claim', 'dismissed', 'admin', null, undefined, ['reopen']],
  ])('%s', (_name, status, role, assigneeId, verdictAuthorId, expected) => {
    expect(allowedActions(status, actorWith(role), { assigneeId, verdictAuthorId })).toEqual(expected);
  });

  it.each(CLAIM_STATUSES.flatMap((status) => ROLES.map((role) => [status, role] as const)))(
    'for %s by %s lists only actions with a row, each of which decide accepts',
    (status, role) => {
      for (const s of SITUATIONS) {
        const ctx = { assigneeId: idOf(s.assignee), verdictAuthorId: idOf(s.author) };
        const allowed = allowedActions(status, actorWith(role), ctx);
        for (const action of WORKFLOW_ACTIONS) {
          const accepted = decide({ status, action, actor: actorWith(role), ...ctx }).ok;
          expect(allowed.includes(action)).toBe(accepted);
          if (accepted) expect(transitionFor(status, action)).toBeDefined();
        }
      }
    },
  );
});

describe('renderTransitionTableMarkdown', () => {
  const markdown = renderTransitionTableMarkdown();
  const bodyRows = markdown
    .trimEnd()
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

  it('starts with the contract’s column headings', () => {
    expect(markdown.split('\n').slice(0, 2)).toEqual(['| action | who | from → to |', '|---|---|---|']);
  });

  it('shows every table row, on the line of its action, once', () => {
    for (const t of TRANSITIONS) {
      const lines = bodyRows.filter(([action, , fromTo]) => {
        const [from, to] = fromTo!.split(' → ');
        return action === `\`${t.action}\`` && to === `\`${t.to}\`` && from!.split(', ').includes(`\`${t.from}\``);
      });
      expect(lines).toHaveLength(1);
    }
  });

  it('shows nothing that is not in the table', () => {
    const shown = bodyRows.flatMap(([action, , fromTo]) => fromTo!.split(' → ')[0]!.split(', ').map((from) => `${from}/${action}`));
    expect(shown).toHaveLength(TRANSITIONS.length);
  });

  it('lists actions in the contract’s order and words duties for readers', () => {
    expect(bodyRows.map(([action]) => action)).toEqual(WORKFLOW_ACTIONS.map((a) => `\`${a}\``));
    expect(bodyRows[0]).toEqual([
      '`assign`',
      'anyone assigns themself (claim unassigned or already theirs); editor assigns anyone',
      '`pending`, `in_review` → `in_review`',
    ]);
    expect(bodyRows[3]![1]).toBe("editor who is not the verdict's author");
    expect(bodyRows[1]![1]).toBe('the assignee, or an editor');
  });
});
