import { DomainError } from '../common/errors.js';
import { roleAtLeast, type Caller, type Role } from './roles.js';
import { CSRF_HEADER, csrfTokenMatches, needsCsrfToken, sessionTokenOf } from './console-session.js';

/** What a route declares about access, read from its decorators (see access.decorators.ts). */
export interface AccessRule {
  public: boolean;
  minimum: Role | undefined;
}

export interface CallerLookup {
  findCaller(key: string): Caller | null;
  /** The caller of a live console session (see session.store.ts). */
  findSession(token: string): { caller: Caller } | null;
}

/** The parts of a request that say who sends it. */
export interface CredentialsOf {
  method: string;
  headers: { authorization?: string; cookie?: string; [CSRF_HEADER]?: string | string[] };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The one access decision: 401 for a missing or unknown key, 403 for a known key with too little
 * role, and 403 for a route that declares no rule at all (default deny). Returns the caller, or null
 * on a public route. Used by the global guard and by the routes Fastify serves directly.
 *
 * Two ways in: an `Authorization: Bearer` key (API clients; it wins when both are sent, since no
 * other site can make a browser send it), or the console's session cookie, which a request that
 * changes something must back with the session's X-CSRF-Token header (403 without it).
 */
export function authenticate(request: CredentialsOf, rule: AccessRule, keys: CallerLookup): Caller | null {
  if (rule.public) return null;
  const caller = request.headers.authorization !== undefined ? keyCaller(request.headers.authorization, keys) : sessionCaller(request, keys);
  if (!rule.minimum) throw new DomainError('forbidden', 'This route declares no access rule and is refused');
  if (!roleAtLeast(caller.role, rule.minimum)) {
    throw new DomainError('forbidden', `This needs role ${rule.minimum} or higher; the caller is ${caller.role}`);
  }
  return caller;
}

function keyCaller(authorization: string, keys: CallerLookup): Caller {
  const match = BEARER.exec(authorization);
  if (!match) throw new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>"');
  const caller = keys.findCaller(match[1]);
  if (!caller) throw new DomainError('unauthenticated', 'The API key is unknown or revoked');
  return caller;
}

function sessionCaller(request: CredentialsOf, keys: CallerLookup): Caller {
  const token = sessionTokenOf(request.headers.cookie);
  if (!token) throw new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>", or sign in to the console');
  const session = keys.findSession(token);
  if (!session) throw new DomainError('unauthenticated', 'The console session has ended (signed out, expired, or its key was revoked); sign in again');
  if (needsCsrfToken(request.method) && !csrfTokenMatches(request.headers[CSRF_HEADER], token)) {
    throw new DomainError('forbidden', 'A console request that changes something must carry the session\'s X-CSRF-Token header');
  }
  return session.caller;
}
