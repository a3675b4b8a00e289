import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes .br and .gz twins of the built scripts and styles, which the service sends to browsers that
 * accept them (@fastify/static preCompressed), so no request compresses anything. Eight lines here
 * rather than a plugin package for something zlib does in one call each.
 */
function precompress(): Plugin {
  return {
    name: 'claimdesk-precompress',
    apply: 'build',
    writeBundle(options) {
      const assets = join(options.dir!, 'assets');
      for (const name of readdirSync(assets).filter((file) => /\.(js|css|svg)$/.test(file))) {
        const content = readFileSync(join(assets, name));
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(content));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/console/',
  plugins: [preact({ devToolsInProd: false, prefreshEnabled: false }), precompress()],
  build: {
    // not dist/console: that is where tsc writes src/console, and emptyOutDir would delete it
    outDir: join(root, '..', 'dist', 'console-ui'),
    emptyOutDir: true,
    target: 'es2022',
    // no inline module-preload polyfill: the CSP allows scripts from this origin's files only
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  // `npm run console:dev`: the API of `npm start` behind Vite's dev server
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
