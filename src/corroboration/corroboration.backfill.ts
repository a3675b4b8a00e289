import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { salientTerms } from './index.js';
import { corroborationOptionsFrom } from './corroboration-config.js';
import { SourceIndex } from './source-index.js';
import { safeErrorText } from './corroboration.processor.js';

const BATCH = 100;

/**
 * Sources and claims held from before the corroboration tables existed get their fingerprints,
 * passages and terms in the background after start-up, a batch at a time so requests are served
 * in between. On a database created with these tables there is nothing to do.
 */
@Injectable()
export class CorroborationBackfill implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CorroborationBackfill.name);
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly sources: SourceIndex,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  onApplicationBootstrap(): void {
    setImmediate(() => this.step(0));
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  private step(done: number): void {
    if (this.stopped) return;
    try {
      const n = this.sources.backfill(BATCH) + this.claimTerms(BATCH);
      if (n > 0) {
        setImmediate(() => this.step(done + n));
        return;
      }
      if (done > 0) this.logger.log({ indexed: done }, 'corroboration index backfilled');
    } catch (error) {
      // e.g. the database closing during shutdown; the next start carries on
      if (!this.stopped) this.logger.warn({ err: safeErrorText(error) }, 'corroboration backfill paused');
    }
  }

  /** Salient terms of claims that have none yet and were never checked (a check stores them). */
  private claimTerms(limit: number): number {
    const rows = this.db.all<{ seq: number; text: string; language: string }>(
      `SELECT seq, text, language FROM claims c
       WHERE c.corroboration_checked_at IS NULL AND NOT EXISTS (SELECT 1 FROM claims_terms_fts t WHERE t.rowid = c.seq)
       ORDER BY seq LIMIT ?`,
      limit,
    );
    if (rows.length === 0) return 0;
    const query = corroborationOptionsFrom(this.settings.corroboration).query;
    this.db.write(() => {
      for (const row of rows) {
        const terms = salientTerms(row.text, row.language === 'de' ? 'de' : 'en', query).join(' ');
        if (this.db.get('SELECT 1 FROM claims_terms_fts WHERE rowid = ?', row.seq)) continue;
        // a claim with no salient term still gets a row, so it is not picked again
        this.db.run('INSERT INTO claims_terms_fts (rowid, terms) VALUES (?, ?)', row.seq, terms);
      }
    });
    return rows.length;
  }
}
