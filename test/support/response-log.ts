import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Names the directory where every e2e test app writes what it answered, one JSON line per distinct
 * (method, route pattern, status). `npm test` sets it (test/support/run-tests.mjs) and, once all suites
 * have run, test/openapi checks each line against the OpenAPI document. Unset: nothing is written.
 */
export const RESPONSE_LOG_ENV = 'CLAIMDESK_RESPONSE_LOG';

export interface AnsweredRoute {
  method: string;
  /** Fastify's route pattern (`/v1/claims/:id`); null when no route matched. */
  route: string | null;
  status: number;
}

/** Starts recording the app's answers, if a log directory is named. Call before the app listens. */
export function recordResponses(fastify: FastifyInstance, dir = process.env[RESPONSE_LOG_ENV]): void {
  if (!dir) return;
  // one file per Jest worker; a line per distinct answer keeps the files small however many requests run
  const file = join(dir, `responses-${process.pid}.jsonl`);
  const seen = new Set<string>();
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const line = JSON.stringify({ method: request.method, route: request.routeOptions?.url ?? null, status: reply.statusCode } satisfies AnsweredRoute);
    if (!seen.has(line)) {
      seen.add(line);
      appendFileSync(file, line + '\n');
    }
    done();
  });
}

/** Everything the recorded apps answered, de-duplicated; null when nothing was recorded. */
export function readResponseLog(dir: string): AnsweredRoute[] | null {
  if (!existsSync(dir)) return null;
  const lines = new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
      .filter(Boolean),
  );
  return lines.size ? [...lines].map((line) => JSON.parse(line) as AnsweredRoute) : null;
}
