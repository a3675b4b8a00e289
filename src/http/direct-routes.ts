import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { authenticate, type AccessRule, type CallerLookup, type CredentialsOf } from '../auth/authenticate.js';
import type { Caller } from '../auth/roles.js';

/**
 * A controller route that Fastify runs without Nest's per-request pipeline. Nest's router execution
 * (guard, param pipes, interceptors, its exception zone) costs about 30 µs a request, a third of what
 * a claim read costs, so the hottest routes skip it. The controller method stays the route: Nest
 * registers and documents it as usual, and only the handler Fastify calls is swapped. What the
 * pipeline did is done here instead: the same access rule (authenticate), and errors thrown go to
 * Fastify's error handler, which Nest points at the same problem+json filter.
 */
export interface DirectRoute {
  method: 'GET' | 'POST';
  /** As Fastify registers it, e.g. `/v1/claims/:id`. */
  url: string;
  rule: AccessRule;
  /** Returns what to send (or a promise of it); the caller is null only on a public route. */
  handle(request: FastifyRequest, reply: FastifyReply, caller: Caller | null): unknown;
}

/**
 * Installs the swap. Call before the app initialises (Nest registers its routes then); the returned
 * check, called after, fails loudly if a direct route matched nothing (renamed in the controller).
 */
export function serveDirectly(fastify: FastifyInstance, keys: CallerLookup, routes: DirectRoute[]): () => void {
  const swapped = new Set<DirectRoute>();
  fastify.addHook('onRoute', (options: RouteOptions) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const route of routes) {
      // the HEAD twin that Fastify derives from a GET route is registered separately
      if (options.url !== route.url || !methods.every((m) => m === route.method || m === 'HEAD')) continue;
      options.handler = (request: FastifyRequest, reply: FastifyReply) => {
        const caller = authenticate(request as CredentialsOf, route.rule, keys);
        if (caller) (request as FastifyRequest & { caller?: Caller }).caller = caller;
        return route.handle(request, reply, caller);
      };
      swapped.add(route);
    }
  });
  return () => {
    const missing = routes.filter((route) => !swapped.has(route));
    if (missing.length) {
      throw new Error(`direct routes matched no controller route: ${missing.map((r) => `${r.method} ${r.url}`).join(', ')}`);
    }
  };
}
