import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Database } from 'better-sqlite3';
import { Db } from './db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { sqliteDataSourceOptions } from './sqlite-options.js';
import { assertDatabaseFile } from './database-file.js';
import { refreshStaleClaimJson } from '../claims/claim-json-store.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) => {
        assertDatabaseFile(settings.database);
        return sqliteDataSourceOptions(settings.database.path, settings.database.busyTimeoutMs, settings.database.walAutocheckpointPages);
      },
    }),
  ],
  providers: [
    {
      provide: Db,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => {
        const db = new Db((dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection);
        // every process that writes keeps the stored claim JSON, whichever modules it loads
        db.beforeCommit(() => refreshStaleClaimJson(db));
        return db;
      },
    },
  ],
  exports: [Db],
})
export class DatabaseModule {}
