/** What /health asks about background queues; the jobs module answers it. */
export interface QueueHealth {
  describe(): Promise<Record<string, unknown>>;
}

export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');
