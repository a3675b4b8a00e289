import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';

const MAX_PAGES = 1000;

/**
 * The queue page is the desk's busiest read and every fact-checker asks for the same first page.
 * Pages are kept as the JSON text sent, dropped at once on any commit in this process, and after
 * claims.queueCacheMs at the latest (writes by other processes). 0 turns the cache off.
 */
@Injectable()
export class QueuePageCache {
  private readonly pages = new Map<string, { json: string; until: number }>();

  constructor(
    db: Db,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    db.onCommit(() => this.pages.clear());
  }

  get(key: string): string | undefined {
    const hit = this.pages.get(key);
    if (!hit) return undefined;
    if (hit.until > Date.now()) return hit.json;
    this.pages.delete(key);
    return undefined;
  }

  set(key: string, json: string): void {
    const ttl = this.settings.claims.queueCacheMs;
    if (ttl <= 0) return;
    if (this.pages.size >= MAX_PAGES) this.pages.clear();
    this.pages.set(key, { json, until: Date.now() + ttl });
  }
}
