import type { Db } from './db.js';

/**
 * Answers (the JSON text sent) kept for as long as the database has not changed: any
 * commit in this process clears the cache at once, and a commit by another process (a worker
 * process, another API process) is seen by SQLite's data_version on the next read. So a hit is
 * never older than the last commit; the check costs one PRAGMA, a tenth of building a claim's JSON.
 * Inside a write transaction the cache is bypassed both ways: that transaction sees its own
 * uncommitted changes, and what it reads may still be rolled back.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, T>();
  private seenVersion = -1;

  constructor(
    private readonly db: Db,
    /** 0 turns the cache off. When full, it starts over (the busy keys come back at once). */
    private readonly maxEntries: number,
  ) {
    db.onCommit(() => this.entries.clear());
  }

  read(key: string, load: () => T): T {
    if (this.maxEntries <= 0 || this.db.sqlite.inTransaction) return load();
    const version = this.db.dataVersion();
    if (version !== this.seenVersion) {
      this.entries.clear();
      this.seenVersion = version;
    } else {
      const hit = this.entries.get(key);
      if (hit !== undefined) return hit;
    }
    const value = load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
