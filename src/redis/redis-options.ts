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

/** The URL as it may appear in a log: any password replaced by `***`. */
export function redactRedisUrl(url: string): string {
  if (url.startsWith('unix://')) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // validated at start, so only a malformed value lands here; its scheme says enough
    return `${url.split(':')[0]}://…`;
  }
}
