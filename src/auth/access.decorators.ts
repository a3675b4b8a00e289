import { SetMetadata, createParamDecorator, type ExecutionContext, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Role, Caller } from './roles.js';
import type { AccessRule } from './authenticate.js';

export const MIN_ROLE = 'claimdesk:min-role';
export const PUBLIC_ROUTE = 'claimdesk:public';

/** The least role a route needs. Routes without this (or @PublicRoute) are refused: default deny. */
export const RequireRole = (role: Role) =>
  applyDecorators(
    SetMetadata(MIN_ROLE, role),
    ApiBearerAuth('apiKey'),
    // the OpenAPI builder derives 401 and 403 from these (src/http/openapi-errors.ts)
    ApiExtension('x-min-role', role),
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
