import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Database } from 'better-sqlite3';
import { Db } from './db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { sqliteDataSourceOptions } from './sqlite-options.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [SETTINGS],
      useFactory: (settings: Settings) =>
        sqliteDataSourceOptions(settings.database.path, settings.database.busyTimeoutMs, settings.database.walAutocheckpointPages),
    }),
  ],
  providers: [
    {
      provide: Db,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) =>
        new Db((dataSource.driver as unknown as { databaseConnection: Database }).databaseConnection),
    },
  ],
  exports: [Db],
})
export class DatabaseModule {}
