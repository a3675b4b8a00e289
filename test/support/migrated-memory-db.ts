import Database from 'better-sqlite3';
import type { QueryRunner } from 'typeorm';
import { Db } from '../../src/database/db.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';

/**
 * The schema the migrations build, in an in-memory SQLite database, for unit specs that test SQL
 * without starting the app. `before` (a migration's class name) stops short of that migration, so a
 * spec can hold rows from before it and then run it; `sqlite` lets the spec keep the handle for that.
 */
export async function migratedMemoryDb(options: { before?: string; sqlite?: Database.Database } = {}): Promise<Db> {
  const sqlite = options.sqlite ?? new Database(':memory:');
  const runner = queryRunnerFor(sqlite);
  const upTo = options.before ? MIGRATIONS.findIndex((M) => new M().name === options.before) : MIGRATIONS.length;
  if (upTo < 0) throw new Error(`no migration named ${options.before}`);
  for (const Migration of MIGRATIONS.slice(0, upTo)) await new Migration().up(runner);
  return new Db(sqlite);
}

/** What the migrations ask of a query runner: reads answer rows, parameters bind, scripts run whole. */
export function queryRunnerFor(sqlite: Database.Database): QueryRunner {
  return {
    query: async (sql: string, parameters?: unknown[]) => {
      if (/^\s*SELECT/i.test(sql)) return sqlite.prepare(sql).all(...(parameters ?? []));
      if (parameters) return sqlite.prepare(sql).run(...parameters);
      return sqlite.exec(sql);
    },
  } as unknown as QueryRunner;
}
