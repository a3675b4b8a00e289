import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Retries `probe` until it neither throws nor returns `false`, then returns its value; after
 * `timeoutMs` rethrows its last error. Works with assertion-style probes (`expect(...)` inside) and
 * predicate-style ones (return false for "not yet"). For waiting on background jobs, never for timing.
 */
export async function eventually<T>(probe: () => Promise<T | false> | T | false, timeoutMs = 15000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure: unknown;
    try {
      const value = await probe();
      if (value !== false) return value as T;
      failure = new Error(`condition still false after ${timeoutMs} ms`);
    } catch (error) {
      failure = error;
    }
    if (Date.now() >= deadline) throw failure;
    await sleep(intervalMs);
  }
}
