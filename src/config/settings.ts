import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables } from './environment.js';
import type { CorroborationSettings } from '../corroboration/corroboration-config.js';

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
  /**
   * create: whether this process may create a database file that is not there. null (the default):
   * the API creates it, a worker does not — a worker that made its own empty file would take jobs
   * from the shared Redis and find none of their claims (see src/database/database-file.ts).
   */
  database: { path: string; busyTimeoutMs: number; walAutocheckpointPages: number; create: boolean | null };
  auth: { keyCacheMs: number };
  /**
   * The browser console (src/console): its built files (dir; null: dist/console-ui beside the compiled
   * code), how long a sign-in lasts, and whether the session cookie is Secure (null in config:
   * only when NODE_ENV=production).
   */
  console: { dir: string | null; sessionTtlMs: number; secureCookie: boolean };
  /** Entries kept by the read caches (0: off); see src/database/read-cache.ts. */
  claims: { readCache: { queuePages: number; claims: number } };
  redis: { url: string | null; dataDir: string };
  queue: { prefix: string };
  /**
   * runWorkers false: no queue workers at all (API only). Otherwise `node dist/main.js` forks
   * workerProcesses children running dist/worker.js; 0 keeps the workers in the API's own process.
   * outboxRelay false: this process moves no events into BullMQ (set by main.ts for the API and all
   * but one worker child; the child that relays is woken over IPC on the API's commits).
   */
  jobs: {
    relayPollMs: number;
    relayBatch: number;
    runWorkers: boolean;
    workerProcesses: number;
    /** Niceness of the worker children (0–19): above the API's, so on a busy core the scheduler serves requests first. */
    workerNice: number;
    /**
     * Burst children (`node dist/main.js` only, beside workerProcesses): their workers start paused
     * and take jobs only while the jobs waiting reach burstBacklog.open, until they fall to
     * burstBacklog.close (src/jobs/backlog-gate.ts). A steady desk leaves the second core to people;
     * a burst of claims gets it too.
     */
    burstWorkerProcesses: number;
    burstBacklog: { open: number; close: number };
    /** This process is a burst child (set by the supervisor). */
    gated: boolean;
    outboxRelay: boolean;
    concurrency: Record<string, number>;
  };
  pagination: { defaultLimit: number; maxLimit: number };
  /** The live event stream (src/events/event-stream.hub.ts). */
  events: { stream: EventStreamSettings };
  idempotency: { ttlHours: number };
  log: { level: string };
  /** /metrics: token null (env METRICS_TOKEN unset) leaves it open; queue depths are waited for at most queueReadTimeoutMs. */
  metrics: { token: string | null; queueReadTimeoutMs: number };
  adminApiKey: string | null;
  webhooks: WebhookSettings;
  review: { publicBaseUrl: string; organization: { name: string; url: string } };
  corroboration: CorroborationSettings;
  extraction: { sameClaimSimilarity: number };
  /** Consistency rules (see src/consistency/options.ts for what each one means). */
  consistency: {
    windowDays: number;
    approxTolerance: number;
    roundingCap: number;
    severity: { medium: number; high: number };
    /** Partner figures a check reads per figure, before and after it in time (src/consistency/partner-bound.ts). */
    maxPartnersPerSide?: number;
  };
}

export interface EventStreamSettings {
  /** How often the process's one poll loop looks for events committed by other processes. */
  pollMs: number;
  /** A comment line sent to every open stream this often, so that proxies keep idle ones open. */
  heartbeatMs: number;
  /** The SSE `retry:` a client waits before reconnecting. */
  retryMs: number;
  /** Events read from the feed per query (catching up, and each poll). */
  batch: number;
  /** A stream with more than this unsent in its socket stops getting live events and catches up from the feed once it drains. */
  maxBufferedBytes: number;
}

