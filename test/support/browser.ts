import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './service-process.js';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it when it is missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps trying to reach its vendor's hosts, which
 * a closed network refuses many times a second. Each launch gets a fresh, empty profile: Playwright's
 * launch() makes a temporary user-data dir of its own and removes it at close (it refuses a
 * --user-data-dir argument).
 */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  return { browser, close: () => browser.close() };
}

/**
 * Builds the console as `npm run build` does, into a directory of its own (the test app serves it
 * from there). Browser specs run in parallel Jest workers, and Vite refuses a second build of the
 * same project while one runs (a lock meant for two dev servers); each build here writes only to
 * its own directory, so the lock is bypassed.
 */
export function buildConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-console-'));
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', 'console/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--bypass-lock', '--logLevel', 'warn'];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT, encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the console did not build:\n${result.stdout}\n${result.stderr}`);
  return dir;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * axe-core run inside the page. Its source goes in through the DevTools protocol (page.evaluate),
 * which the page's CSP does not govern, so the CSP under test stays as it is.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // runs in the page: `axe` and `document` are the page's globals (the test's tsconfig has no DOM types)
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> };
    };
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
