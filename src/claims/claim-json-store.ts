import { CLAIM_JSON } from './claim-row.js';

/**
 * Every claim keeps its API representation in claims.claim_json. Reads send that text as it is.
 *
 * Why stored and not built per read: building it costs about 17 µs a claim (three subqueries and
 * the JSON functions), so a queue page of 50 cost a millisecond of the API's one thread, and on a
 * desk that writes all the time the read cache hardly ever holds a page.
 *
 * Why rebuilt once per transaction and not per row written: a new claim writes its row, its
 * citation and each of its quantities, and the claim again; rebuilding the JSON on every one of
 * those rows cost more than the rest of the insert. So triggers only note which claims changed, in
 * claim_json_stale, whenever a row the JSON is built from changes (the claim's shown columns, its
 * citations and quantities, its current verdict, the names of the people it shows), and
 * `refreshStaleClaimJson` rebuilds each noted claim once, just before the transaction commits
 * (Db.beforeCommit), or earlier when the same transaction reads a claim (Db.settle). A reader in
 * another transaction never sees a claim whose JSON is behind its rows.
 *
 * The triggers carry the columns of the CLAIM_JSON of the migration that created them. When the
 * columns CLAIM_JSON reads change, add a migration that runs `claimJsonTriggerStatements()` again
 * and `claimJsonBackfill()`; a test compares the triggers in a fresh database with the current
 * CLAIM_JSON and fails until it is done.
 */
export const CLAIM_JSON_TRIGGERS = [
  'claims_json_after_insert', 'claims_json_after_update', 'claim_citations_json', 'claim_citations_json_update',
  'claim_citations_json_delete', 'claim_quantities_json', 'claim_quantities_json_update', 'claim_quantities_json_delete',
  'verdicts_json', 'verdicts_json_update', 'users_json_name',
] as const;

export const CLAIM_JSON_STALE_TABLE = 'CREATE TABLE claim_json_stale (claim_id TEXT PRIMARY KEY) WITHOUT ROWID';

/** The claim columns an expression reads (`c.<column>`), in the order they first appear. */
export function claimColumnsOf(expression: string): string[] {
  return [...new Set([...expression.matchAll(/\bc\.(\w+)/g)].map((m) => m[1]))];
}

/** Sets claim_json of the claims `where` selects (all of them without it). */
const rebuild = (where: string | null, expression: string): string =>
  `UPDATE claims SET claim_json = (SELECT ${expression} FROM claims c LEFT JOIN users u ON u.id = c.assignee_id
     WHERE c.id = claims.id)${where ? ` WHERE ${where}` : ''}`;

/** A trigger body's statement noting the claims `select` names as stale. */
const note = (select: string): string => `INSERT OR IGNORE INTO claim_json_stale (claim_id) ${select};`;

/** The statements that (re)create the triggers for the given claim expression, after dropping the old ones. */
export function claimJsonTriggerStatements(expression: string = CLAIM_JSON): string[] {
  const drops = CLAIM_JSON_TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name}`);
  // only the columns the JSON shows: queue bookkeeping (queue_rank, queue_order) changes without it
  const shown = claimColumnsOf(expression).filter((column) => column !== 'id').join(', ');
  const own = (ref: 'NEW' | 'OLD') => note(`VALUES (${ref}.claim_id)`);
  return [
    ...drops,
    `CREATE TRIGGER claims_json_after_insert AFTER INSERT ON claims BEGIN ${note('VALUES (NEW.id)')} END`,
    `CREATE TRIGGER claims_json_after_update AFTER UPDATE OF ${shown} ON claims BEGIN ${note('VALUES (NEW.id)')} END`,
    `CREATE TRIGGER claim_citations_json AFTER INSERT ON claim_citations BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER claim_citations_json_update AFTER UPDATE ON claim_citations BEGIN ${own('NEW')} ${own('OLD')} END`,
    `CREATE TRIGGER claim_citations_json_delete AFTER DELETE ON claim_citations BEGIN ${own('OLD')} END`,
    `CREATE TRIGGER claim_quantities_json AFTER INSERT ON claim_quantities BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER claim_quantities_json_update AFTER UPDATE ON claim_quantities BEGIN ${own('NEW')} ${own('OLD')} END`,
    `CREATE TRIGGER claim_quantities_json_delete AFTER DELETE ON claim_quantities BEGIN ${own('OLD')} END`,
    // the verdict's own claim, by key: a claim shows only its current verdict, but noting it for any
    // of its verdicts costs one lookup, where finding the claims whose current verdict it is scanned them all
    `CREATE TRIGGER verdicts_json AFTER INSERT ON verdicts BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER verdicts_json_update AFTER UPDATE ON verdicts BEGIN ${own('NEW')} END`,
    `CREATE TRIGGER users_json_name AFTER UPDATE OF name ON users WHEN NEW.name IS NOT OLD.name BEGIN
       ${note(`SELECT id FROM claims WHERE assignee_id = NEW.id
         OR current_verdict_id IN (SELECT id FROM verdicts WHERE author_id = NEW.id OR decided_by = NEW.id)`)} END`,
  ];
}

/** Fills claim_json of every claim (after a migration that changed the expression). */
export function claimJsonBackfill(expression: string = CLAIM_JSON): string {
  return rebuild(null, expression);
}

interface Statements {
  get(sql: string): unknown;
  run(sql: string): unknown;
}

const ANY_STALE = 'SELECT 1 FROM claim_json_stale LIMIT 1';
const REBUILD_STALE = rebuild('id IN (SELECT claim_id FROM claim_json_stale)', CLAIM_JSON);
const FORGET_STALE = 'DELETE FROM claim_json_stale';

/**
 * Inside a transaction: rebuilds the JSON of every claim noted stale, each once. Costs one lookup
 * in an empty table when nothing changed.
 */
export function refreshStaleClaimJson(db: Statements): void {
  if (!db.get(ANY_STALE)) return;
  db.run(REBUILD_STALE);
  db.run(FORGET_STALE);
}
