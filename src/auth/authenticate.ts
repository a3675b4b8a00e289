import { DomainError } from '../common/errors.js';
import { roleAtLeast, type Caller, type Role } from './roles.js';

/** What a route declares about access, read from its decorators (see access.decorators.ts). */
export interface AccessRule {
  public: boolean;
  minimum: Role | undefined;
}

export interface CallerLookup {
  findCaller(key: string): Caller | null;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The one access decision: 401 for a missing or unknown key, 403 for a known key with too little
 * role, and 403 for a route that declares no rule at all (default deny). Returns the caller, or null
 * on a public route. Used by the global guard and by the routes Fastify serves directly.
 */
export function authenticate(authorization: string | undefined, rule: AccessRule, keys: CallerLookup): Caller | null {
  if (rule.public) return null;
  const match = authorization ? BEARER.exec(authorization) : null;
  if (!match) throw new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>"');
  const caller = keys.findCaller(match[1]);
  if (!caller) throw new DomainError('unauthenticated', 'The API key is unknown or revoked');
  if (!rule.minimum) throw new DomainError('forbidden', 'This route declares no access rule and is refused');
  if (!roleAtLeast(caller.role, rule.minimum)) {
    throw new DomainError('forbidden', `This needs role ${rule.minimum} or higher; the caller is ${caller.role}`);
  }
  return caller;
}
