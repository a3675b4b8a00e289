/** What /health asks about background queues; the jobs module provides it once queues exist. */
export interface QueueHealth {
  describe(): Promise<Record<string, unknown>>;
}

export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');

export const NO_QUEUES: QueueHealth = { describe: async () => ({ queues: {} }) };
