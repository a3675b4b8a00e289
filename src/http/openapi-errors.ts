import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES } from '../auth/roles.js';

type Operation = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Response = { description: string; content?: Record<string, unknown>; headers?: Record<string, unknown> };

/** The media type every error is sent as (src/common/problem.filter.ts). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const PROBLEM_REF = '#/components/schemas/Problem';
/** The vendor extension RequireRole puts on an operation: the least role it needs. */
export const MIN_ROLE_EXTENSION = 'x-min-role';

/** RFC 9457 problem details as problem.filter.ts writes them, with the desk's two extensions. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri-reference', example: 'urn:claimdesk:problem:not_found' },
    title: { type: 'string', example: 'Not found' },
    status: { type: 'integer', example: 404 },
    detail: { type: 'string', example: 'claim 0197… does not exist' },
    errors: {
      type: 'array',
      description: 'on 400: one entry per invalid field',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    allowedActions: {
      type: 'array',
      description: 'on a refused workflow step (409): what the caller may do now',
      items: { type: 'string' },
    },
  },
  additionalProperties: true,
} as const;

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'Validation failed (`errors` names each field): body, query, path or header; or the body is not valid JSON',
  401: 'Missing or unknown API key',
  403: 'The caller may not do this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  412: 'If-Match names a stale version; nothing changed',
  413: 'The request body is larger than the configured limit',
  415: 'The body is not JSON',
  422: 'The Idempotency-Key was used before with a different body',
  429: 'Rate limited (per API key); see Retry-After',
  500: 'Something went wrong on our side; nothing was changed (every write is one transaction)',
};

const hasHeader = (op: Operation, name: string) =>
  (op.parameters ?? []).some((p: { in: string; name: string }) => p.in === 'header' && p.name.toLowerCase() === name.toLowerCase());

/**
 * The error statuses an operation can answer, derived from what the document already says about it:
 * its security (the global guard: 401, and 403 when some role is too low), a body (size and media
 * type), path parameters (an unknown id), If-Match (a stale one), Idempotency-Key (a reuse) and the
 * /v1 rate limit; 500 is on every route. 400 is on every route: besides body, query, typed path parameters and headers,
 * the query string itself is checked for every route. Statuses only the service knows of (409, a 404 without an id) are declared
 * on the controller method and kept.
 */
export function derivedErrorStatuses(path: string, op: Operation, method = 'get'): number[] {
  const statuses = new Set<number>();
  const params: Array<{ in: string }> = op.parameters ?? [];
  if (op.security?.length) {
    statuses.add(401);
    // the lowest role is every caller's: no key can be too low for it
    if (op[MIN_ROLE_EXTENSION] !== undefined && op[MIN_ROLE_EXTENSION] !== ROLES[0]) statuses.add(403);
    // a console session's request that changes something without its X-CSRF-Token (src/auth/authenticate.ts)
    if (!['get', 'head', 'options'].includes(method)) statuses.add(403);
  }
  // app.ts refuses a malformed query string (a bad percent-escape) on every route, before the handler
  statuses.add(400);
  if (op.requestBody) [413, 415].forEach((s) => statuses.add(s));
  if (params.some((p) => p.in === 'path')) statuses.add(404);
  if (hasHeader(op, 'If-Match')) statuses.add(412);
  if (hasHeader(op, 'Idempotency-Key')) statuses.add(422);
  if (path.startsWith('/v1/')) statuses.add(429);
  // any route can fail unexpectedly; it still answers a problem, and its transaction is rolled back
  statuses.add(500);
  return [...statuses];
}

/** Why an operation may answer 403, as far as the document knows: its role, and the console's CSRF rule. */
function forbiddenBecause(op: Operation, method: string): string | undefined {
  const reasons: string[] = [];
  if (op[MIN_ROLE_EXTENSION] && op[MIN_ROLE_EXTENSION] !== ROLES[0]) reasons.push(`Needs role ${op[MIN_ROLE_EXTENSION]} or higher`);
  if (op.security?.length && !['get', 'head', 'options'].includes(method)) reasons.push('a console session\'s request without its X-CSRF-Token');
  return reasons.length ? reasons.join('; ') : undefined;
}

/**
 * Adds every operation's error responses (derived above, plus those its decorators declare) as
 * problem+json with the shared Problem schema. A response that declares its own content keeps it
 * (/health's 503 is its report, not a problem); HEAD answers carry no body, so they get none.
 */
export function documentErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, Problem: PROBLEM_SCHEMA as never };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      const responses: Record<string, Response> = op.responses ?? {};
      for (const status of derivedErrorStatuses(path, op, method)) responses[status] ??= { description: '' };
      for (const [status, response] of Object.entries(responses)) {
        const code = Number(status);
        if (!(code >= 400)) continue;
        const derived = code === 403 ? forbiddenBecause(op, method) : undefined;
        response.description = [derived, response.description || (derived ? '' : DEFAULT_DESCRIPTIONS[code] ?? '')].filter(Boolean).join('; ');
        if (code === 429) response.headers ??= { 'Retry-After': { description: 'seconds until the budget refills', schema: { type: 'integer' } } };
        if (method === 'head') delete response.content;
        else response.content ??= { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: PROBLEM_REF } } };
      }
      op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
    }
  }
  return document;
}
