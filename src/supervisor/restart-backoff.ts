/**
 * When to start a worker child again after it died. A child that keeps failing at start (bad
 * config, a broken database file) must not be forked in a tight loop that eats the CPU the API
 * needs; one that ran for a while and then crashed comes back at once.
 */
export interface BackoffOptions {
  firstMs: number;
  maxMs: number;
  /** A child that lived at least this long counts as healthy: the next crash starts from firstMs again. */
  healthyAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { firstMs: 500, maxMs: 30_000, healthyAfterMs: 60_000 };

export class RestartBackoff {
  private failures = 0;

  constructor(private readonly options: BackoffOptions = DEFAULT_BACKOFF) {}

  /** The wait before the next start, given how long the child that just died had been running. */
  next(livedMs: number): number {
    if (livedMs >= this.options.healthyAfterMs) this.failures = 0;
    const delay = Math.min(this.options.maxMs, this.options.firstMs * 2 ** this.failures);
    this.failures++;
    return delay;
  }
}
