import { loadSettings } from '../config/settings.js';

describe('webhook settings from the environment', () => {
  it('defaults: http allowed and private targets refused outside production; schedule from config/', () => {
    const s = loadSettings({ NODE_ENV: 'development' });
    expect(s.webhooks).toMatchObject({ allowHttp: true, allowPrivateTargets: false, secretKey: null, timeoutMs: 15000 });
    expect(s.webhooks.retryScheduleMs).toEqual([0, 5000, 300000, 1800000, 7200000, 18000000, 36000000, 36000000]);
    expect(s.webhooks.disableAfterFailingMs).toBe(5 * 24 * 3600_000);
  });

  it('production refuses to start without WEBHOOK_SECRET_KEY and allows https only by default', () => {
    expect(() => loadSettings({ NODE_ENV: 'production' })).toThrow(/WEBHOOK_SECRET_KEY is required/);
    const s = loadSettings({ NODE_ENV: 'production', WEBHOOK_SECRET_KEY: 'k'.repeat(44) });
    expect(s.webhooks).toMatchObject({ allowHttp: false, secretKey: 'k'.repeat(44) });
    expect(loadSettings({ NODE_ENV: 'production', WEBHOOK_SECRET_KEY: 'k'.repeat(44), WEBHOOK_ALLOW_HTTP: 'true' }).webhooks.allowHttp).toBe(true);
  });

  it('validates the variables', () => {
    expect(() => loadSettings({ WEBHOOK_SECRET_KEY: 'short' })).toThrow(/WEBHOOK_SECRET_KEY must be at least 16 characters/);
    expect(() => loadSettings({ WEBHOOK_ALLOW_HTTP: 'yes' })).toThrow(/WEBHOOK_ALLOW_HTTP/);
    expect(loadSettings({ WEBHOOK_ALLOW_HTTP: 'false', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).webhooks).toMatchObject({ allowHttp: false, allowPrivateTargets: true });
  });
});
