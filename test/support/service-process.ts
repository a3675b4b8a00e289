import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './ports.js';

/** The repository root: `npm start` and `node dist/…` run from there, as a user runs them. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface LogLine {
  level: number;
  msg?: string;
  pid: number;
  [field: string]: unknown;
}

/** A process of the service started as a user starts it, with everything it printed. */
export interface ServiceProcess {
  child: ChildProcess;
  output(): string;
  /** The JSON lines of stdout (npm's and tsc's own lines left out). */
  logs(): LogLine[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnService(command: string, args: string[], options: SpawnOptions): ServiceProcess {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    logs: () =>
      out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as LogLine];
          } catch {
            return [];
          }
        }),
    exited,
  };
}

/** The environment of a service run: the caller's, minus what would point it at shared state. */
export function serviceEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.REDIS_URL;
  // Jest sets NODE_ENV=test, whose config silences the log these tests read.
  return { ...env, NODE_ENV: 'development', LOG_LEVEL: 'info', ...vars };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for GET /health to answer 200; fails early, with the output, if the process ends first. */
export async function waitForHealth(service: ServiceProcess, baseUrl: string, timeoutMs: number): Promise<void> {
  let ended = false;
  void service.exited.then(() => (ended = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`the service ended before answering /health:\n${service.output()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`no answer from ${baseUrl}/health within ${timeoutMs} ms:\n${service.output()}`);
}

/** Resolves with the exit, or with null if the process is still running after `ms`. */
export async function exitWithin(service: ServiceProcess, ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
  // unref'd: a pending timer of a race already won would keep Jest from exiting
  return Promise.race([service.exited, sleep(ms, null, { ref: false })]);
}

/** One test's service: a fresh directory (database, private Redis), a free port and the environment to start it with. */
export interface ServiceRun {
  dir: string;
  port: number;
  baseUrl: string;
  dbPath: string;
  env: NodeJS.ProcessEnv;
  /** Pids to kill if the test leaves them running. */
  leftovers: number[];
}

export async function newServiceRun(prefix: string, adminKey: string): Promise<ServiceRun> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const port = await freePort();
  const dbPath = join(dir, 'claimdesk.sqlite');
  return {
    dir,
    port,
    dbPath,
    baseUrl: `http://127.0.0.1:${port}`,
    env: serviceEnv({ PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: dbPath, REDIS_DATA_DIR: dir, ADMIN_API_KEY: adminKey }),
    leftovers: [],
  };
}

/**
 * What a failed test left running, then the directory. A pid may have been reused since, so only a
 * process whose environment names this run's directory is ours to kill (Linux /proc; elsewhere nothing is killed).
 */
export function endServiceRun(run: ServiceRun): void {
  for (const pid of run.leftovers.splice(0)) {
    let environ = '';
    try {
      environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue; // gone
    }
    if (environ.includes(run.dir)) process.kill(pid, 'SIGKILL');
  }
  rmSync(run.dir, { recursive: true, force: true });
}
