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
});
