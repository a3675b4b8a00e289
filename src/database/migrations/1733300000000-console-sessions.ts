import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Console sign-in sessions. A session belongs to the API key it was opened with, so revoking the key
 * ends it at once (every lookup joins the key and asks that it is not revoked). `id` is the hash of
 * the cookie's token, never the token itself.
 */
export class ConsoleSessions1733300000000 implements MigrationInterface {
  name = 'ConsoleSessions1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE console_sessions (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      api_key_id TEXT NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`);
    await q.query('CREATE INDEX console_sessions_expiry ON console_sessions(expires_at)');
    await q.query('CREATE INDEX console_sessions_key ON console_sessions(api_key_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE console_sessions');
  }
}
