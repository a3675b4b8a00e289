import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for subscription secrets. A copied database file must not
 * be enough to forge our signatures, so secrets are sealed with a key that only
 * lives in configuration.
 *
 * Stored form: `v1:<iv>:<tag>:<ciphertext>`, each part base64, AES-256-GCM.
 * The version prefix leaves room for another algorithm or key later.
 */

/** Shortest key material accepted; HKDF does not stretch, so the material itself must be high-entropy. */
export const MIN_KEY_MATERIAL_LENGTH = 16;

const FORMAT_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Fixed salt and info separate this key from any other key derived from the same material.
const HKDF_SALT = 'claimdesk/secret-box';
const HKDF_INFO = 'webhook subscription secrets v1';

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

/** A 32-byte AES key derived with HKDF-SHA256 from configuration (e.g. a random base64 string). */
export function deriveSecretBoxKey(material: string): Buffer {
  if (material.length < MIN_KEY_MATERIAL_LENGTH) {
    throw new SecretBoxError(
      `secret-box key material must be at least ${MIN_KEY_MATERIAL_LENGTH} characters of random data`,
    );
  }
  return Buffer.from(hkdfSync('sha256', material, HKDF_SALT, HKDF_INFO, 32));
}

/**
 * `associatedData` (e.g. the subscription id) binds a ciphertext to its row, so a
 * ciphertext copied onto another row does not decrypt there.
 */
export function encryptSecret(plain: string, key: Buffer, associatedData = ''): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT_VERSION, ...[iv, tag, ciphertext].map((part) => part.toString('base64'))].join(':');
}

/** Throws SecretBoxError when the value is malformed, tampered with, or sealed with another key or associated data. */
export function decryptSecret(stored: string, key: Buffer, associatedData = ''): string {
  assertKey(key);
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== FORMAT_VERSION) {
    throw new SecretBoxError('stored secret is not in the v1:<iv>:<tag>:<ciphertext> format');
  }
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64'));
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SecretBoxError('stored secret has a malformed IV or tag');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    // Do not pass on node's message: it says nothing useful and the cause is always the same.
    throw new SecretBoxError('stored secret failed authentication (tampered, or sealed with another key)');
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new SecretBoxError('secret-box key must be 32 bytes; use deriveSecretBoxKey');
}
