import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestApp } from '../../test/support/test-app.js';
import { buildOpenApi } from '../http/openapi.js';

/**
 * The console's API types are generated from the OpenAPI document (openapi-typescript) and
 * committed, so `npm run typecheck` checks the console against the API as it is: a DTO change
 * that breaks the console fails there. This test fails when the committed file is not what the
 * document generates now; `npm run console:api-types` writes it anew.
 */
const TYPES_FILE = join(process.cwd(), 'console', 'src', 'api', 'schema.d.ts');
const HEADER = '// Generated from the OpenAPI document by `npm run console:api-types` (src/console/api-types.spec.ts). Do not edit.\n';

describe('the console\'s API types', () => {
  let generated: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestApp();
    close = t.close;
    const ast = await openapiTS(buildOpenApi(t.app) as never, { alphabetize: true });
    generated = HEADER + astToString(ast);
  });
  afterAll(() => close());

  it('are what the OpenAPI document generates (npm run console:api-types rewrites them)', () => {
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(TYPES_FILE, generated);
    expect(generated).toContain('"/v1/claims": {');
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(generated);
  });
});
