import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type Schemas = components['schemas'];
export type Claim = Schemas['ClaimResponse'];
export type Problem = Schemas['Problem'];
export type Session = Schemas['ConsoleSessionResponse'];

/**
 * The one client of the API, typed from the OpenAPI document (schema.d.ts, generated): a route, a
 * parameter or a field the API no longer has fails `npm run typecheck`. It speaks to the same
 * public /v1 routes as every other client, authenticated by the session cookie; requests that
 * change something carry the session's CSRF token.
 */
let csrfToken: string | null = null;
let onSessionEnded: () => void = () => {};

export function adoptSession(session: Session | null): void {
  csrfToken = session?.csrfToken ?? null;
}

export function whenSessionEnds(listener: () => void): void {
  onSessionEnded = listener;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // a session that ended elsewhere (signed out, expired, key revoked): back to the sign-in page
    if (response.status === 401 && !request.url.endsWith('/v1/session')) onSessionEnded();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use(csrf);

/** What the console shows of a failed call: the problem's detail, its field errors and allowed actions. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** The data of an answer, or an ApiProblem; a network failure stays a TypeError. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    // a proxy or a restarting service may answer with a page or plain text instead of problem+json
    const problem = typeof result.error === 'object' && result.error !== null ? (result.error as Partial<Problem>) : {};
    throw new ApiProblem(result.response.status, problem);
  }
  return result.data as T;
}
