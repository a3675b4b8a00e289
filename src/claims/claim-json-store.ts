import { CLAIM_JSON } from './claim-row.js';

/**
 * Every claim keeps its API representation in claims.claim_json, written by triggers whenever a
 * row it is built from changes: the claim itself, its citations and quantities, its current
 * verdict, and the names of the people it shows. Reads send that text as it is.
 *
 * Why stored and not built per read: building it costs about 17 µs a claim (three subqueries and
 * the JSON functions), so a queue page of 50 cost a millisecond of the API's one thread, and on a
 * desk that writes all the time the read cache hardly ever holds a page. Writes rebuild one claim.
 *
 * The triggers carry the CLAIM_JSON of the migration that created them. When CLAIM_JSON changes,
 * add a migration that runs `claimJsonTriggerStatements()` again and `claimJsonBackfill()`; a test compares the
 * triggers in a fresh database with the current CLAIM_JSON and fails until it is done.
 */
export const CLAIM_JSON_TRIGGERS = [
  'claims_json_after_insert', 'claims_json_after_update', 'claim_citations_json', 'claim_citations_json_update',
  'claim_citations_json_delete', 'claim_quantities_json', 'claim_quantities_json_update', 'claim_quantities_json_delete',
  'verdicts_json', 'verdicts_json_update', 'users_json_name',
] as const;

/** Sets claim_json of the claims `where` selects (all of them without it). */
const rebuild = (where: string | null, expression: string): string =>
  `UPDATE claims SET claim_json = (SELECT ${expression} FROM claims c LEFT JOIN users u ON u.id = c.assignee_id
     WHERE c.id = claims.id)${where ? ` WHERE ${where};` : ''}`;

/** The statements that (re)create the triggers for the given claim expression, after dropping the old ones. */
export function claimJsonTriggerStatements(expression: string = CLAIM_JSON): string[] {
  const drops = CLAIM_JSON_TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name}`);
  const own = (ref: 'NEW' | 'OLD') => rebuild(`id = ${ref}.claim_id`, expression);
  return [
    ...drops,
    `CREATE TRIGGER claims_json_after_insert AFTER INSERT ON claims BEGIN ${rebuild('id = NEW.id', expression)} END`,
    // not when the trigger's own write set claim_json (recursive triggers are off, this is belt and braces)
    `CREATE TRIGGER claims_json_after_update AFTER UPDATE ON claims WHEN NEW.claim_json IS OLD.claim_json
       BEGIN ${rebuild('id = NEW.id', expression)} END`,
    `CREATE TRIGGER claim_citations_json AFTER INSERT ON claim_citations BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER claim_citations_json_update AFTER UPDATE ON claim_citations BEGIN ${own('NEW')} ${own('OLD')} END`,
    `CREATE TRIGGER claim_citations_json_delete AFTER DELETE ON claim_citations BEGIN ${own('OLD')} END`,
    `CREATE TRIGGER claim_quantities_json AFTER INSERT ON claim_quantities BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER claim_quantities_json_update AFTER UPDATE ON claim_quantities BEGIN ${own('NEW')} ${own('OLD')} END`,
    `CREATE TRIGGER claim_quantities_json_delete AFTER DELETE ON claim_quantities BEGIN ${own('OLD')} END`,
    `CREATE TRIGGER verdicts_json AFTER INSERT ON verdicts BEGIN ${rebuild('current_verdict_id = NEW.id', expression)} END`,
    `CREATE TRIGGER verdicts_json_update AFTER UPDATE ON verdicts BEGIN ${rebuild('current_verdict_id = NEW.id', expression)} END`,
    `CREATE TRIGGER users_json_name AFTER UPDATE OF name ON users WHEN NEW.name IS NOT OLD.name BEGIN
       ${rebuild(`assignee_id = NEW.id OR current_verdict_id IN (SELECT id FROM verdicts WHERE author_id = NEW.id OR decided_by = NEW.id)`, expression)} END`,
  ];
}

/** Fills claim_json of every claim (after a migration that changed the expression). */
export function claimJsonBackfill(expression: string = CLAIM_JSON): string {
  return rebuild(null, expression);
}
