import type { Database } from 'better-sqlite3';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { MIGRATIONS } from './migrations/index.js';

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
      db.pragma(`wal_autocheckpoint = ${walAutocheckpointPages}`);
    },
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    autoLoadEntities: true,
  };
}
