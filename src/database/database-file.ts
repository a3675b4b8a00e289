import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A process that must not create the SQLite file found none. SQLite keeps the whole desk in one
 * file that every process of the service opens on one host; a worker that created its own would
 * start normally, take jobs from the shared Redis and find none of their claims, and their work
 * would be lost without a word.
 */
export class MissingDatabaseFile extends Error {
  constructor(readonly path: string) {
    super(
      `the database file ${resolve(path)} does not exist, and this process does not create one: ` +
        'with SQLite every process of the service shares one file on one host. Point DATABASE_PATH at ' +
        "the API's file (start the API first: it creates it), or set DATABASE_CREATE=true to create it here",
    );
    this.name = 'MissingDatabaseFile';
  }
}

/** SQLite's names for a database that lives in memory only, which nothing else could share anyway. */
function inMemory(path: string): boolean {
  return path === ':memory:' || path === '' || path.startsWith('file::memory:');
}

/** Throws MissingDatabaseFile when `create` is false and the file is not there; null and true may create it. */
export function assertDatabaseFile(database: { path: string; create: boolean | null }): void {
  if (database.create !== false || inMemory(database.path)) return;
  if (!existsSync(database.path)) throw new MissingDatabaseFile(database.path);
}
