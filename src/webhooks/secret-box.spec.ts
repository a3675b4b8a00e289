import fc from 'fast-check';
import { decryptSecret, deriveSecretBoxKey, encryptSecret, SecretBoxError } from './secret-box.js';

const key = deriveSecretBoxKey('test-key-material-0123456789abcdef');
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

function flipByteOfPart(stored: string, partIndex: number): string {
  const parts = stored.split(':');
  const bytes = Buffer.from(parts[partIndex], 'base64');
  bytes[0] ^= 0x01;
  parts[partIndex] = bytes.toString('base64');
  return parts.join(':');
}

describe('deriveSecretBoxKey', () => {
  it('derives a stable 32-byte key that differs per material', () => {
    expect(deriveSecretBoxKey('test-key-material-0123456789abcdef')).toEqual(key);
    expect(key).toHaveLength(32);
    expect(deriveSecretBoxKey('other-key-material-0123456789abcd')).not.toEqual(key);
  });

  it('refuses short key material', () => {
    expect(() => deriveSecretBoxKey('short')).toThrow(SecretBoxError);
  });
});

describe('encryptSecret / decryptSecret', () => {
  it('round-trips and never stores the plain secret', () => {
    const stored = encryptSecret(secret, key);
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain(secret.slice(6));
    expect(decryptSecret(stored, key)).toBe(secret);
  });

  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (plain) => decryptSecret(encryptSecret(plain, key), key) === plain));
  });

  it('uses a fresh IV for every value', () => {
    const a = encryptSecret(secret, key).split(':');
    const b = encryptSecret(secret, key).split(':');
    expect(a[1]).not.toBe(b[1]);
    expect(a[3]).not.toBe(b[3]);
  });

  it.each([
    ['the IV', 1],
    ['the tag', 2],
    ['the ciphertext', 3],
  ])('throws when %s was tampered with', (_what, part) => {
    const stored = encryptSecret(secret, key);
    expect(() => decryptSecret(flipByteOfPart(stored, part), key)).toThrow(SecretBoxError);
  });

  it('throws with another key', () => {
    const stored = encryptSecret(secret, key);
    expect(() => decryptSecret(stored, deriveSecretBoxKey('a-different-key-material-entirely'))).toThrow(SecretBoxError);
  });

  it('binds the value to its associated data', () => {
    const stored = encryptSecret(secret, key, 'sub_1');
    expect(decryptSecret(stored, key, 'sub_1')).toBe(secret);
    expect(() => decryptSecret(stored, key, 'sub_2')).toThrow(SecretBoxError);
    expect(() => decryptSecret(stored, key)).toThrow(SecretBoxError);
  });

  it.each(['', secret, 'v2:a:b:c', 'v1:AAAA:AAAA', 'v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA==:AAAA'])(
    'throws on the malformed value %p',
    (stored) => {
      expect(() => decryptSecret(stored, key)).toThrow(SecretBoxError);
    },
  );

  it('refuses a key that is not 32 bytes', () => {
    expect(() => encryptSecret(secret, Buffer.alloc(16))).toThrow(SecretBoxError);
  });
});
