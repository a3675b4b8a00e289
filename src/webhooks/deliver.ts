import { performance } from 'node:perf_hooks';
import { type Dispatcher, request } from 'undici';
import { TARGET_REFUSED } from './guarded-dispatcher.js';
import { parseRetryAfter } from './retry-schedule.js';

/** One webhook POST and what came of it. No retries here: the caller owns the schedule. */

export const DEFAULT_DELIVERY_TIMEOUT_MS = 15_000;
/** Consumers' answers are not ours to republish; only this much is kept, for diagnosis. */
export const DEFAULT_EXCERPT_LENGTH = 256;
/**
 * A response body up to this size is read to the end so the connection can be
 * reused; a larger one costs its connection instead.
 */
export const DEFAULT_MAX_DRAIN_BYTES = 64 * 1024;
export const DEFAULT_USER_AGENT = 'claimdesk-webhooks/1';
const MAX_ERROR_LENGTH = 200;

export type DeliveryFailure = 'http_status' | 'redirect' | 'timeout' | 'connection' | 'target_refused';

export interface SendWebhookInput {
  url: string | URL;
  /** Sent byte for byte; it must be exactly what was signed. */
  body: string;
  headers: Readonly<Record<string, string>>;
  dispatcher: Dispatcher;
  /** Deadline for the whole exchange, connecting to the last byte read. */
  timeoutMs?: number;
  excerptLength?: number;
  maxDrainBytes?: number;
}

export interface DeliveryResult {
  /** A 2xx answer. */
  ok: boolean;
  /** The HTTP status, null when no answer came. */
  status: number | null;
  durationMs: number;
  /** Short reason when not ok. */
  error?: string;
  failure?: DeliveryFailure;
  /** The consumer's Retry-After on a 429 or 503. */
  retryAfterMs?: number;
  /** 410 Gone: the consumer wants no more deliveries; disable the subscription. */
  gone?: boolean;
  /** The start of the response body, at most excerptLength characters. */
  excerpt: string;
}

class DeliveryTimeout extends Error {}

/** How far behind the exact deadline undici's own timeouts are set (they tick at about one second). */
const UNDICI_TIMER_SLACK_MS = 2000;

export async function sendWebhook(input: SendWebhookInput): Promise<DeliveryResult> {
  const timeoutMs = input.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // undici's own timeouts tick at about one-second resolution; this deadline is exact and also covers connecting.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeliveryTimeout()), timeoutMs);
  try {
    const response = await request(input.url, {
      method: 'POST',
      headers: { 'user-agent': DEFAULT_USER_AGENT, ...input.headers },
      body: input.body,
      dispatcher: input.dispatcher,
      signal: deadline.signal,
      // undici's coarse timers can fire a few hundred milliseconds early under load; the exact
      // deadline above decides, and these only stand behind it
      headersTimeout: timeoutMs + UNDICI_TIMER_SLACK_MS,
      bodyTimeout: timeoutMs + UNDICI_TIMER_SLACK_MS,
    });
    const excerpt = await readExcerpt(
      response.body,
      input.excerptLength ?? DEFAULT_EXCERPT_LENGTH,
      input.maxDrainBytes ?? DEFAULT_MAX_DRAIN_BYTES,
    );
    return { ...judgeStatus(response.statusCode, response.headers), durationMs: elapsed(), excerpt };
  } catch (error) {
    const described = describeError(error, deadline.signal, timeoutMs);
    return { ok: false, status: null, durationMs: elapsed(), excerpt: '', ...described };
  } finally {
    clearTimeout(timer);
  }
}

function judgeStatus(
  status: number,
  headers: Record<string, string | string[] | undefined>,
): Pick<DeliveryResult, 'ok' | 'status' | 'error' | 'failure' | 'retryAfterMs' | 'gone'> {
  if (status >= 200 && status < 300) return { ok: true, status };
  if (status >= 300 && status < 400) {
    return { ok: false, status, failure: 'redirect', error: `HTTP ${status}: redirects are not followed` };
  }
  const result: ReturnType<typeof judgeStatus> = { ok: false, status, failure: 'http_status', error: `HTTP ${status}` };
  if (status === 410) {
    result.gone = true;
    result.error = 'HTTP 410 Gone';
  }
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(headers['retry-after']);
    if (retryAfterMs !== null) result.retryAfterMs = retryAfterMs;
  }
  return result;
}

/**
 * Reads the body to the end (up to maxDrainBytes) so undici can put the
 * connection back in the pool, keeping only the first characters. Never
 * throws: the status already decided the outcome, a broken body only shortens the excerpt.
 */
async function readExcerpt(
  body: Dispatcher.ResponseData['body'],
  excerptLength: number,
  maxDrainBytes: number,
): Promise<string> {
  const kept: Buffer[] = [];
  // UTF-8 needs at most 4 bytes per character.
  const keepBytes = excerptLength * 4;
  let keptBytes = 0;
  let readBytes = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      if (keptBytes < keepBytes) {
        const part = chunk.subarray(0, keepBytes - keptBytes);
        kept.push(part);
        keptBytes += part.length;
      }
      readBytes += chunk.length;
      // Leaving the loop destroys the body and with it the connection: cheaper than reading an unbounded answer.
      if (readBytes > maxDrainBytes) break;
    }
  } catch {
    // Timed out or reset while reading: keep what arrived.
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(kept));
  return Array.from(text).slice(0, excerptLength).join('');
}

function describeError(
  error: unknown,
  deadline: AbortSignal,
  timeoutMs: number,
): Pick<DeliveryResult, 'error' | 'failure'> {
  const code = (error as { code?: unknown } | null)?.code;
  if (deadline.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { failure: 'timeout', error: `timeout: no answer within ${timeoutMs} ms` };
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return { failure: 'timeout', error: 'timeout while connecting' };
  const message = error instanceof Error ? error.message : String(error);
  if (code === TARGET_REFUSED) return { failure: 'target_refused', error: shorten(message) };
  const prefix = typeof code === 'string' && !message.includes(code) ? `${code}: ` : '';
  return { failure: 'connection', error: shorten(`connection failed: ${prefix}${message}`) };
}

function shorten(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
