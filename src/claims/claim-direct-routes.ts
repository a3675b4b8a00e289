import type { ValidationPipe } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accessRuleOf } from '../auth/access.decorators.js';
import type { Caller } from '../auth/roles.js';
import type { DirectRoute } from '../http/direct-routes.js';
import { ClaimsController } from './claims.controller.js';
import { CreateClaimDto } from './claims.dto.js';

/**
 * The desk's two busiest routes, run by the controller's own methods without Nest's per-request
 * pipeline (see direct-routes.ts): reading a claim, and creating one (bulk intake from tools).
 */
export function claimRoutes(controller: ClaimsController, validation: ValidationPipe): DirectRoute[] {
  return [
    {
      method: 'GET',
      url: '/v1/claims/:id',
      rule: accessRuleOf(ClaimsController, ClaimsController.prototype.get),
      handle: (request: FastifyRequest, reply: FastifyReply) => controller.get((request.params as { id: string }).id, reply),
    },
    {
      method: 'POST',
      url: '/v1/claims',
      rule: accessRuleOf(ClaimsController, ClaimsController.prototype.create),
      // the body goes through the same ValidationPipe as everywhere else (same errors, same whitelist)
      handle: async (request: FastifyRequest, reply: FastifyReply, caller: Caller | null) => {
        const body = (await validation.transform(request.body, { type: 'body', metatype: CreateClaimDto })) as CreateClaimDto;
        const key = request.headers['idempotency-key'];
        return controller.create(caller!, body, Array.isArray(key) ? key[0] : key, reply);
      },
    },
  ];
}
