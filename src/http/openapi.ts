import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document served at /docs-json (and checked by the tests against what the routes answer). */
export function buildOpenApi(app: NestFastifyApplication) {
  const config = new DocumentBuilder()
    .setTitle('claimdesk')
    .setDescription('Backend of a fact-checking desk. Every /v1 route needs "Authorization: Bearer <api key>".')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an API key' }, 'apiKey')
    .build();
  return SwaggerModule.createDocument(app, config);
}
