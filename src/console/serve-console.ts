import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

export const CONSOLE_PATH = '/console';

/** Where `npm run build` writes the console: dist/console-ui, found from this file (src/ in tests, dist/ when built). */
export const BUILT_CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'console-ui');

/**
 * The console's pages may run only the scripts and styles served here: no inline script, no eval,
 * no other origin. Whatever a claim or source text holds, the page never runs it (and the console
 * writes every such text as text, never as markup).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONSOLE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Serves the built console at /console from the same process as the API (also with
 * RUN_WORKERS=false): hashed assets under /console/assets (cached for good), and index.html for
 * every other /console path, so the console's own links (/console/claims/…) load it. Without a
 * build the routes answer 503 saying how to make one, rather than being absent.
 */
export async function mountConsole(fastify: FastifyInstance, dir: string | null, log: Logger): Promise<void> {
  const root = dir ?? BUILT_CONSOLE_DIR;
  const indexFile = join(root, 'index.html');
  const built = existsSync(indexFile);
  if (!built) log.warn({ dir: root }, 'the console is not built (npm run build builds it): /console answers 503');
  // read once: it is small, and every client-side route answers it
  const index = built ? readFileSync(indexFile) : null;

  await fastify.register(async (scope: FastifyInstance) => {
    scope.addHook('onSend', (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
      done(null, payload);
    });
    const page = (_request: FastifyRequest, reply: FastifyReply) => {
      if (!index) {
        return reply.status(503).type('text/plain; charset=utf-8').send('The console is not built: run `npm run build`.\n');
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    };
    scope.get(CONSOLE_PATH, page);
    scope.get(`${CONSOLE_PATH}/*`, page);
    if (built) {
      await scope.register(fastifyStatic, {
        root: join(root, 'assets'),
        prefix: `${CONSOLE_PATH}/assets/`,
        // file names carry their content hash, so an asset never changes under its name
        immutable: true,
        maxAge: '365d',
        index: false,
        preCompressed: true,
      });
    }
  });
}
