import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, type AppOptions } from '../../src/app.js';
import { loadSettings, type Settings } from '../../src/config/settings.js';
import { testRedisUrl } from './redis.js';
import { ApiClient } from './api-client.js';
import { recordResponses } from './response-log.js';

export interface TestApp {
  app: NestFastifyApplication;
  settings: Settings;
  baseUrl: string;
  dir: string;
  admin: ApiClient;
  anonymous: ApiClient;
  as(key: string): ApiClient;
  /** Creates a user of the role and returns a client that speaks as them. */
  user(role: 'fact_checker' | 'editor' | 'admin', name?: string): Promise<ApiClient & { userId: string }>;
  close(): Promise<void>;
}

export type TestAppOverrides = Parameters<typeof loadSettings>[1];
type Overrides = TestAppOverrides;

/** The real app on a temporary SQLite file and a real Redis with a unique queue prefix, not yet listening. */
export async function createTestApp(overrides: Overrides = {}, options: AppOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-test-'));
  const adminKey = `test-admin-${randomBytes(12).toString('hex')}`;
  const settings = loadSettings(
    { NODE_ENV: 'test', ADMIN_API_KEY: adminKey, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
    {
      ...overrides,
      database: { path: join(dir, 'claimdesk.sqlite'), ...overrides.database },
      redis: { url: await testRedisUrl(), dataDir: dir, ...overrides.redis },
      queue: { prefix: `cdtest-${randomBytes(6).toString('hex')}`, ...overrides.queue },
      http: { port: 0, host: '127.0.0.1', ...overrides.http },
    },
  );
  const app = await createApp(settings, options);
  return {
    app,
    settings,
    dir,
    adminKey,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the real app (see createTestApp) listening on loopback; its answers are recorded for the OpenAPI check. */
export async function startTestApp(overrides: Overrides = {}, options: AppOptions = {}): Promise<TestApp> {
  const { app, settings, dir, adminKey, close } = await createTestApp(overrides, options);
  recordResponses(app.getHttpAdapter().getInstance());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const admin = new ApiClient(baseUrl, adminKey);
  return {
    app,
    settings,
    baseUrl,
    dir,
    admin,
    anonymous: new ApiClient(baseUrl, null),
    as: (key) => new ApiClient(baseUrl, key),
    user: async (role, name = `${role} ${randomBytes(3).toString('hex')}`) => {
      const res = await admin.post('/v1/users', { name, role });
      if (res.status !== 201) throw new Error(`could not create user: ${res.status} ${JSON.stringify(res.body)}`);
      return Object.assign(new ApiClient(baseUrl, res.body.apiKey), { userId: res.body.id as string });
    },
    close,
  };
}
