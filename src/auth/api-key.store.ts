import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { hashApiKey } from './api-keys.js';
import type { Caller, Role } from './roles.js';

/** Looks a presented key up by its hash; on the hot path of every request, so one prepared statement. */
@Injectable()
export class ApiKeyStore {
  constructor(private readonly db: Db) {}

  findCaller(key: string): Caller | null {
    const row = this.db.get<{ id: string; name: string; role: Role }>(
      `SELECT u.id, u.name, u.role FROM api_keys k JOIN users u ON u.id = k.user_id
       WHERE k.key_hash = ? AND k.revoked_at IS NULL`,
      hashApiKey(key),
    );
    return row ?? null;
  }
}
