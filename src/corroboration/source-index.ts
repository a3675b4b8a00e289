import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import type { Language } from '../text/index.js';
import {
  type Fingerprint,
  type OriginMatch,
  type Passage,
  fingerprintText,
  indexTokens,
  lshBandKeys,
  pickOrigin,
  signatureFromBuffer,
  signatureToBuffer,
  splitPassages,
} from './index.js';
import { corroborationOptionsFrom } from './corroboration-config.js';
import type { CorroborationOptions } from './options.js';

/** What ingest computes from a source's text before it takes the write lock. */
export interface PreparedSource {
  fingerprint: Fingerprint;
  bandKeys: string[];
  passages: Array<Passage & { terms: string }>;
}

interface CandidateRow {
  source_id: string;
  origin_id: string;
  signature: Buffer;
  shingle_count: number;
}

/**
 * The ingest side of corroboration: a source's near-duplicate fingerprint and LSH bands (for its
 * origin) and its passages in the FTS5 index (for checks). `prepare` is pure CPU work done before
 * the transaction; `originFor` and `store` run inside the ingest's Db.write.
 */
@Injectable()
export class SourceIndex {
  private readonly options: CorroborationOptions;

  constructor(
    private readonly db: Db,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    this.options = corroborationOptionsFrom(settings.corroboration);
  }

  prepare(text: string, language: Language): PreparedSource {
    const fingerprint = fingerprintText(text, this.options.fingerprint);
    return {
      fingerprint,
      bandKeys: lshBandKeys(fingerprint.signature, this.options.lsh),
      passages: splitPassages(text, { ...this.options.passages, language }).map((p) => ({ ...p, terms: indexTokens(p.text, language) })),
    };
  }

  /**
   * The held source this one is a copy or light rewrite of, or null. Candidates come from the
   * band index (an indexed look-up per band key, never a scan), those sharing most bands first.
   */
  originFor(prepared: PreparedSource): OriginMatch | null {
    if (prepared.bandKeys.length === 0) return null;
    const rows = this.db.all<CandidateRow>(
      `SELECT c.source_id, s.origin_id, f.signature, f.shingle_count
       FROM (SELECT source_id, COUNT(*) AS shared FROM source_bands
             WHERE band_key IN (SELECT value FROM json_each(?))
             GROUP BY source_id ORDER BY shared DESC, source_id LIMIT ?) c
       JOIN source_fingerprints f ON f.source_id = c.source_id
       JOIN sources s ON s.id = c.source_id`,
      JSON.stringify(prepared.bandKeys), this.settings.corroboration.origins.maxCandidates,
    );
    const candidates = rows.map((r) => ({
      sourceId: r.source_id,
      originId: r.origin_id,
      fingerprint: { signature: signatureFromBuffer(r.signature), shingleCount: r.shingle_count },
    }));
    return pickOrigin(prepared.fingerprint, candidates, this.options.origins);
  }

  /** Inside a write, after the source row: fingerprint, band keys, passages and their index rows. */
  store(sourceId: string, prepared: PreparedSource): void {
    this.db.run(
      'INSERT INTO source_fingerprints (source_id, signature, shingle_count) VALUES (?, ?, ?)',
      sourceId, signatureToBuffer(prepared.fingerprint.signature), prepared.fingerprint.shingleCount,
    );
    for (const key of prepared.bandKeys) {
      this.db.run('INSERT OR IGNORE INTO source_bands (band_key, source_id) VALUES (?, ?)', key, sourceId);
    }
    for (const p of prepared.passages) {
      const { lastInsertRowid } = this.db.run(
        'INSERT INTO passages (source_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        sourceId, p.index, p.start, p.end, p.text,
      );
      if (p.terms !== '') this.db.run('INSERT INTO passages_fts (rowid, terms) VALUES (?, ?)', lastInsertRowid, p.terms);
    }
  }

  /**
   * Indexes up to `limit` sources held from before this index existed, oldest first, each in its
   * own transaction (so ingest is never held up for long). Returns how many it indexed.
   */
  backfill(limit: number): number {
    const rows = this.db.all<{ id: string; text: string; language: string; origin_id: string }>(
      `SELECT id, text, language, origin_id FROM sources s
       WHERE NOT EXISTS (SELECT 1 FROM source_fingerprints f WHERE f.source_id = s.id) ORDER BY seq LIMIT ?`,
      limit,
    );
    for (const row of rows) {
      const prepared = this.prepare(row.text, row.language === 'en' ? 'en' : 'de');
      this.db.write(() => {
        if (this.db.get('SELECT 1 FROM source_fingerprints WHERE source_id = ?', row.id)) return;
        const origin = this.originFor(prepared);
        if (origin && row.origin_id === row.id) this.db.run('UPDATE sources SET origin_id = ? WHERE id = ?', origin.originId, row.id);
        this.store(row.id, prepared);
      });
    }
    return rows.length;
  }
}
