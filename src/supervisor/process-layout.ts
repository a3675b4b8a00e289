import type { Settings } from '../config/settings.js';

export type WorkerLayout = 'none' | 'in-process' | 'children';

/** Where the queue workers of this service run (README "Configuration": RUN_WORKERS, WORKER_PROCESSES). */
export function workerLayout(settings: Settings): WorkerLayout {
  if (!settings.jobs.runWorkers) return 'none';
  return settings.jobs.workerProcesses > 0 ? 'children' : 'in-process';
}

/**
 * The settings of the API process itself. With worker children its own loop runs no job and not the
 * outbox relay either (routing, webhook fan-out and BullMQ calls for every event): a child relays,
 * woken on each commit here. Nor does it checkpoint the WAL: SQLite runs an automatic checkpoint in
 * whichever connection commits past the threshold, synchronously, and copying thousands of pages
 * in the API's loop stalls every request behind it. The children commit after every write of the
 * API (they relay its events), so their checkpoints keep the WAL bounded.
 */
export function apiProcessSettings(settings: Settings): Settings {
  if (workerLayout(settings) !== 'children') return settings;
  return {
    ...settings,
    jobs: { ...settings.jobs, runWorkers: false, outboxRelay: false },
    database: { ...settings.database, walAutocheckpointPages: 0 },
  };
}
