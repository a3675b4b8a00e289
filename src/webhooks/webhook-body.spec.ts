import { Webhook } from 'standardwebhooks';
import { buildHeaders, generateSecret } from './signing.js';
import { webhookBody } from './webhook-body.js';

describe('webhookBody', () => {
  const event = {
    id: '6f1c7c1e-8d2a-4f4e-9b1a-2f0c7a9e5d11',
    type: 'claim.status_changed',
    timestamp: '2024-11-27T10:00:00.000Z',
    data: JSON.stringify({ claimId: 'c1', from: 'in_review', to: 'approved', actor: 'u1', version: 7, reason: 'Prüfung abgeschlossen – «geprüft»' }),
  };

  it('is the envelope with the stored data inserted byte for byte', () => {
    const body = webhookBody(event);
    expect(body).toBe(`{"id":"${event.id}","type":"claim.status_changed","timestamp":"2024-11-27T10:00:00.000Z","data":${event.data}}`);
    expect(JSON.parse(body)).toEqual({ id: event.id, type: event.type, timestamp: event.timestamp, data: JSON.parse(event.data) });
  });

  it('verifies with the standardwebhooks package as sent, non-ASCII text included', () => {
    const secret = generateSecret();
    const body = webhookBody(event);
    const headers = buildHeaders([secret], event.id, Math.floor(Date.now() / 1000), body);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'claim.status_changed', data: { version: 7 } });
  });
});
