import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'cdk_';

/** A new API key: 32 random bytes, so a fast hash is enough to store it (no password stretching needed). */
export function generateApiKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What may be shown of a key: its first characters, for telling keys apart. */
export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}
