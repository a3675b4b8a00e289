import type { RedisOptions } from 'ioredis';

/** ioredis options from a redis://, rediss:// or unix:///path URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  if (url.startsWith('unix://')) return { path: url.slice('unix://'.length) };
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}
