import { DomainError } from '../common/errors.js';
import { authenticate, type CallerLookup } from './authenticate.js';
import type { Caller } from './roles.js';

const checker: Caller = { id: 'u1', name: 'Lena Vogt', role: 'fact_checker' };
const editor: Caller = { id: 'u2', name: 'Sam Carter', role: 'editor' };
const keys: CallerLookup = { findCaller: (key) => ({ 'key-checker': checker, 'key-editor': editor })[key] ?? null };

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
    expect(authenticate('Bearer key-checker', factChecking, keys)).toEqual(checker);
    expect(authenticate('bearer   key-editor  ', factChecking, keys)).toEqual(editor);
  });

  it('answers unauthenticated for a missing, malformed or unknown key', () => {
    expect(codeOf(() => authenticate(undefined, factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate('Basic a2V5', factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate('Bearer', factChecking, keys))).toBe('unauthenticated');
    expect(codeOf(() => authenticate('Bearer key-unknown', factChecking, keys))).toBe('unauthenticated');
  });

  it('answers forbidden for a known key with too little role', () => {
    expect(codeOf(() => authenticate('Bearer key-checker', editing, keys))).toBe('forbidden');
    expect(authenticate('Bearer key-editor', editing, keys)).toEqual(editor);
  });

  it('refuses a route without a rule even to a valid key (default deny), but only after checking the key', () => {
    const none = { public: false, minimum: undefined };
    expect(codeOf(() => authenticate('Bearer key-editor', none, keys))).toBe('forbidden');
    expect(codeOf(() => authenticate(undefined, none, keys))).toBe('unauthenticated');
  });

  it('lets anyone through a public route without looking at the header', () => {
    const lookups: string[] = [];
    const counting: CallerLookup = { findCaller: (key) => (lookups.push(key), null) };
    expect(authenticate(undefined, { public: true, minimum: undefined }, counting)).toBeNull();
    expect(authenticate('Bearer whatever', { public: true, minimum: undefined }, counting)).toBeNull();
    expect(lookups).toEqual([]);
  });
});
