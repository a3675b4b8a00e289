import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobGateway } from '../jobs/job-gateway.js';
import { ApiKeyStore } from '../auth/api-key.store.js';
import { roleAtLeast } from '../auth/roles.js';
import { DomainError } from '../common/errors.js';
import { sendProblem, toProblem } from '../common/problem.filter.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The key from "Bearer <key>", or from Basic auth (any user name, the key as password) for browsers. */
function presentedKey(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : null;
}

/** bull-board on /admin/queues, for admins only. */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const jobs = app.get(JobGateway);
  const keys = app.get(ApiKeyStore);
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: jobs.all().map(([, queue]) => new BullMQAdapter(queue)), serverAdapter });

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const key = presentedKey(request.headers.authorization);
      const caller = key ? keys.findCaller(key) : null;
      // answered here, not thrown: bull-board's own error handler would turn a throw into a 500
      if (!caller) {
        void reply.header('WWW-Authenticate', 'Basic realm="claimdesk queues", charset="UTF-8"');
        sendProblem(reply, toProblem(new DomainError('unauthenticated', 'The queue dashboard needs an admin API key (Bearer, or Basic with the key as password)')));
        return reply;
      }
      if (!roleAtLeast(caller.role, 'admin')) {
        sendProblem(reply, toProblem(new DomainError('forbidden', 'The queue dashboard is for admins')));
        return reply;
      }
    });
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
  });
}
