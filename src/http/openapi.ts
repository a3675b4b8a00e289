import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentErrorResponses } from './openapi-errors.js';

/** The OpenAPI document served at /docs-json (and checked by the tests against what the routes answer). */
export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('claimdesk')
    .setDescription(
      'Backend of a fact-checking desk. Every /v1 route needs "Authorization: Bearer <api key>", or the console\'s session cookie ' +
        '(POST /v1/session) with an X-CSRF-Token header on requests that change something.',
    )
    .setVersion('1')
    // addBearerAuth would add bearerFormat "JWT"; the keys are opaque API keys
    .addSecurity('apiKey', { type: 'http', scheme: 'bearer', description: 'an API key (shown once when a user or key is created)' })
    .addSecurity('consoleSession', {
      type: 'apiKey',
      in: 'cookie',
      name: 'claimdesk_session',
      description: 'the console\'s session (POST /v1/session); requests that change something also send X-CSRF-Token',
    })
    .addSecurity('metricsToken', { type: 'http', scheme: 'bearer', description: 'the METRICS_TOKEN; /metrics is open when none is configured' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  addHeadOfClaim(document);
  addConsoleSession(document);
  return documentErrorResponses(document);
}

/**
 * HEAD /v1/claims/:id is Fastify's twin of the GET route, served by the same direct route
 * (src/claims/claim-direct-routes.ts), so no controller method describes it: it is the GET
 * operation without bodies. (Fastify derives a HEAD twin for every GET; only this one is
 * part of the contract.)
 */
function addHeadOfClaim(document: OpenAPIObject): void {
  const item = document.paths['/v1/claims/{id}'];
  if (!item?.get) throw new Error('OpenAPI: GET /v1/claims/{id} is not documented, so its HEAD twin cannot be');
  const responses = Object.fromEntries(
    Object.entries(item.get.responses).map(([status, response]) => {
      const { content: _content, ...rest } = response as { description: string; content?: unknown };
      return [status, status.startsWith('2') ? { ...rest, description: 'as GET, without a body' } : rest];
    }),
  );
  item.head = { ...item.get, operationId: 'ClaimsController_head', summary: 'The claim\'s headers (ETag) without its body', responses };
}

/** Every route a key opens, a console session opens too (src/auth/authenticate.ts): either scheme will do. */
function addConsoleSession(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item as Record<string, { security?: Array<Record<string, string[]>> }>)) {
      if (op.security?.some((scheme) => 'apiKey' in scheme)) op.security = [...op.security, { consoleSession: [] }];
    }
  }
}
