import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { hashApiKey } from './api-keys.js';
import { newSessionToken, sessionId } from './console-session.js';
import type { Caller, Role } from './roles.js';

export interface OpenedSession {
  token: string;
  caller: Caller;
  expiresAt: string;
}

export interface SessionCaller {
  caller: Caller;
  expiresAt: string;
}

/**
 * Console sessions in SQLite. Unlike API keys, lookups are not cached: a sign-out or a revoked key
 * must end the session at once in every process, and the lookup is one primary-key read.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  /** Opens a session for the holder of an API key; null when the key is unknown or revoked. */
  open(apiKey: string): OpenedSession | null {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.settings.console.sessionTtlMs).toISOString();
    const token = newSessionToken();
    return this.db.write(() => {
      const key = this.db.get<{ keyId: string; id: string; name: string; role: Role }>(
        `SELECT k.id AS keyId, u.id, u.name, u.role FROM api_keys k JOIN users u ON u.id = k.user_id
         WHERE k.key_hash = ? AND k.revoked_at IS NULL`,
        hashApiKey(apiKey),
      );
      if (!key) return null;
      // expired sessions are removed here, so the table holds only live ones and no timer is needed
      this.db.run('DELETE FROM console_sessions WHERE expires_at <= ?', now.toISOString());
      this.db.run(
        'INSERT INTO console_sessions (id, user_id, api_key_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        sessionId(token), key.id, key.keyId, now.toISOString(), expiresAt,
      );
      return { token, caller: { id: key.id, name: key.name, role: key.role }, expiresAt };
    });
  }

  /** The caller of a live session: not signed out, not expired, its key not revoked. */
  find(token: string): SessionCaller | null {
    const row = this.db.get<{ id: string; name: string; role: Role; expiresAt: string }>(
      `SELECT u.id, u.name, u.role, s.expires_at AS expiresAt FROM console_sessions s
       JOIN api_keys k ON k.id = s.api_key_id AND k.revoked_at IS NULL
       JOIN users u ON u.id = s.user_id
       WHERE s.id = ? AND s.expires_at > ?`,
      sessionId(token), this.clock.now().toISOString(),
    );
    return row ? { caller: { id: row.id, name: row.name, role: row.role }, expiresAt: row.expiresAt } : null;
  }

  close(token: string): void {
    this.db.write(() => this.db.run('DELETE FROM console_sessions WHERE id = ?', sessionId(token)));
  }
}
