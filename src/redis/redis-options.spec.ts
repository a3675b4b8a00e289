import { redactRedisUrl, redisOptionsFromUrl } from './redis-options.js';

describe('redactRedisUrl', () => {
  it('hides the password and keeps what says which Redis it is', () => {
    const logged = redactRedisUrl('rediss://app:s3cr%40t@cache.example:6380/2');
    expect(logged).toBe('rediss://app:***@cache.example:6380/2');
    expect(logged).not.toContain('s3cr');
    // the original still connects with the real password
    expect(redisOptionsFromUrl('rediss://app:s3cr%40t@cache.example:6380/2').password).toBe('s3cr@t');
  });

  it('leaves URLs without a password and unix sockets as they are', () => {
    expect(redactRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactRedisUrl('redis://:pw@127.0.0.1:6379')).toBe('redis://:***@127.0.0.1:6379');
    expect(redactRedisUrl('unix:///var/run/redis.sock')).toBe('unix:///var/run/redis.sock');
  });
});
