import { DomainError } from '../common/errors.js';
import { authenticate, type CallerLookup, type CredentialsOf } from './authenticate.js';
import { csrfTokenOf, SESSION_COOKIE } from './console-session.js';
import type { Caller } from './roles.js';

const checker: Caller = { id: 'u1', name: 'Lena Vogt', role: 'fact_checker' };
const editor: Caller = { id: 'u2', name: 'Sam Carter', role: 'editor' };
const liveToken = 'a'.repeat(43);
const endedToken = 'b'.repeat(43);
const keys: CallerLookup = {
  findCaller: (key) => ({ 'key-checker': checker, 'key-editor': editor })[key] ?? null,
  findSession: (token) => (token === liveToken ? { caller: checker } : null),
};

const bearer = (authorization: string | undefined, method = 'GET'): CredentialsOf => ({ method, headers: { authorization } });
const cookie = (token: string, method = 'GET', csrf?: string): CredentialsOf => ({
  method,
  headers: { cookie: `theme=dark; ${SESSION_COOKIE}=${token}`, ...(csrf !== undefined && { 'x-csrf-token': csrf }) },
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
};

describe('authenticate', () => {
  const factChecking = { public: false, minimum: 'fact_checker' as const };
  const editing = { public: false, minimum: 'editor' as const };

  it('returns the caller of a known key with enough role', () => {
    expect(authenticate(bearer('Bearer key-checker'), factChecking, keys)).toEqual(checker);
    expect(authenticate(bearer('bearer   key-editor  '), factChecking, keys)).toEqual(editor);
  });

  it('answers unauthenticated for a missing, malformed or unknown key', () => {
    expect(codeOf(() => authenticate(bearer(undefined), factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate(bearer('Basic a2V5'), factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate(bearer('Bearer'), factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate(bearer('Bearer key-unknown'), factChecking, keys))).toBe('unauthenticated');
  });

  it('answers forbidden for a known key with too little role', () => {
    expect(codeOf(() => authenticate(bearer('Bearer key-checker'), editing, keys))).toBe('forbidden');
    expect(authenticate(bearer('Bearer key-editor'), editing, keys)).toEqual(editor);
  });

  it('refuses a route without a rule even to a valid key (default deny), but only after checking the key', () => {
    const none = { public: false, minimum: undefined };
    expect(codeOf(() => authenticate(bearer('Bearer key-editor'), none, keys))).toBe('forbidden');
    expect(codeOf(() => authenticate(bearer(undefined), none, keys))).toBe('unauthenticated');
  });

  it('lets anyone through a public route without looking at the header', () => {
    const lookups: string[] = [];
    const counting: CallerLookup = { findCaller: (key) => (lookups.push(key), null), findSession: (token) => (lookups.push(token), null) };
    expect(authenticate(bearer(undefined), { public: true, minimum: undefined }, counting)).toBeNull();
    expect(authenticate(bearer('Bearer whatever'), { public: true, minimum: undefined }, counting)).toBeNull();
    expect(authenticate(cookie(liveToken, 'POST'), { public: true, minimum: undefined }, counting)).toBeNull();
    expect(lookups).toEqual([]);
  });

  it('takes a live console session from its cookie for reads, with the role rule as for keys', () => {
    expect(authenticate(cookie(liveToken), factChecking, keys)).toEqual(checker);
    expect(authenticate(cookie(liveToken, 'HEAD'), factChecking, keys)).toEqual(checker);
    expect(codeOf(() => authenticate(cookie(liveToken), editing, keys))).toBe('forbidden');
    expect(codeOf(() => authenticate(cookie(endedToken), factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate(cookie('not a token'), factChecking, keys))).toBe('unauthenticated');
  });

  it('refuses a cookie request that changes something without the session\'s CSRF token', () => {
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
      expect(codeOf(() => authenticate(cookie(liveToken, method), factChecking, keys))).toBe('forbidden');
      expect(codeOf(() => authenticate(cookie(liveToken, method, csrfTokenOf(endedToken)), factChecking, keys))).toBe('forbidden');
      expect(codeOf(() => authenticate(cookie(liveToken, method, 'short'), factChecking, keys))).toBe('forbidden');
      expect(authenticate(cookie(liveToken, method, csrfTokenOf(liveToken)), factChecking, keys)).toEqual(checker);
    }
  });

  it('lets a Bearer key win over a cookie, and needs no CSRF token with it', () => {
    const both: CredentialsOf = { method: 'POST', headers: { authorization: 'Bearer key-editor', cookie: `${SESSION_COOKIE}=${liveToken}` } };
    expect(authenticate(both, editing, keys)).toEqual(editor);
    const badKey: CredentialsOf = { method: 'GET', headers: { authorization: 'Bearer key-unknown', cookie: `${SESSION_COOKIE}=${liveToken}` } };
    expect(codeOf(() => authenticate(badKey, factChecking, keys))).toBe('unauthenticated');
  });
});
