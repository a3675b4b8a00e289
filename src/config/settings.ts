import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables } from './environment.js';

/** The typed settings every module reads; built once at boot from config/*.yaml plus the environment. */
export interface Settings {
  env: string;
  http: {
    port: number;
    host: string;
    bodyLimitBytes: number;
    rateLimitPerMinute: number;
    shutdownGraceMs: number;
  };
  database: { path: string; busyTimeoutMs: number };
  redis: { url: string | null; dataDir: string };
  queue: { prefix: string };
  jobs: { relayPollMs: number; relayBatch: number; concurrency: Record<string, number> };
  pagination: { defaultLimit: number; maxLimit: number };
  idempotency: { ttlHours: number };
  log: { level: string };
  adminApiKey: string | null;
  webhooks: { allowPrivateTargets: boolean };
  review: { publicBaseUrl: string; organization: { name: string; url: string } };
}

export const SETTINGS = Symbol('SETTINGS');

/** The repo's config/ folder, found from this file so it works from src/ (tests) and dist/ alike. */
export const CONFIG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'config');

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function readYaml(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  return (yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>) ?? {};
}

function merge<T>(base: T, over: unknown): T {
  if (over === undefined || over === null || typeof over !== 'object' || Array.isArray(over)) {
    return (over === undefined ? base : over) as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    out[k] = merge(out[k], v);
  }
  return out as T;
}

/**
 * Loads config/default.yaml, then config/<NODE_ENV>.yaml, then the environment variables
 * (validated by class-validator), then `overrides` (tests use these).
 * Throws one readable message listing every invalid variable.
 */
export function loadSettings(
  env: NodeJS.ProcessEnv = process.env,
  overrides: DeepPartial<Settings> = {},
): Settings {
  const nodeEnv = env.NODE_ENV ?? 'development';
  let file = merge(readYaml(join(CONFIG_DIR, 'default.yaml')), readYaml(join(CONFIG_DIR, `${nodeEnv}.yaml`)));

  const vars = plainToInstance(EnvironmentVariables, env, { enableImplicitConversion: false });
  const errors = validateSync(vars, { whitelist: false, skipMissingProperties: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }

  const fromEnv: DeepPartial<Settings> = {
    http: {
      ...(vars.PORT !== undefined && { port: Number(vars.PORT) }),
      ...(vars.HOST !== undefined && { host: vars.HOST }),
      ...(vars.RATE_LIMIT !== undefined && { rateLimitPerMinute: Number(vars.RATE_LIMIT) }),
    },
    database: { ...(vars.DATABASE_PATH !== undefined && { path: vars.DATABASE_PATH }) },
    redis: { ...(vars.REDIS_URL !== undefined && vars.REDIS_URL !== '' && { url: vars.REDIS_URL }) },
    queue: { ...(vars.QUEUE_PREFIX !== undefined && { prefix: vars.QUEUE_PREFIX }) },
    log: { ...(vars.LOG_LEVEL !== undefined && { level: vars.LOG_LEVEL }) },
    review: {
      ...(vars.PUBLIC_BASE_URL !== undefined && { publicBaseUrl: vars.PUBLIC_BASE_URL }),
      ...((vars.ORGANIZATION_NAME !== undefined || vars.ORGANIZATION_URL !== undefined) && {
        organization: {
          ...(vars.ORGANIZATION_NAME !== undefined && { name: vars.ORGANIZATION_NAME }),
          ...(vars.ORGANIZATION_URL !== undefined && { url: vars.ORGANIZATION_URL }),
        },
      }),
    },
  };
  file = merge(file, fromEnv);
  const base = {
    ...(file as object),
    env: nodeEnv,
    adminApiKey: vars.ADMIN_API_KEY ?? null,
    webhooks: { allowPrivateTargets: vars.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true' },
  } as Settings;
  return merge(base, overrides);
}
