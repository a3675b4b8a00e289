import { createHash, randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { AppModule } from './app.module.js';
import type { Settings } from './config/settings.js';
import { createValidationPipe } from './common/validation.js';
import { Metrics } from './metrics/metrics.js';
import { createRootLogger, NestPinoLogger } from './logging.js';
import { mountQueueDashboard } from './admin/queue-dashboard.js';
import { mountConsole } from './console/serve-console.js';
import { DomainError } from './common/errors.js';
import { serveDirectly } from './http/direct-routes.js';
import { ApiKeyStore } from './auth/api-key.store.js';
import { SessionStore } from './auth/session.store.js';
import { sessionTokenOf } from './auth/console-session.js';
import { ClaimsController } from './claims/claims.controller.js';
import { claimRoutes } from './claims/claim-direct-routes.js';
import { buildOpenApi } from './http/openapi.js';
import { installJsonBodyParser } from './http/json-body.js';
import { isMalformedQuery, parseQueryString } from './http/request-target.js';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors.js';
import { EventStreamHub } from './events/event-stream.hub.js';

export interface AppOptions {
  /** Extra controllers, for tests that need a route the product does not have. */
  controllers?: Array<new (...args: never[]) => unknown>;
  /** Where logs go (default stdout); tests read them to prove secrets and claim text stay out. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the HTTP application (not yet listening): used by main.ts, the tests and the benchmarks. */
export async function createApp(settings: Settings, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const logger = createRootLogger(settings, options.logStream);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // one line per request, written by our onResponse hook (no headers, no query strings)
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.http.bodyLimitBytes,
    // Connections are closed once idle during shutdown, so in-flight requests finish first.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // What Fastify and Node answer themselves (bad URL, over-long path segment, malformed HTTP) is
    // problem+json too; a query with escapes that are not UTF-8 is refused, not searched for.
    frameworkErrors,
    clientErrorHandler,
    routerOptions: { querystringParser: parseQueryString },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(settings, { controllers: options.controllers }), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  // request-scoped lines use Fastify's request.log (it carries the request id); no per-request
  // logger is bound through AsyncLocalStorage, which on Node 20 puts promise hooks on every await
  app.useLogger(new NestPinoLogger(logger));
  if (settings.http.rateLimitPerMinute > 0) {
    // @nestjs/throttler is CommonJS and cannot load ESM-only NestJS under Jest on Node 20; the Fastify
    // plugin does the same job one layer lower. Counted per API key (hashed), else per client address.
    await app.register(rateLimit, {
      max: settings.http.rateLimitPerMinute,
      timeWindow: 60_000,
      allowList: (request: FastifyRequest) => !request.url.startsWith('/v1/'),
      keyGenerator: (request: FastifyRequest) => {
        const auth = request.headers.authorization;
        if (auth) return `key:${createHash('sha256').update(auth).digest('base64url')}`;
        const session = sessionTokenOf(request.headers.cookie);
        return session ? `session:${createHash('sha256').update(session).digest('base64url')}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request: FastifyRequest, context: { after: string; max: number }) =>
        new DomainError('rate_limited', `More than ${context.max} requests a minute for this key; retry in ${context.after}`),
    });
  }
  const validation = createValidationPipe();
  app.useGlobalPipes(validation);
  // No enableShutdownHooks(): main.ts owns the signals and stops things in order (src/shutdown.ts);
  // Nest's handler would close in its own order and end the process by re-raising the signal.

  const fastify = app.getHttpAdapter().getInstance();
  installJsonBodyParser(app);
  const metrics = app.get(Metrics);
  const keys = app.get(ApiKeyStore);
  const sessions = app.get(SessionStore);
  const callers = { findCaller: (key: string) => keys.findCaller(key), findSession: (token: string) => sessions.find(token) };
  const checkDirectRoutes = serveDirectly(fastify, callers, claimRoutes(app.get(ClaimsController), validation));
  // Callback hooks, not async ones: they run on every request, and an async hook costs a promise and a
  // microtask turn each time.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    void reply.header('x-request-id', request.id);
    if (isMalformedQuery(request.query)) {
      done(new DomainError('validation_failed', 'query: has a malformed percent-escape, or one that is not UTF-8 (e.g. %ff)', {
        errors: [{ field: 'query', message: 'has a malformed percent-escape, or one that is not UTF-8 (e.g. %ff)' }],
      }));
      return;
    }
    // The API speaks JSON only; say so plainly instead of failing validation on a string body.
    const type = request.headers['content-type'];
    const hasBody =
      (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') ||
      request.headers['transfer-encoding'] !== undefined;
    if (hasBody && type !== undefined && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      done(new DomainError('unsupported_media_type', `Send JSON (Content-Type: application/json), not ${type}`));
      return;
    }
    done();
  });
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    if (logger.isLevelEnabled('info')) {
      // the path only: a query string may carry search text
      request.log.info(
        { method: request.method, path: request.url.split('?')[0], statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
        'request completed',
      );
    }
    metrics.httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  // Graceful shutdown: requests in flight finish; keep-alive connections are closed as soon as they
  // fall idle (once is not enough: a busy one becomes idle later); after the grace period, all go.
  let idleSweep: NodeJS.Timeout | undefined;
  let deadline: NodeJS.Timeout | undefined;
  const eventStreams = app.get(EventStreamHub);
  fastify.addHook('preClose', async () => {
    // open event streams never fall idle: end them, and their clients reconnect to a process that runs
    eventStreams.closeAll();
    idleSweep = setInterval(() => fastify.server.closeIdleConnections(), 25);
    deadline = setTimeout(() => fastify.server.closeAllConnections(), settings.http.shutdownGraceMs);
  });
  fastify.addHook('onClose', async () => {
    clearInterval(idleSweep);
    clearTimeout(deadline);
  });

  await mountQueueDashboard(app);
  await mountConsole(fastify, settings.console.dir, logger);
  SwaggerModule.setup('docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'docs-json' });
  await app.init();
  checkDirectRoutes();
  return app;
}
