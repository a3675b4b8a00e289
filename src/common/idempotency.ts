import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db.js';
import { Clock } from './clock.js';
import { DomainError } from './errors.js';
import { SETTINGS, type Settings } from '../config/settings.js';

export interface StoredResponse<T> {
  status: number;
  body: T;
}

/** JSON with sorted keys, so the same body written in another key order hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export const requestHash = (body: unknown): string => createHash('sha256').update(canonical(body)).digest('hex');

/**
 * Idempotency-Key records. `run` must be called inside Db.write(): the lookup, the creation and
 * the record commit together, so two racing requests with one key cannot both create.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  run<T>(
    scope: { userId: string; route: string; key: string | undefined; body: unknown },
    create: () => StoredResponse<T>,
  ): StoredResponse<T> {
    if (scope.key === undefined) return create();
    if (scope.key.length < 1 || scope.key.length > 200) {
      throw new DomainError('validation_failed', 'Idempotency-Key must be 1 to 200 characters', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 200 characters' }],
      });
    }
    const hash = requestHash(scope.body);
    const now = this.clock.now();
    const oldest = new Date(now.getTime() - this.settings.idempotency.ttlHours * 3_600_000).toISOString();
    const prior = this.db.get<{ request_hash: string; status_code: number; response: string; created_at: string }>(
      'SELECT request_hash, status_code, response, created_at FROM idempotency_keys WHERE user_id = ? AND scope = ? AND key = ?',
      scope.userId, scope.route, scope.key,
    );
    if (prior && prior.created_at >= oldest) {
      if (prior.request_hash !== hash) {
        throw new DomainError('idempotency_mismatch', 'This Idempotency-Key was used with a different body');
      }
      return { status: prior.status_code, body: JSON.parse(prior.response) as T };
    }
    const result = create();
    this.db.run(
      `INSERT INTO idempotency_keys (user_id, scope, key, request_hash, status_code, response, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_id, scope, key) DO UPDATE SET request_hash = excluded.request_hash,
         status_code = excluded.status_code, response = excluded.response, created_at = excluded.created_at`,
      scope.userId, scope.route, scope.key, hash, result.status, JSON.stringify(result.body), now.toISOString(),
    );
    return result;
  }
}
