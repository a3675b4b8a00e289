import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { freePort } from './ports.js';

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 500, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

let shared: Promise<string> | undefined;

/**
 * The Redis the tests use: REDIS_URL, else 127.0.0.1:6379 if it answers, else a private
 * redis-server on a free port (stopped when the test process exits).
 */
export function testRedisUrl(): Promise<string> {
  shared ??= (async () => {
    if (process.env.REDIS_URL) return process.env.REDIS_URL;
    if (await answers('redis://127.0.0.1:6379')) return 'redis://127.0.0.1:6379';
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-redis-'));
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], { stdio: 'ignore' });
    child.unref();
    process.once('exit', () => child.kill('SIGTERM'));
    const url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && !(await answers(url)); i++) await sleep(50);
    return url;
  })();
  return shared;
}
