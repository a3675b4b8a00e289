import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks v1 signing (https://www.standardwebhooks.com/, spec 1.0.0).
 * Consumers verify with any Standard Webhooks library, so the byte layout here
 * must match the specification exactly.
 */

export const SECRET_PREFIX = 'whsec_';
export const SECRET_BYTES = 32;

// A type alias rather than an interface, so it is assignable to Record<string, string> for HTTP clients.
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
  'content-type': 'application/json';
};

/** A new subscription secret: "whsec_" + base64 of 32 random bytes. */
export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The HMAC key a secret stands for; the prefix is optional, as in the reference libraries. */
export function secretKeyBytes(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  // Buffer.from(..., 'base64') silently skips junk, so check the round trip to catch a mangled secret.
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0 || key.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) {
    throw new Error('webhook secret is not valid base64 after the whsec_ prefix');
  }
  return key;
}

/** "v1,<base64 HMAC-SHA256 of `${msgId}.${timestampSeconds}.${body}`>". */
export function sign(secret: string, msgId: string, timestampSeconds: number, body: string): string {
  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new Error(`webhook timestamp must be whole unix seconds, got ${timestampSeconds}`);
  }
  const mac = createHmac('sha256', secretKeyBytes(secret))
    .update(`${msgId}.${timestampSeconds}.${body}`, 'utf8')
    .digest('base64');
  return `v1,${mac}`;
}

/**
 * One signature per secret, space-separated. During a secret rotation both the
 * new and the previous secret sign, so consumers still holding the old one keep verifying.
 */
export function signatureHeader(
  secrets: readonly string[],
  msgId: string,
  timestampSeconds: number,
  body: string,
): string {
  if (secrets.length === 0) throw new Error('at least one webhook secret is needed to sign');
  return secrets.map((secret) => sign(secret, msgId, timestampSeconds, body)).join(' ');
}

/** The headers of one delivery attempt; the body sent must be byte-identical to `body`. */
export function buildHeaders(
  secrets: readonly string[],
  msgId: string,
  timestampSeconds: number,
  body: string,
): WebhookHeaders {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatureHeader(secrets, msgId, timestampSeconds, body),
    'content-type': 'application/json',
  };
}

/** Unix seconds for the webhook-timestamp header; fresh on every attempt. */
export function unixSeconds(at: Date = new Date()): number {
  return Math.floor(at.getTime() / 1000);
}
