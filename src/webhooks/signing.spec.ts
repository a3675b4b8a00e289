import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { buildHeaders, generateSecret, secretKeyBytes, sign, signatureHeader, unixSeconds } from './signing.js';

const body = JSON.stringify({
  type: 'claim.status_changed',
  timestamp: '2025-01-01T00:00:00.000Z',
  data: { claimId: 'c1', from: 'draft', to: 'in_review', actor: 'u1', version: 3, note: 'naïve “quotes” ✓' },
});
const msgId = 'evt_2a7f0c1e';

describe('generateSecret', () => {
  it('is whsec_ followed by base64 of 32 random bytes', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secretKeyBytes(secret)).toHaveLength(32);
    expect(generateSecret()).not.toBe(secret);
  });
});

describe('sign', () => {
  it('is v1, then base64 HMAC-SHA256 of id.timestamp.body keyed with the decoded secret', () => {
    const key = Buffer.alloc(32, 7);
    const secret = 'whsec_' + key.toString('base64');
    const expected = createHmac('sha256', key).update(`${msgId}.1700000000.${body}`).digest('base64');
    expect(sign(secret, msgId, 1700000000, body)).toBe(`v1,${expected}`);
  });

  it('matches the reference implementation byte for byte', () => {
    const secret = generateSecret();
    const ts = 1700000123;
    expect(sign(secret, msgId, ts, body)).toBe(new Webhook(secret).sign(msgId, new Date(ts * 1000), body));
  });

  it('refuses a secret that is not base64 and a timestamp that is not whole seconds', () => {
    expect(() => sign('whsec_', msgId, 1, body)).toThrow(/base64/);
    expect(() => sign('whsec_not base64!', msgId, 1, body)).toThrow(/base64/);
    expect(() => sign(generateSecret(), msgId, 1.5, body)).toThrow(/unix seconds/);
  });
});

describe('signatureHeader', () => {
  it('carries one space-separated signature per secret, in order', () => {
    const [a, b] = [generateSecret(), generateSecret()];
    const header = signatureHeader([a, b], msgId, 1700000000, body);
    expect(header.split(' ')).toEqual([sign(a, msgId, 1700000000, body), sign(b, msgId, 1700000000, body)]);
  });

  it('needs at least one secret', () => {
    expect(() => signatureHeader([], msgId, 1, body)).toThrow();
  });
});

describe('buildHeaders, as a consumer using the standardwebhooks package sees them', () => {
  const now = () => unixSeconds();

  it('verifies with the subscription secret', () => {
    const secret = generateSecret();
    const headers = buildHeaders([secret], msgId, now(), body);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['webhook-id']).toBe(msgId);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('verifies during rotation for consumers holding either secret, even when only the second is known', () => {
    const [current, previous] = [generateSecret(), generateSecret()];
    const headers = { ...buildHeaders([current, previous], msgId, now(), body) };
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow();
  });

  it('is rejected when the body, the id or the timestamp was tampered with', () => {
    const secret = generateSecret();
    const ts = now();
    const headers = { ...buildHeaders([secret], msgId, ts, body) };
    const webhook = new Webhook(secret);
    expect(() => webhook.verify(body.replace('in_review', 'published'), headers)).toThrow();
    expect(() => webhook.verify(body, { ...headers, 'webhook-id': 'evt_other' })).toThrow();
    expect(() => webhook.verify(body, { ...headers, 'webhook-timestamp': String(ts - 1) })).toThrow();
  });

  it('is rejected by consumers when the timestamp is stale, which is why each attempt needs a fresh one', () => {
    const secret = generateSecret();
    const headers = { ...buildHeaders([secret], msgId, now() - 3600, body) };
    expect(() => new Webhook(secret).verify(body, headers)).toThrow(/too old/);
  });
});
