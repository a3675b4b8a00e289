import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

export const HOW_TO_GET_REDIS = [
  'claimdesk needs Redis and none was given.',
  'Either set REDIS_URL=redis://host:6379, or install redis-server so claimdesk can start a private one:',
  '  Debian/Ubuntu: sudo apt-get install -y redis-server',
  '  macOS:         brew install redis',
  '  Docker:        docker compose up -d redis   (then REDIS_URL=redis://127.0.0.1:6379)',
].join('\n');

export interface PrivateRedis {
  url: string;
  socket: string;
  pid: number;
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts a redis-server child that only this service uses: unix socket and append-only file under
 * `dataDir`, no TCP port. It is stopped with the service, as its last step.
 */
export async function startPrivateRedis(dataDir: string): Promise<PrivateRedis> {
  if (!redisServerInstalled()) throw new Error(HOW_TO_GET_REDIS);
  const dir = resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const socket = join(dir, 'redis.sock');
  if (existsSync(socket)) {
    // One left by a service that was killed outright; two servers must never share one append-only file.
    await shutDownLeftover(socket);
    rmSync(socket, { force: true });
  }
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--appendonly', 'yes',
      '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')],
    // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and Redis must
    // outlive the workers and the database, which still use it while the service stops.
    { stdio: 'ignore', detached: true },
  );
  let exited = false;
  const gone = new Promise<void>((r) => child.once('exit', () => ((exited = true), r())));
  // A forced exit cannot wait for the stop step; the child is at least told to go.
  const onExit = (): void => void (exited || child.kill('SIGTERM'));
  process.once('exit', onExit);

  let ready = false;
  for (let i = 0; i < 100 && !ready && !exited; i++) {
    if (existsSync(socket)) ready = await answersPing(socket);
    if (!ready) await sleep(50);
  }
  if (!ready) {
    process.removeListener('exit', onExit);
    if (!exited) child.kill('SIGKILL');
    throw new Error(`redis-server ${exited ? 'exited at start' : 'did not answer within 5 s'}; see ${join(dir, 'redis.log')}`);
  }
  return {
    url: `unix://${socket}`,
    socket,
    pid: child.pid!,
    stop: async () => {
      process.removeListener('exit', onExit);
      if (exited) return;
      // SIGTERM: Redis flushes the append-only file and exits.
      child.kill('SIGTERM');
      const late = await Promise.race([gone.then(() => false), sleep(5000, true)]);
      if (late) throw new Error('redis-server did not stop within 5 s');
    },
  };
}

async function answersPing(socket: string): Promise<boolean> {
  const probe = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

async function shutDownLeftover(socket: string): Promise<void> {
  if (!(await answersPing(socket))) return;
  const client = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    // The server closes the connection instead of answering.
    await client.call('SHUTDOWN').catch(() => undefined);
  } finally {
    client.disconnect();
  }
  for (let i = 0; i < 100 && existsSync(socket); i++) await sleep(50);
}
