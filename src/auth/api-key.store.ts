import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { hashApiKey } from './api-keys.js';
import type { Caller, Role } from './roles.js';

interface Cached {
  caller: Caller | null;
  until: number;
}

/**
 * Looks a presented key up by its hash. This runs on every request, so answers are kept for a
 * short while (config auth.keyCacheMs); this process forgets them at once when keys or users
 * change, other processes within that time.
 */
@Injectable()
export class ApiKeyStore {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly db: Db,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  findCaller(key: string): Caller | null {
    const hash = hashApiKey(key);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.caller;
    const row = this.db.get<{ id: string; name: string; role: Role }>(
      `SELECT u.id, u.name, u.role FROM api_keys k JOIN users u ON u.id = k.user_id
       WHERE k.key_hash = ? AND k.revoked_at IS NULL`,
      hash,
    );
    const caller = row ?? null;
    // bounded: unknown keys are cached too (so guessing costs no query), but never without limit
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(hash, { caller, until: now + this.settings.auth.keyCacheMs });
    return caller;
  }

  forget(): void {
    this.cache.clear();
  }
}
