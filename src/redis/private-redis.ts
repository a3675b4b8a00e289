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
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts a redis-server child that only this service uses: unix socket and append-only file under
 * `dataDir`, no TCP port. It is stopped with the service.
 */
export async function startPrivateRedis(dataDir: string): Promise<PrivateRedis> {
  if (!redisServerInstalled()) throw new Error(HOW_TO_GET_REDIS);
  const dir = resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const socket = join(dir, 'redis.sock');
  if (existsSync(socket)) rmSync(socket);
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--appendonly', 'yes',
      '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.once('exit', () => (exited = true));

  for (let i = 0; i < 100; i++) {
    if (exited) throw new Error(`redis-server exited at start; see ${join(dir, 'redis.log')}`);
    if (existsSync(socket)) {
      const probe = new Redis({ path: socket, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') {
          probe.disconnect();
          break;
        }
      } catch {
        probe.disconnect();
      }
    }
    await sleep(50);
  }
  return {
    url: `unix://${socket}`,
    stop: async () => {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([done, sleep(5000)]);
    },
  };
}
