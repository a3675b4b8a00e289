import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';

/** Row counts of every table in the app's SQLite file, read through a second, read-only connection. */
export function rowCounts(databasePath: string): Record<string, number> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>;
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n;
    }
    return counts;
  } finally {
    db.close();
  }
}

/** The counts once background work has settled: the same twice in a row, some time apart. */
export async function settledRowCounts(databasePath: string, quietMs = 300, timeoutMs = 15000): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(rowCounts(databasePath));
  for (;;) {
    await sleep(quietMs);
    const now = JSON.stringify(rowCounts(databasePath));
    if (now === last || Date.now() > deadline) return JSON.parse(now) as Record<string, number>;
    last = now;
  }
}
