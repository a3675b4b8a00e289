import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/errors.js';
import { MIN_ROLE, PUBLIC_ROUTE } from './access.decorators.js';
import { roleAtLeast, type Caller, type Role } from './roles.js';
import { ApiKeyStore } from './api-key.store.js';

/** Global guard: default deny, 401 for a missing or unknown key, 403 for a known key with too little role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyStore,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const minimum = this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, targets);

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; caller?: Caller }>();
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw new DomainError('unauthenticated', 'Send an API key as "Authorization: Bearer <key>"');
    const caller = this.keys.findCaller(match[1]);
    if (!caller) throw new DomainError('unauthenticated', 'The API key is unknown or revoked');
    request.caller = caller;

    if (!minimum) throw new DomainError('forbidden', 'This route declares no access rule and is refused');
    if (!roleAtLeast(caller.role, minimum)) {
      throw new DomainError('forbidden', `This needs role ${minimum} or higher; the caller is ${caller.role}`);
    }
    return true;
  }
}
