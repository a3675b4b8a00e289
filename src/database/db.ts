import type { Database, Statement } from 'better-sqlite3';

type CommitListener = () => void;

/**
 * The one way to write. better-sqlite3 is synchronous and TypeORM shares its single connection
 * between all requests, so an `await` inside a transaction would let another request's statements
 * run inside it (and be rolled back with it). `write()` therefore takes a synchronous function and
 * runs it in one IMMEDIATE transaction: nothing else can interleave, and a throw rolls back all of it.
 */
export class Db {
  private readonly statements = new Map<string, Statement>();
  private readonly commitListeners = new Set<CommitListener>();

  constructor(readonly sqlite: Database) {}

  /** A prepared statement, compiled once per SQL text. */
  stmt<P extends unknown[] | {} = unknown[], R = unknown>(sql: string): Statement<P, R> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.statements.set(sql, s);
    }
    return s as unknown as Statement<P, R>;
  }

  get<R>(sql: string, ...params: unknown[]): R | undefined {
    return this.stmt(sql).get(...params) as R | undefined;
  }

  all<R>(sql: string, ...params: unknown[]): R[] {
    return this.stmt(sql).all(...params) as R[];
  }

  run(sql: string, ...params: unknown[]): { changes: number; lastInsertRowid: number | bigint } {
    return this.stmt(sql).run(...params);
  }

  write<T>(work: () => T): T {
    const nested = this.sqlite.inTransaction;
    const result = this.sqlite.transaction(() => {
      const value = work();
      if (value && typeof (value as { then?: unknown }).then === 'function') {
        // An async function would commit before its awaits run; refuse it loudly.
        throw new Error('Db.write() needs a synchronous function');
      }
      return value;
    }).immediate();
    if (!nested) for (const listener of this.commitListeners) listener();
    return result;
  }

  /** Called after every outermost commit (the event relay uses this to wake up at once). */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }
}
