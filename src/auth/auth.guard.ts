import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { MIN_ROLE, PUBLIC_ROUTE } from './access.decorators.js';
import type { Caller, Role } from './roles.js';
import { ApiKeyStore } from './api-key.store.js';
import { authenticate, type CredentialsOf } from './authenticate.js';
import { SessionStore } from './session.store.js';

/** Global guard: default deny, 401 for a missing or unknown key, 403 for a known key with too little role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyStore,
    private readonly sessions: SessionStore,
  ) {}

  private readonly callers = {
    findCaller: (key: string) => this.keys.findCaller(key),
    findSession: (token: string) => this.sessions.find(token),
  };

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const rule = {
      public: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) === true,
      minimum: this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, targets),
    };
    const request = context.switchToHttp().getRequest<CredentialsOf & { caller?: Caller }>();
    const caller = authenticate(request, rule, this.callers);
    if (caller) request.caller = caller;
    return true;
  }
}
