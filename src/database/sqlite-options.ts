import type { Database } from 'better-sqlite3';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { MIGRATIONS } from './migrations/index.js';

/** How much of the database file is memory-mapped for reading (SQLite's mmap_size). */
const MMAP_BYTES = 1024 * 1024 * 1024;

export function sqliteDataSourceOptions(path: string, busyTimeoutMs: number, walAutocheckpointPages = 1000): TypeOrmModuleOptions {
  return {
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    timeout: busyTimeoutMs,
    prepareDatabase: (db: Database) => {
      // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
      db.pragma('synchronous = NORMAL');
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      db.pragma('foreign_keys = ON');
      db.pragma('temp_store = MEMORY');
      db.pragma('cache_size = -32000');
      // Every commit by another process (the worker children write all the time) empties this
      // connection's page cache; with the file mapped, pages are read back from the OS cache
      // without a system call and a copy each. Pages still in the WAL are read as before.
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
      db.pragma(`wal_autocheckpoint = ${walAutocheckpointPages}`);
      keepPlannerStatistics(db);
    },
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    autoLoadEntities: true,
  };
}

/** How often a long-lived connection refreshes the planner's statistics (SQLite's advice: hourly or so). */
const OPTIMIZE_EVERY_MS = 10 * 60 * 1000;

/**
 * Without statistics SQLite guesses that every index narrows a search alike, and picked the index on
 * (status, seq) over the one on flag_claims(claim_id) for "the open flags of this claim": a scan of
 * every open flag, 41 ms per consistency check at 15,000 flags instead of 0.3 ms. `PRAGMA optimize`
 * analyses the tables whose size changed a lot since they were last analysed (bounded by
 * analysis_limit, so it stays in milliseconds): on open, and then periodically while the desk grows.
 */
function keepPlannerStatistics(db: Database): void {
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
  const timer = setInterval(() => {
    try {
      if (db.open) db.pragma('optimize');
    } catch {
      // busy or closing: the next round tries again
    }
  }, OPTIMIZE_EVERY_MS);
  timer.unref();
}
