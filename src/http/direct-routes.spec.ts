import Fastify, { type FastifyInstance } from 'fastify';
import { DomainError } from '../common/errors.js';
import type { CallerLookup } from '../auth/authenticate.js';
import { serveDirectly, type DirectRoute } from './direct-routes.js';

const keys: CallerLookup = {
  findCaller: (key) => (key === 'good' ? { id: 'u1', name: 'Lena Vogt', role: 'fact_checker' } : null),
  findSession: () => null,
};

/** A Fastify app standing in for Nest: a "pipeline" handler registered the way Nest registers routes. */
function appWith(routes: DirectRoute[]) {
  const app: FastifyInstance = Fastify({ logger: false });
  const check = serveDirectly(app, keys, routes);
  app.setErrorHandler((error, _request, reply) => {
    const status = error instanceof DomainError ? ({ unauthenticated: 401, forbidden: 403 } as Record<string, number>)[error.code] ?? 500 : 500;
    void reply.status(status).send({ code: error instanceof DomainError ? error.code : 'other' });
  });
  app.get('/things/:id', async () => ({ via: 'pipeline' }));
  app.get('/other', async () => ({ via: 'pipeline' }));
  return { app, check };
}

const thingRoute = (rule: DirectRoute['rule']): DirectRoute => ({
  method: 'GET',
  url: '/things/:id',
  rule,
  handle: (request) => ({ via: 'direct', id: (request.params as { id: string }).id, caller: (request as { caller?: { id: string } }).caller?.id }),
});

/** Real HTTP against the listening app (light-my-request cannot load under Jest's ESM mode). */
async function call(app: FastifyInstance, method: string, path: string, authorization?: string) {
  const address = app.server.listening ? `http://127.0.0.1:${(app.server.address() as { port: number }).port}` : await app.listen({ port: 0, host: '127.0.0.1' });
  const response = await fetch(address + path, { method, headers: authorization ? { authorization } : {} });
  const body = await response.text();
  return { statusCode: response.status, body, json: () => JSON.parse(body) as unknown };
}

describe('serveDirectly', () => {
  it('swaps the handler of the matching route (GET and its HEAD twin) and leaves others alone', async () => {
    const { app, check } = appWith([thingRoute({ public: false, minimum: 'fact_checker' })]);
    await app.ready();
    expect(check).not.toThrow();

    const direct = await call(app, 'GET', '/things/7', 'Bearer good');
    expect(direct.json()).toEqual({ via: 'direct', id: '7', caller: 'u1' });
    const head = await call(app, 'HEAD', '/things/7', 'Bearer good');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect((await call(app, 'GET', '/other')).json()).toEqual({ via: 'pipeline' });
    await app.close();
  });

  it('applies the route’s access rule before the handler runs, errors going to the error handler', async () => {
    const { app } = appWith([thingRoute({ public: false, minimum: 'editor' })]);
    expect((await call(app, 'GET', '/things/7')).json()).toEqual({ code: 'unauthenticated' });
    expect((await call(app, 'HEAD', '/things/7')).statusCode).toBe(401);
    const weak = await call(app, 'GET', '/things/7', 'Bearer good');
    expect(weak.statusCode).toBe(403);
    await app.close();
  });

  it('fails loudly when a direct route matches no registered route', async () => {
    const { app, check } = appWith([{ ...thingRoute({ public: true, minimum: undefined }), url: '/renamed/:id' }]);
    await app.ready();
    expect(check).toThrow('direct routes matched no controller route: GET /renamed/:id');
    await app.close();
  });
});
