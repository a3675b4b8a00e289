import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../common/errors.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * /metrics stays outside the API keys (a scraper is not a desk user). With a token configured
 * (METRICS_TOKEN) a scrape must send it as a Bearer token; without one, /metrics is open.
 * Digests are compared so that neither the token's length nor its content leaks through timing.
 */
export function checkMetricsAccess(authorization: string | undefined, token: string | null): void {
  if (token === null) return;
  const sent = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  if (sent === undefined) throw new DomainError('unauthenticated', 'Send the metrics token as "Authorization: Bearer <token>"');
  if (!timingSafeEqual(digest(sent), digest(token))) throw new DomainError('unauthenticated', 'The metrics token is wrong');
}
