/* eslint-disable @typescript-eslint/no-explicit-any */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { rowOf, startConsoleTestBed, type ConsoleTestBed } from '../support/console-session.js';
import { seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { ROOT } from '../support/service-process.js';
import { ApiClient } from '../support/api-client.js';

/**
 * The console updating by itself in a real headless Chromium: what other people do through the
 * API (Bearer keys) shows up in an open page without a reload, forms keep what is being typed, and
 * the page's live stream comes back after the API process restarts.
 */
describe('the console, live', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let checker: ApiClient & { userId: string };
  let editor: ApiClient & { userId: string };
  let editor2: ApiClient & { userId: string };
  /** The API after a restart, on the same port and database (the last test). */
  let restarted: { close(): Promise<void> } | undefined;

  const liveIndicator = (page: Page) => page.locator('header .live');
  const waitLive = (page: Page) => page.locator('header .live[data-live="live"]').waitFor();
  /** A mark in the page's own memory: a reload would lose it. */
  const markPage = (page: Page) => page.evaluate(() => ((globalThis as any).__notReloaded = true));
  const notReloaded = (page: Page) => page.evaluate(() => (globalThis as any).__notReloaded === true);

  beforeAll(async () => {
    // a short heartbeat: it is also when an open stream's session is checked again
    bed = await startConsoleTestBed({ app: { events: { stream: { heartbeatMs: 1000 } } }, viewport: { width: 1280, height: 860 } });
    t = bed.app;
    checker = await t.user('fact_checker', 'Lena Roth');
    editor = await t.user('editor', 'Karl Ebert');
    editor2 = await t.user('editor', 'Mira Haas');
  }, 120_000);

  afterAll(() => bed?.close({
    closeApp: restarted && (async () => {
      await restarted!.close();
      rmSync(t.dir, { recursive: true, force: true });
    }),
  }));

  it('shows a claim someone else creates in the open queue, without a reload, and keeps the filter being typed', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await waitLive(page);
    await expect(liveIndicator(page).textContent()).resolves.toBe('Live updates on');
    await markPage(page);
    // half-typed into the search box, not applied
    await page.getByLabel('Search text').fill('ferry time');

    const created = (await editor.post('/v1/claims', {
      text: 'The night ferry to the islands stops running in October.', claimant: { name: 'Island shipping company' },
    })).body;
    await rowOf(page, created.id).waitFor({ timeout: 10000 });
    await expect(rowOf(page, created.id).textContent()).resolves.toContain('Island shipping company');
    expect(await notReloaded(page)).toBe(true);
    expect(await page.getByLabel('Search text').inputValue()).toBe('ferry time');

    // a change to a row shows too: another person takes the claim
    expect((await editor.post(`/v1/claims/${created.id}/assign`, {})).status).toBe(200);
    await rowOf(page, created.id).locator('td').nth(4).filter({ hasText: 'Karl Ebert' }).waitFor({ timeout: 10000 });
    await expect(rowOf(page, created.id).locator('.status').textContent()).resolves.toBe('in review');
    expect(await notReloaded(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-live.png') });

    await page.getByLabel('Language').first().selectOption('de');
    await expect(liveIndicator(page).textContent()).resolves.toBe('Live-Aktualisierung aktiv');
    await page.getByLabel('Sprache').first().selectOption('en');
  });

  it('shows a flag raised and a verdict approved by others on an open claim page, keeping what is typed', async () => {
    const claim = (await checker.post('/v1/claims', {
      text: 'Between 4,000 and 5,000 Russian soldiers have been killed so far.', claimant: { name: 'U.S. officials', country: 'US' },
      claimedAt: '2022-03-20T00:00:00Z', language: 'en',
    })).body;
    // the claim's own checks finish before the page opens, so what follows is other people's doing
    await eventually(async () => (await checker.get(`/v1/claims/${claim.id}/corroboration`)).body.status !== 'pending', 30000, 200);
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/claims/${claim.id}`);
    await page.getByRole('heading', { name: claim.text }).waitFor();
    await waitLive(page);
    await markPage(page);
    await expect(page.locator('section[aria-labelledby="flags-title"]').textContent()).resolves.toContain('No flags');

    // another desk's figure for the same count, two days later, cannot both be true: a background check flags the pair
    const rival = (await editor.post('/v1/claims', {
      text: 'More than 12,000 Russian soldiers have been killed.', claimant: { name: 'Ukrainian general staff', country: 'UA' },
      claimedAt: '2022-03-22T00:00:00Z', language: 'en',
    })).body;
    const flag = page.locator('li.flag').first();
    await flag.waitFor({ timeout: 30000 });
    await expect(flag.locator('.explanation').textContent()).resolves.toMatch(/12,000|12000/);
    expect(await notReloaded(page)).toBe(true);

    // the checker starts a note on the flag; meanwhile two editors carry a verdict through approval
    await flag.getByLabel('Note').fill('half a thought about');
    await flag.getByLabel('Note').press('End');
    expect((await editor.post(`/v1/claims/${claim.id}/assign`, {})).status).toBe(200);
    const current = (await editor.get(`/v1/claims/${claim.id}`)).body;
    const verdict = await editor.post(`/v1/claims/${claim.id}/verdicts`, {
      rating: 'unverifiable', summary: 'Neither count has been published with its method.', evidence: [{ url: 'https://desk.example/counts', note: 'both statements' }],
    }, { 'If-Match': `"${current.version}"` });
    expect(verdict.status).toBe(201);
    await page.getByText('Neither count has been published with its method.').waitFor({ timeout: 10000 });
    const approved = await editor2.post(`/v1/claims/${claim.id}/verdicts/${verdict.body.id}/approve`, { note: 'fine' });
    expect(approved.status).toBe(200);
    await page.locator('dl.facts .status-approved').waitFor({ timeout: 10000 });
    expect(await notReloaded(page)).toBe(true);
    // the note survived every refresh, and typing goes on where it was
    expect(await flag.getByLabel('Note').inputValue()).toBe('half a thought about');
    await page.keyboard.type(' the two counts');
    expect(await flag.getByLabel('Note').inputValue()).toBe('half a thought about the two counts');
    expect(await seriousViolations(page)).toEqual([]);
    expect(rival.id).toBeDefined();
  });

  it('signs the page out by itself when its key is revoked elsewhere', async () => {
    const user = await t.user('fact_checker', 'Rolf Revoked');
    const page = await bed.newPage();
    await bed.signIn(page, user.key!);
    await waitLive(page);
    expect((await t.admin.delete(`/v1/users/${user.userId}/api-keys`)).status).toBe(200);
    // no click: the stream is ended at its next heartbeat, and its refused restart ends the session in the page
    await page.getByText('Your session has ended. Sign in again.').waitFor({ timeout: 20000 });
    await page.getByRole('heading', { name: 'Sign in to claimdesk' }).waitFor();
  });

  it('comes back by itself after the API process restarts, and goes on showing what happens', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await waitLive(page);
    await markPage(page);
    const port = new URL(t.baseUrl).port;

    await t.app.close();
    await page.locator('header .live[data-live="reconnecting"]').waitFor({ timeout: 10000 });
    await expect(liveIndicator(page).textContent()).resolves.toBe('Live updates paused, reconnecting…');
    // a new process on the same database (sessions and events are in it) and the same address
    const next = await createTestApp({ console: { dir: bed.consoleDir }, database: { path: t.settings.database.path }, queue: { prefix: t.settings.queue.prefix } });
    await next.app.listen({ port: Number(port), host: '127.0.0.1' });
    restarted = { close: () => next.app.close() };
    await waitLive(page);

    const created = (await new ApiClient(t.baseUrl, editor.key).post('/v1/claims', {
      text: 'The harbour crane will be replaced next spring.', claimant: { name: 'Port authority' },
    })).body;
    await rowOf(page, created.id).waitFor({ timeout: 10000 });
    expect(await notReloaded(page)).toBe(true);
  });
});
