import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp, type TestAppOverrides } from './test-app.js';
import { buildConsole, launchChromium, type LaunchedBrowser } from './browser.js';
import { eventually } from './eventually.js';

/** What the sign-in form says, in the language the page is shown in. */
export interface SignInWords {
  label: string;
  button: string;
  /** The heading of the page signing in lands on (the review queue). */
  heading: string;
}

export const SIGN_IN_EN: SignInWords = { label: 'API key', button: 'Sign in', heading: 'Review queue' };
export const SIGN_IN_DE: SignInWords = { label: 'API-Schlüssel', button: 'Anmelden', heading: 'Warteschlange' };

/** Signs in through the console's own form, as a person would, and waits for the queue. */
export async function signInAt(page: Page, baseUrl: string, key: string, words: SignInWords = SIGN_IN_EN): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.getByLabel(words.label).fill(key);
  await page.getByRole('button', { name: words.button }).click();
  await page.getByRole('heading', { name: words.heading }).waitFor();
}

/** A claim's row in the queue (or any table of claims). */
export const rowOf = (page: Page, claimId: string): Locator => page.locator(`tr[data-claim-id="${claimId}"]`);

/** playwright-core has no assertions of its own: these wait like Playwright's, then assert. */
export function waitingExpectations(timeoutMs: number) {
  return {
    countIs: (locator: Locator, n: number) => eventually(async () => expect(await locator.count()).toBe(n), timeoutMs),
    textHas: (locator: Locator, text: string) => eventually(async () => expect(await locator.textContent()).toContain(text), timeoutMs),
  };
}

export interface ConsolePageOptions {
  locale?: string;
  /** Browser permissions granted to the app's origin (e.g. the clipboard). */
  permissions?: string[];
}

export interface ConsoleTestBedOptions {
  /** Settings for the test app; the console directory is added to them. */
  app?: TestAppOverrides;
  viewport?: { width: number; height: number };
}

/** The built console, the test app serving it, and a Chromium whose pages are closed with the rest. */
export interface ConsoleTestBed {
  app: TestApp;
  consoleDir: string;
  browser: Browser;
  /** A page in a fresh browser context (its own cookies), closed by close(); dialogs are dismissed. */
  newPage(options?: ConsolePageOptions): Promise<Page>;
  signIn(page: Page, key: string, words?: SignInWords): Promise<void>;
  /** Closes the pages, the browser and the app, and removes the built console. `closeApp` replaces the app's own close (a spec that restarted it). */
  close(options?: { closeApp?: () => Promise<void> }): Promise<void>;
}

export async function startConsoleTestBed(options: ConsoleTestBedOptions = {}): Promise<ConsoleTestBed> {
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const consoleDir = buildConsole();
  let app: TestApp | undefined;
  let chromium: LaunchedBrowser | undefined;
  try {
    app = await startTestApp({ ...options.app, console: { ...options.app?.console, dir: consoleDir } });
    chromium = await launchChromium();
  } catch (err) {
    await app?.close();
    rmSync(consoleDir, { recursive: true, force: true });
    throw err;
  }
  const started = app;
  const browser = chromium.browser;
  const open: BrowserContext[] = [];
  return {
    app: started,
    consoleDir,
    browser,
    async newPage(pageOptions = {}) {
      const context = await browser.newContext({ viewport, locale: pageOptions.locale ?? 'en-GB' });
      if (pageOptions.permissions) await context.grantPermissions(pageOptions.permissions, { origin: started.baseUrl });
      open.push(context);
      const page = await context.newPage();
      page.on('dialog', (dialog) => void dialog.dismiss());
      return page;
    },
    signIn: (page, key, words) => signInAt(page, started.baseUrl, key, words),
    async close(closeOptions = {}) {
      try {
        for (const context of open) await context.close();
        await chromium!.close();
        await (closeOptions.closeApp ?? started.close)();
      } finally {
        rmSync(consoleDir, { recursive: true, force: true });
      }
    },
  };
}
