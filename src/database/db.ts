import type { Database, Statement } from 'better-sqlite3';

type CommitListener = () => void;
type BeforeCommitStep = () => void;

interface PendingWrite {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Longest pause between two tries for a write lock another process holds (see takeWriteLock). */
const LOCK_RETRY_MAX_MS = 4;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A batch's commit or its transaction failed as a whole: none of its writes were kept. */
export class GroupCommitError extends Error {
  constructor(readonly reason: unknown) {
    super(`the write was not committed: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/**
 * The one way to write. better-sqlite3 is synchronous and TypeORM shares its single connection
 * between all requests, so an `await` inside a transaction would let another request's statements
 * run inside it (and be rolled back with it). `write()` therefore takes a synchronous function and
 * runs it in one IMMEDIATE transaction: nothing else can interleave, and a throw rolls back all of it.
 * `writeGrouped()` gives the same guarantees with one commit for all the writes of an event-loop turn;
 * the busy write paths use it (creating claims and sources, the outbox relay, the workers).
 */
export class Db {
  private readonly statements = new Map<string, Statement>();
  private readonly commitListeners = new Set<CommitListener>();
  private readonly beforeCommitSteps = new Set<BeforeCommitStep>();
  private pending: PendingWrite[] = [];
  /** The connection's busy timeout: how long a batch may wait for another process's write lock. */
  private readonly busyTimeoutMs: number;
  private lockWaitSince: number | null = null;
  private lockRetries = 0;

  constructor(readonly sqlite: Database) {
    this.busyTimeoutMs = Number(sqlite.pragma('busy_timeout', { simple: true }));
  }

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
      const value = synchronously(work);
      if (!nested) this.settle();
      return value;
    }).immediate();
    if (!nested) this.committed();
    return result;
  }

  /**
   * Group commit: the same guarantees as write(), but the work waits for the end of this turn of the
   * event loop and runs there with every other work that arrived meanwhile, in one transaction. A
   * work that throws leaves nothing and the others keep their writes (see flush); the promise settles
   * only once the shared commit is on disk (WAL), and if that commit fails every work of the batch is
   * rejected. One commit (WAL frames, page-cache bookkeeping) for many writes is what lets a busy desk
   * ingest claims at several times the rate of one transaction per request.
   */
  writeGrouped<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const lock = this.takeWriteLock();
    if (lock === 'retry') return;
    const batch = this.pending;
    this.pending = [];
    if (lock !== 'held') {
      const lost = new GroupCommitError(lock.error);
      batch.forEach((item) => item.reject(lost));
      return;
    }
    // Optimistic first: all works in one plain transaction. Savepoints cost a copy of every page a
    // work touches (SQLite's sub-journal), and works rarely fail once validated; when one does, the
    // batch is rolled back and run again with a savepoint each. Works write nothing but the database
    // (the contract of write()), so running one again after a rollback is safe.
    let values: unknown[];
    try {
      values = batch.map((item) => {
        const value = synchronously(item.work);
        // a transaction ended under the batch's feet: the works after it must not run in autocommit
        if (!this.sqlite.inTransaction) throw new GroupCommitError('transaction lost');
        return value;
      });
      this.settle();
      this.stmt('COMMIT').run();
    } catch {
      if (this.sqlite.inTransaction) this.stmt('ROLLBACK').run();
      this.flushIsolated(batch);
      return;
    }
    this.committed();
    batch.forEach((item, i) => item.resolve(values[i]));
  }

  /**
   * BEGIN IMMEDIATE for a batch without blocking the event loop. SQLite's busy handler waits by
   * sleeping the thread: while a worker process holds the write lock (a merge, a grouped check), the
   * API's every request, reads included, would stall behind one write. So the lock is asked for
   * with no wait, and while another process holds it the batch tries again on a short timer (new
   * writes join it meanwhile); only once the configured busy timeout has passed does it wait in
   * SQLite's handler like write(). Written by hand: neither better-sqlite3 nor TypeORM has an
   * asynchronous lock wait.
   */
  private takeWriteLock(): 'held' | 'retry' | { error: unknown } {
    const waitedMs = this.lockWaitSince === null ? 0 : Date.now() - this.lockWaitSince;
    const politely = waitedMs < this.busyTimeoutMs;
    try {
      // inside the try: on a connection closed meanwhile (shutdown) the batch is refused, never left waiting
      if (politely) this.stmt('PRAGMA busy_timeout = 0').get();
      this.stmt('BEGIN IMMEDIATE').run();
      this.lockWaitSince = null;
      this.lockRetries = 0;
      return 'held';
    } catch (error) {
      if (politely && (error as { code?: string }).code === 'SQLITE_BUSY') {
        this.lockWaitSince ??= Date.now();
        setTimeout(() => this.flush(), Math.min(LOCK_RETRY_MAX_MS, 1 + this.lockRetries++));
        return 'retry';
      }
      this.lockWaitSince = null;
      this.lockRetries = 0;
      return { error };
    } finally {
      if (politely && this.sqlite.open) this.stmt(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`).get();
    }
  }

  /** Each work in its own savepoint: one that throws is rolled back alone and only its caller sees the error. */
  private flushIsolated(batch: PendingWrite[]): void {
    const outcomes: Outcome[] = [];
    try {
      this.sqlite.transaction(() => {
        for (const item of batch) {
          try {
            // a nested better-sqlite3 transaction is a savepoint
            outcomes.push({ ok: true, value: this.sqlite.transaction(() => synchronously(item.work))() });
          } catch (error) {
            outcomes.push({ ok: false, error });
            // Some failures (disk full, I/O) make SQLite roll back the whole transaction: then nothing
            // of the batch is kept, including the works that ran before.
            if (!this.sqlite.inTransaction) throw new GroupCommitError(error);
          }
        }
        this.settle();
      }).immediate();
    } catch (error) {
      const lost = error instanceof GroupCommitError ? error : new GroupCommitError(error);
      batch.forEach((item, i) => {
        const own = outcomes[i];
        item.reject(own && !own.ok ? own.error : lost);
      });
      return;
    }
    this.committed();
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  private committed(): void {
    for (const listener of this.commitListeners) listener();
  }

  /**
   * SQLite's data_version: changes when another connection (another process) commits. Commits on
   * this connection do not change it; onCommit reports those.
   */
  dataVersion(): number {
    return this.stmt('PRAGMA data_version').pluck().get() as number;
  }

  /**
   * Steps that bring data derived by triggers up to date once per transaction, just before it commits
   * (the stored claim JSON: claim-json-store.ts). They run inside the transaction: one that throws
   * rolls it back, and with it the writes that made the step necessary.
   */
  beforeCommit(step: BeforeCommitStep): () => void {
    this.beforeCommitSteps.add(step);
    return () => this.beforeCommitSteps.delete(step);
  }

  /**
   * Inside a transaction: runs the before-commit steps now, so a read in the same transaction sees
   * what the commit would store. Outside one it does nothing (every commit has run them).
   */
  settle(): void {
    if (!this.sqlite.inTransaction) return;
    for (const step of this.beforeCommitSteps) step();
  }

  /** Called after every outermost commit (the event relay uses this to wake up at once). */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }
}

function synchronously<T>(work: () => T): T {
  const value = work();
  if (value && typeof (value as { then?: unknown }).then === 'function') {
    // An async function would commit before its awaits run; refuse it loudly.
    throw new Error('Db.write() needs a synchronous function');
  }
  return value;
}