export interface WebhookSettings {
  /** WEBHOOK_ALLOW_PRIVATE_TARGETS: loopback and private targets (tests, local development); never link-local or metadata. */
  allowPrivateTargets: boolean;
  /** WEBHOOK_ALLOW_HTTP: http:// targets; default true except when NODE_ENV=production. */
  allowHttp: boolean;
  /** WEBHOOK_SECRET_KEY: key material sealing subscription secrets at rest; null means the development default. */
  secretKey: string | null;
  /** Deadline of one delivery attempt, connecting to the last byte. */
  timeoutMs: number;
  /** Wait before attempt i+1 (entry 0 is the first attempt). */
  retryScheduleMs: number[];
  /** ±fraction applied to each wait. */
  retryJitter: number;
  /** A consumer's Retry-After cannot push the next attempt further out than this. */
  retryAfterCapMs: number;
  /** A subscription failing this long without a single success is disabled. */
  disableAfterFailingMs: number;
  /** After a rotation, how long the previous secret still signs. */
  previousSecretValidMs: number;
  /** How often the sweep re-enqueues pending deliveries that are due. */
  sweepIntervalMs: number;
  /** A due delivery is looked at by the sweep only when it is this overdue (its job normally runs first). */
  sweepGraceMs: number;
  sweepBatch: number;
  /** A worker's hold on an attempt lasts the timeout plus this; a crashed worker's attempt is due again after it. */
  leaseMarginMs: number;
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
    database: {
      ...(vars.DATABASE_PATH !== undefined && { path: vars.DATABASE_PATH }),
      ...(vars.DATABASE_CREATE !== undefined && { create: vars.DATABASE_CREATE === 'true' }),
    },
    redis: {
      ...(vars.REDIS_URL !== undefined && vars.REDIS_URL !== '' && { url: vars.REDIS_URL }),
      ...(vars.REDIS_DATA_DIR !== undefined && vars.REDIS_DATA_DIR !== '' && { dataDir: vars.REDIS_DATA_DIR }),
    },
    queue: { ...(vars.QUEUE_PREFIX !== undefined && { prefix: vars.QUEUE_PREFIX }) },
    log: { ...(vars.LOG_LEVEL !== undefined && { level: vars.LOG_LEVEL }) },
    metrics: { ...(vars.METRICS_TOKEN !== undefined && vars.METRICS_TOKEN !== '' && { token: vars.METRICS_TOKEN }) },
    jobs: {
      ...(vars.RUN_WORKERS !== undefined && { runWorkers: vars.RUN_WORKERS === 'true' }),
      ...(vars.WORKER_PROCESSES !== undefined && { workerProcesses: Number(vars.WORKER_PROCESSES) }),
      ...(vars.WORKER_NICE !== undefined && { workerNice: Number(vars.WORKER_NICE) }),
      ...(vars.BURST_WORKER_PROCESSES !== undefined && { burstWorkerProcesses: Number(vars.BURST_WORKER_PROCESSES) }),
      ...((vars.BURST_BACKLOG_OPEN !== undefined || vars.BURST_BACKLOG_CLOSE !== undefined) && {
        burstBacklog: {
          ...(vars.BURST_BACKLOG_OPEN !== undefined && { open: Number(vars.BURST_BACKLOG_OPEN) }),
          ...(vars.BURST_BACKLOG_CLOSE !== undefined && { close: Number(vars.BURST_BACKLOG_CLOSE) }),
        },
      }),
    },
    claims: { ...(vars.READ_CACHE === 'false' && { readCache: { queuePages: 0, claims: 0 } }) },
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
    webhooks: webhookSettings(file, vars, nodeEnv),
    console: consoleSettings(file, nodeEnv),
  } as Settings;
  const settings = merge(base, overrides);
  const { open, close } = settings.jobs.burstBacklog;
  if (!(close < open)) {
    throw new Error(`Invalid settings: jobs.burstBacklog.close (${close}, env BURST_BACKLOG_CLOSE) must be below jobs.burstBacklog.open (${open}, env BURST_BACKLOG_OPEN)`);
  }
  return settings;
}

function consoleSettings(file: unknown, nodeEnv: string): Settings['console'] {
  const fromFile = (file as { console?: { dir?: string | null; sessionTtlMs?: number; secureCookie?: boolean | null } }).console ?? {};
  return {
    dir: fromFile.dir ?? null,
    sessionTtlMs: fromFile.sessionTtlMs ?? 8 * 3600_000,
    secureCookie: fromFile.secureCookie ?? nodeEnv === 'production',
  };
}

/** The webhooks section: config/ plus the three WEBHOOK_* variables (see README "Configuration"). */
function webhookSettings(file: unknown, vars: EnvironmentVariables, nodeEnv: string): WebhookSettings {
  const fromFile = ((file as { webhooks?: Partial<WebhookSettings> }).webhooks ?? {}) as WebhookSettings;
  const secretKey = vars.WEBHOOK_SECRET_KEY !== undefined && vars.WEBHOOK_SECRET_KEY !== '' ? vars.WEBHOOK_SECRET_KEY : null;
  if (secretKey === null && nodeEnv === 'production') {
    throw new Error(
      'WEBHOOK_SECRET_KEY is required when NODE_ENV=production: it encrypts webhook secrets at rest ' +
        '(e.g. WEBHOOK_SECRET_KEY=$(openssl rand -base64 32))',
    );
  }
  return {
    ...fromFile,
    allowPrivateTargets: vars.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    allowHttp: vars.WEBHOOK_ALLOW_HTTP !== undefined ? vars.WEBHOOK_ALLOW_HTTP === 'true' : nodeEnv !== 'production',
    secretKey,
  };
}
