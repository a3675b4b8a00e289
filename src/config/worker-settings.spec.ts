import { loadSettings } from './settings.js';

describe('where the queue workers run (jobs settings)', () => {
  it('forks one worker child by default, WORKER_PROCESSES of them when set, and 0 keeps them in the API process', () => {
    expect(loadSettings({}).jobs).toMatchObject({ runWorkers: true, workerProcesses: 1, outboxRelay: true });
    expect(loadSettings({ WORKER_PROCESSES: '3' }).jobs.workerProcesses).toBe(3);
    expect(loadSettings({ WORKER_PROCESSES: '0' }).jobs.workerProcesses).toBe(0);
    expect(loadSettings({ RUN_WORKERS: 'false' }).jobs.runWorkers).toBe(false);
  });

  it('starts the worker children nicer than the API (WORKER_NICE, default 19), and refuses a niceness outside 0–19', () => {
    expect(loadSettings({}).jobs.workerNice).toBe(19);
    expect(loadSettings({ WORKER_NICE: '0' }).jobs.workerNice).toBe(0);
    expect(loadSettings({ WORKER_NICE: '19' }).jobs.workerNice).toBe(19);
    for (const bad of ['-5', '20', 'low', '3.5']) {
      expect(() => loadSettings({ WORKER_NICE: bad })).toThrow(/WORKER_NICE must be a whole number from 0 to 19/);
    }
  });

  it('refuses a count that is not a small whole number, naming the variable', () => {
    for (const bad of ['-1', '1.5', 'two', '17', ' 2']) {
      expect(() => loadSettings({ WORKER_PROCESSES: bad })).toThrow(/WORKER_PROCESSES must be a whole number from 0 to 16/);
    }
  });

  it('adds one burst child by default (BURST_WORKER_PROCESSES), gated by the backlog marks, and refuses marks that cannot work', () => {
    expect(loadSettings({}).jobs).toMatchObject({ burstWorkerProcesses: 1, burstBacklog: { open: 500, close: 50 }, gated: false });
    expect(loadSettings({ BURST_WORKER_PROCESSES: '0' }).jobs.burstWorkerProcesses).toBe(0);
    expect(loadSettings({ BURST_BACKLOG_OPEN: '40', BURST_BACKLOG_CLOSE: '5' }).jobs.burstBacklog).toEqual({ open: 40, close: 5 });
    expect(() => loadSettings({ BURST_BACKLOG_OPEN: '50', BURST_BACKLOG_CLOSE: '50' })).toThrow(/burstBacklog.close \(50, env BURST_BACKLOG_CLOSE\) must be below/);
    expect(() => loadSettings({ BURST_WORKER_PROCESSES: '17' })).toThrow(/BURST_WORKER_PROCESSES must be a whole number from 0 to 16/);
    expect(() => loadSettings({ BURST_BACKLOG_OPEN: 'many' })).toThrow(/BURST_BACKLOG_OPEN must be a whole number of jobs/);
  });
});
