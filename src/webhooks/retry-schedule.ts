/**
 * When to try a delivery again. The schedule is data (it belongs in config/) so
 * operators can tune it without code changes; these are the defaults.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delay before each attempt: entry i is the wait before attempt i+1, measured
 * from the failure of attempt i. Attempt 1 goes out immediately; eight attempts in all.
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** ±10 %: spreads the retries of many failed deliveries so a recovering consumer is not hit all at once. */
export const DEFAULT_RETRY_JITTER = 0.1;

/** A consumer's Retry-After cannot park a delivery for longer than this. */
export const DEFAULT_RETRY_AFTER_CAP_MS = 24 * HOUR;

/**
 * Milliseconds to wait before the next attempt, given how many attempts were
 * already made (0 for a new delivery), or null when the schedule is exhausted.
 * `random` returns [0, 1) like Math.random; a 0 delay stays 0.
 */
export function nextAttemptDelay(
  attemptsMade: number,
  schedule: readonly number[] = DEFAULT_RETRY_SCHEDULE_MS,
  random: () => number = Math.random,
  jitter: number = DEFAULT_RETRY_JITTER,
): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 0) {
    throw new RangeError(`attemptsMade must be a non-negative integer, got ${attemptsMade}`);
  }
  if (attemptsMade >= schedule.length) return null;
  const base = schedule[attemptsMade];
  if (base <= 0) return 0;
  const factor = 1 + jitter * (2 * random() - 1);
  return Math.max(0, Math.round(base * factor));
}

/**
 * A Retry-After header (RFC 9110 §10.2.3: delta-seconds or an HTTP date) as
 * milliseconds from `now`, capped; null when absent or unreadable. A date in
 * the past means "now" (0).
 */
export function parseRetryAfter(
  header: string | readonly string[] | null | undefined,
  now: Date | number = Date.now(),
  capMs: number = DEFAULT_RETRY_AFTER_CAP_MS,
): number | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return null;
  let ms: number;
  if (/^\d+$/.test(value)) {
    ms = Number(value) * SECOND;
  } else {
    // Only date-shaped values: Date.parse would also accept things like "1.5" or "2024".
    if (!/[a-z]{3}/i.test(value)) return null;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return null;
    ms = at - (typeof now === 'number' ? now : now.getTime());
  }
  return Math.min(Math.max(0, ms), capMs);
}

export interface RetryDecisionInput {
  attemptsMade: number;
  /** From parseRetryAfter, when the consumer sent one. */
  retryAfterMs?: number | null;
  schedule?: readonly number[];
  random?: () => number;
  jitter?: number;
}

/**
 * The wait before the next attempt honouring both the schedule and the
 * consumer's Retry-After: the later of the two. Retry-After never adds
 * attempts: null when the schedule is exhausted.
 */
export function delayBeforeRetry({
  attemptsMade,
  retryAfterMs,
  schedule = DEFAULT_RETRY_SCHEDULE_MS,
  random = Math.random,
  jitter = DEFAULT_RETRY_JITTER,
}: RetryDecisionInput): number | null {
  const scheduled = nextAttemptDelay(attemptsMade, schedule, random, jitter);
  if (scheduled === null) return null;
  return Math.max(scheduled, retryAfterMs ?? 0);
}
