import { SetMetadata, createParamDecorator, type ExecutionContext, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role, Caller } from './roles.js';
import type { AccessRule } from './authenticate.js';

export const MIN_ROLE = 'claimdesk:min-role';
export const PUBLIC_ROUTE = 'claimdesk:public';

/** The least role a route needs. Routes without this (or @PublicRoute) are refused: default deny. */
export const RequireRole = (role: Role) =>
  applyDecorators(
    SetMetadata(MIN_ROLE, role),
    ApiBearerAuth('apiKey'),
    ApiUnauthorizedResponse({ description: 'Missing or unknown API key' }),
    ApiForbiddenResponse({ description: `Needs role ${role} or higher` }),
  );

export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const request = ctx.switchToHttp().getRequest<{ caller?: Caller }>();
  if (!request.caller) throw new Error('CurrentCaller used on a route without authentication');
  return request.caller;
});

/** The access rule a controller method declares, for code that runs it outside Nest's guard. */
export function accessRuleOf(controller: object, handler: object): AccessRule {
  const read = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
  return { public: read<boolean>(PUBLIC_ROUTE) === true, minimum: read<Role>(MIN_ROLE) };
}
