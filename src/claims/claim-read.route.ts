import type { FastifyReply, FastifyRequest } from 'fastify';
import { accessRuleOf } from '../auth/access.decorators.js';
import type { DirectRoute } from '../http/direct-routes.js';
import { ClaimsController } from './claims.controller.js';

/** `GET /v1/claims/:id`, the desk's most frequent request, run by the controller's own method. */
export function claimReadRoute(controller: ClaimsController): DirectRoute {
  return {
    method: 'GET',
    url: '/v1/claims/:id',
    rule: accessRuleOf(ClaimsController, ClaimsController.prototype.get),
    handle: (request: FastifyRequest, reply: FastifyReply) => controller.get((request.params as { id: string }).id, reply),
  };
}
