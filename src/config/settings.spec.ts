import { loadSettings } from './settings.js';

describe('loadSettings', () => {
  const base = { NODE_ENV: 'test' };

  it('keeps the read caches on by default and turns both off with READ_CACHE=false', () => {
    expect(loadSettings(base).claims.readCache).toEqual({ queuePages: 1000, claims: 10000 });
    expect(loadSettings({ ...base, READ_CACHE: 'false' }).claims.readCache).toEqual({ queuePages: 0, claims: 0 });
    expect(loadSettings({ ...base, READ_CACHE: 'true' }).claims.readCache).toEqual({ queuePages: 1000, claims: 10000 });
  });

  it('refuses a READ_CACHE that is neither true nor false, naming the variable', () => {
    expect(() => loadSettings({ ...base, READ_CACHE: 'off' })).toThrow(/READ_CACHE/);
  });

  it('leaves /metrics open unless METRICS_TOKEN is set, and refuses a short or spaced token', () => {
    expect(loadSettings(base).metrics).toEqual({ token: null, queueReadTimeoutMs: 500 });
    expect(loadSettings({ ...base, METRICS_TOKEN: '' }).metrics.token).toBeNull();
    expect(loadSettings({ ...base, METRICS_TOKEN: 'scrape-0123456789abcdef' }).metrics.token).toBe('scrape-0123456789abcdef');
    expect(() => loadSettings({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadSettings({ ...base, METRICS_TOKEN: 'has a space in the middle' })).toThrow(/METRICS_TOKEN/);
  });
});
