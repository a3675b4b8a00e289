import { loadSettings } from '../config/settings.js';
import { apiProcessSettings, workerLayout } from './process-layout.js';

describe('the API process beside its worker children', () => {
  it('with children, runs neither jobs nor the relay nor WAL checkpoints itself; the children keep the configured threshold', () => {
    const settings = loadSettings({});
    expect(workerLayout(settings)).toBe('children');
    const api = apiProcessSettings(settings);
    expect(api.jobs).toMatchObject({ runWorkers: false, outboxRelay: false });
    expect(api.database.walAutocheckpointPages).toBe(0);
    expect(settings.database.walAutocheckpointPages).toBeGreaterThan(0);
    expect(api.database.path).toBe(settings.database.path);
  });

  it('with the workers in the API process (WORKER_PROCESSES=0) or elsewhere (RUN_WORKERS=false), keeps the settings as they are', () => {
    for (const env of [{ WORKER_PROCESSES: '0' }, { RUN_WORKERS: 'false' }]) {
      const settings = loadSettings(env);
      expect(apiProcessSettings(settings)).toBe(settings);
    }
    expect(workerLayout(loadSettings({ WORKER_PROCESSES: '0' }))).toBe('in-process');
    expect(workerLayout(loadSettings({ RUN_WORKERS: 'false' }))).toBe('none');
  });
});
