import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Db } from '../database/db.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { fieldError, notFound } from '../common/errors.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../common/pagination.js';
import { SETTINGS, type Settings } from '../config/settings.js';
import { generateApiKey, hashApiKey, keyPrefix } from './api-keys.js';
import { UserEntity } from './user.entity.js';
import { ApiKeyStore } from './api-key.store.js';
import type { Caller, Role } from './roles.js';
import type { ApiKeyResponse, RevokedKeysResponse, UserListItem, UserResponse, UserWithKeyResponse } from './users.dto.js';

const toResponse = (u: UserEntity): UserResponse => ({ id: u.id, name: u.name, role: u.role, createdAt: u.createdAt });

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly keys: ApiKeyStore,
  ) {}

  /** ADMIN_API_KEY makes sure an admin with that key exists; the key itself is stored only hashed. */
  onApplicationBootstrap(): void {
    const key = this.settings.adminApiKey;
    if (!key) return;
    this.db.write(() => {
      const known = this.db.get('SELECT 1 FROM api_keys WHERE key_hash = ?', hashApiKey(key));
      if (known) return;
      const id = newId();
      const now = this.clock.now().toISOString();
      this.db.run('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)', id, 'admin', 'admin', now);
      this.insertKey(id, key, now);
      this.logger.log({ userId: id }, 'bootstrap admin created from ADMIN_API_KEY');
    });
  }

  create(name: string, role: Role): UserWithKeyResponse {
    const id = newId();
    const now = this.clock.now().toISOString();
    const apiKey = generateApiKey();
    this.db.write(() => {
      this.db.run('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)', id, name, role, now);
      this.insertKey(id, apiKey, now);
    });
    this.keys.forget();
    return { id, name, role, createdAt: now, apiKey };
  }

  async list(limit: number | undefined, cursor: string | undefined): Promise<Page<UserListItem>> {
    const take = clampLimit(limit, this.settings.pagination);
    const after = decodeCursor(cursor, 2) as [string, string] | null;
    const qb = this.users.createQueryBuilder('u').orderBy('u.created_at', 'ASC').addOrderBy('u.id', 'ASC').limit(take + 1);
    if (after) qb.where('(u.created_at > :at OR (u.created_at = :at AND u.id > :id))', { at: after[0], id: after[1] });
    const rows = await qb.getMany();
    const ids = rows.map((u) => u.id);
    const active = new Map(
      ids.length
        ? this.db.all<{ user_id: string; n: number }>(
            `SELECT user_id, COUNT(*) AS n FROM api_keys WHERE revoked_at IS NULL AND user_id IN (${ids.map(() => '?').join(', ')}) GROUP BY user_id`,
            ...ids,
          ).map((r) => [r.user_id, r.n] as const)
        : [],
    );
    return toPage(rows, take, (u) => ({ ...toResponse(u), activeKeys: active.get(u.id) ?? 0 }), (u) => [u.createdAt, u.id]);
  }

  issueKey(userId: string): ApiKeyResponse {
    const apiKey = generateApiKey();
    const now = this.clock.now().toISOString();
    const keyId = this.db.write(() => {
      this.requireUser(userId);
      return this.insertKey(userId, apiKey, now);
    });
    this.keys.forget();
    return { userId, keyId, apiKey, keyPrefix: keyPrefix(apiKey), createdAt: now };
  }

  /** Revokes every key of the user, or every key but `except` (one of theirs, not revoked): the second half of a rotation. */
  revokeKeys(userId: string, except?: string): RevokedKeysResponse {
    const now = this.clock.now().toISOString();
    const revoked = this.db.write(() => {
      this.requireUser(userId);
      if (except === undefined) {
        return this.db.run('UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', now, userId).changes;
      }
      if (!this.db.get('SELECT 1 FROM api_keys WHERE id = ? AND user_id = ? AND revoked_at IS NULL', except, userId)) {
        throw fieldError('except', `${except} is not a key of this user that is still valid`);
      }
      return this.db.run('UPDATE api_keys SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND id <> ?', now, userId, except).changes;
    });
    this.keys.forget();
    return { userId, revoked };
  }

  me(caller: Caller): UserResponse {
    const row = this.db.get<{ created_at: string }>('SELECT created_at FROM users WHERE id = ?', caller.id);
    return { id: caller.id, name: caller.name, role: caller.role, createdAt: row?.created_at ?? '' };
  }

  private requireUser(id: string): void {
    if (!this.db.get('SELECT 1 FROM users WHERE id = ?', id)) throw notFound('user', id);
  }

  private insertKey(userId: string, key: string, now: string): string {
    const id = newId();
    this.db.run(
      'INSERT INTO api_keys (id, user_id, key_hash, key_prefix, created_at) VALUES (?, ?, ?, ?, ?)',
      id, userId, hashApiKey(key), keyPrefix(key), now,
    );
    return id;
  }
}
