import { DomainError } from '../common/errors.js';
import { checkMetricsAccess } from './metrics-access.js';

describe('checkMetricsAccess', () => {
  const token = 'scrape-0123456789abcdef';
  const refusal = (authorization: string | undefined) => {
    try {
      checkMetricsAccess(authorization, token);
      return null;
    } catch (error) {
      return (error as DomainError).code;
    }
  };

  it('lets everyone in when no token is configured', () => {
    expect(() => checkMetricsAccess(undefined, null)).not.toThrow();
    expect(() => checkMetricsAccess('Bearer anything', null)).not.toThrow();
  });

  it('wants exactly the configured token as a Bearer token', () => {
    expect(refusal(`Bearer ${token}`)).toBeNull();
    expect(refusal(`bearer ${token}`)).toBeNull();
    expect(refusal(undefined)).toBe('unauthenticated');
    expect(refusal(token)).toBe('unauthenticated');
    expect(refusal(`Bearer ${token}x`)).toBe('unauthenticated');
    expect(refusal(`Bearer ${token.slice(0, -1)}`)).toBe('unauthenticated');
    expect(refusal(`Basic ${Buffer.from(`x:${token}`).toString('base64')}`)).toBe('unauthenticated');
  });
});
