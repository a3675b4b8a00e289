import type { Db } from '../database/db.js';

interface Pending<T> {
  work: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the small writes many concurrent jobs make (take an attempt, record its outcome)
 * are run together in one transaction per turn of the event loop instead of one transaction each.
 * Each unit runs in its own savepoint (a nested Db.write), so one that throws is rolled back alone
 * and only its caller sees the error. Units are synchronous, as Db.write requires.
 */
export class WriteBatcher {
  private queue: Array<Pending<unknown>> = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  write<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve, reject } as Pending<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      this.db.write(() => {
        for (const unit of batch) {
          try {
            outcomes.push({ ok: true, value: this.db.write(unit.work) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed (e.g. the database is busy or closed): nothing of the batch was written.
      for (const unit of batch) unit.reject(error);
      return;
    }
    batch.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}
