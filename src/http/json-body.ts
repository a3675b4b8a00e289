import { isUtf8 } from 'node:buffer';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors.js';
import { inspectJson, JSON_LIMITS, type JsonLimits } from './json-structure.js';

/** Route config key (Nest: `@RouteConfig({ jsonLimits: {...} })`) for a route that needs other limits. */
export const JSON_LIMITS_CONFIG = 'jsonLimits';

type Done = (error: Error | null, body?: unknown) => void;

const refused = (field: string, message: string) =>
  new DomainError('validation_failed', `${field}: ${message}`, { errors: [{ field, message }] });

/**
 * Replaces Fastify's JSON body parser with one that also refuses, before anything else sees the
 * body: bytes that are not UTF-8 (Node would turn each into U+FFFD and store them silently),
 * structures deeper or larger than the limits, and lone surrogates in any string. It sits in the
 * content-type parser rather than in a hook so that every route is covered, the ones Fastify
 * serves directly included, at the cost of one walk over what was just parsed.
 */
export function installJsonBodyParser(app: NestFastifyApplication, limits: JsonLimits = JSON_LIMITS): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Fastify's own parser keeps its protection against __proto__ and constructor.prototype keys
  const parse = fastify.getDefaultJsonParser(
    fastify.initialConfig.onProtoPoisoning ?? 'error',
    fastify.initialConfig.onConstructorPoisoning ?? 'error',
  );
  const parser = (request: FastifyRequest, raw: Buffer, done: Done) => {
    if (!isUtf8(raw)) {
      done(refused('body', 'is not valid UTF-8'));
      return;
    }
    parse(request, raw.toString('utf8'), (error: Error | null, body?: unknown) => {
      if (error) {
        const code = (error as { code?: string }).code;
        done(code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? refused('body', 'is empty but declared as JSON') : refused('body', 'is not valid JSON'));
        return;
      }
      const routeLimits = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[JSON_LIMITS_CONFIG] as
        | Partial<JsonLimits>
        | undefined;
      const fault = inspectJson(body, routeLimits ? { ...limits, ...routeLimits } : limits);
      if (fault) done(refused(fault.field, fault.message));
      else done(null, body);
    });
  };
  // through Nest, which otherwise registers its own JSON parser when the app initialises
  app.useBodyParser('application/json', {}, parser);
  // the onRequest hook admits the JSON family (application/*+json); parse those the same way
  app.useBodyParser(/^application\/[\w.-]+\+json\s*(;|$)/i, {}, parser);
}
