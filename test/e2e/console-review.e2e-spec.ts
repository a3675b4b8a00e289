/* eslint-disable @typescript-eslint/no-explicit-any */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { rowOf, signInAt, startConsoleTestBed, type ConsoleTestBed } from '../support/console-session.js';
import { buildConsole, launchChromium, seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { freePort } from '../support/ports.js';
import { ROOT } from '../support/service-process.js';
import { ApiClient } from '../support/api-client.js';
import { SEED_STORY } from './console-review.fixture.js';

/**
 * Review in the console, in a real headless Chromium against the real app: the seed story from
 * ingest to an approved ClaimReview, the approvals page with four-eyes, correcting a figure, and
 * problems people understand (field errors, 409, 412, a service that restarts). The same run saves
 * docs/console-approvals.png and docs/console-claim-review.png.
 */
describe('review in the console', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let checker: ApiClient & { userId: string };
  let editor: ApiClient & { userId: string };
  let editor2: ApiClient & { userId: string };

  const actionsOf = (page: Page) => page.locator('section[aria-labelledby="actions-title"]');
  const claimWithFigure = async (text: string) => (await checker.post('/v1/claims', {
    text, claimant: { name: 'Coastal guard', country: 'UA' }, claimedAt: '2022-04-02T00:00:00Z', language: 'en',
  })).body;
  /** A claim with a verdict proposed by `author` (through the API: these tests are about what follows). */
  const proposed = async (text: string, author: ApiClient & { userId: string }) => {
    const claim = (await checker.post('/v1/claims', { text, claimant: { name: 'Harbour authority' }, language: 'en' })).body;
    expect((await author.post(`/v1/claims/${claim.id}/assign`, {})).status).toBe(200);
    const verdict = await author.post(`/v1/claims/${claim.id}/verdicts`, { rating: 'mostly_false', summary: `Checked: ${text}`, evidence: [] });
    expect(verdict.status).toBe(201);
    return claim.id as string;
  };

  beforeAll(async () => {
    bed = await startConsoleTestBed();
    t = bed.app;
    checker = await t.user('fact_checker', 'Frida Lund');
    editor = await t.user('editor', 'Emil Sander');
    editor2 = await t.user('editor', 'Olga Brink');
  }, 120_000);

  afterAll(() => bed?.close());

  it('carries the seed story through the console: ingest, denials, flag, verdict with evidence, four-eyes approval, ClaimReview', async () => {
    // the fact-checker pastes the article into the console's sources page
    const desk = await bed.newPage();
    await bed.signIn(desk, checker.key!);
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await desk.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
    await desk.getByLabel('Text', { exact: true }).fill(SEED_STORY.text);
    await desk.getByLabel('Publisher', { exact: true }).last().fill(SEED_STORY.publisher);
    await desk.getByLabel('URL (optional)').fill(SEED_STORY.url);
    await desk.getByLabel('Title (optional)').fill(SEED_STORY.title);
    await desk.locator('#ingest-language').selectOption(SEED_STORY.language);
    await desk.getByLabel('Published on (optional)').fill(SEED_STORY.publishedAt.slice(0, 10));
    await desk.getByRole('button', { name: 'Add source' }).click();
    await desk.getByRole('heading', { name: SEED_STORY.title }).waitFor();
    const sourceId = /\/console\/sources\/([^/?#]+)/.exec(desk.url())![1];
    // the source page follows the extraction until it is done, and marks the claims in the text
    await desk.locator('[data-extraction="done"]').waitFor({ timeout: 30000 });
    const extracted = (await checker.get(`/v1/sources/${sourceId}/claims`)).body.items as any[];
    expect(extracted.length).toBeGreaterThan(2);
    await expect(desk.locator('.source-text mark').count()).resolves.toBe(extracted.length);
    const main = extracted.find((c) => c.text.startsWith('Russia had asked China for combat drones'));
    const casualties = extracted.find((c) => c.text.startsWith('more than 12,000 Russian soldiers'));
    expect(main).toBeDefined();
    expect(casualties).toBeDefined();
    await eventually(async () => (await checker.get(`/v1/claims/${casualties.id}`)).body.openFlags > 0, 30000, 200);

    // the same fact-checker works the story from the queue
    const page = desk;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }).click();
    // the queue: the extracted claims, the main one denied twice, the casualty figure flagged
    await expect(rowOf(page, main.id).locator('.reason-denied').textContent()).resolves.toBe('denied by 2');
    await expect(rowOf(page, casualties.id).locator('.reason-flags').textContent()).resolves.toBe('1 open flag(s)');
    for (const claim of extracted) await rowOf(page, claim.id).waitFor();

    // the casualty claim: its flag, explained with both figures
    await rowOf(page, casualties.id).locator('a').click();
    await page.waitForURL(`**/console/claims/${casualties.id}`);
    const explanation = page.locator('li.flag .explanation');
    await expect(explanation.textContent()).resolves.toMatch(/between 5,000 and 9,000.*more than 12,000.*do not overlap/);
    expect(await page.locator('li.flag').getByRole('button', { name: 'Resolve' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Back to the queue' }).click();

    // the main claim: cited in the article, its two denials linked, each one a link
    await rowOf(page, main.id).locator('a').click();
    await page.waitForURL(`**/console/claims/${main.id}`);
    await page.getByRole('heading', { level: 1, name: main.text }).waitFor();
    expect(await page.locator('mark').first().textContent()).toBe(main.text);
    const denials = page.locator('#incoming li');
    await expect(denials.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^denies .*Zhao Lijian/), expect.stringMatching(/^denies .*Dmitry Peskov/),
    ]);
    const denialLinks = await denials.locator('a').evaluateAll((links) => links.map((a: any) => a.getAttribute('href')));
    const incoming = (await checker.get(`/v1/claims/${main.id}/relations`)).body.incoming as any[];
    expect(denialLinks.sort()).toEqual(incoming.map((r) => `/console/claims/${r.claim.id}`).sort());

    // assign, then propose a verdict with the article as evidence
    await actionsOf(page).getByRole('button', { name: 'Assign to me' }).click();
    await actionsOf(page).getByRole('button', { name: 'Unassign' }).waitFor();
    await page.getByLabel('Rating').selectOption('unverifiable');
    await page.getByLabel('Summary').fill('Only unnamed U.S. officials say so; Beijing and Moscow both deny it and nothing else confirms the request.');
    await page.getByLabel(/Use as evidence: Baltic Wire Service/).check();
    await page.getByLabel('What this source shows').fill('the officials\u2019 account and both denials');
    await actionsOf(page).getByRole('button', { name: 'Propose verdict' }).click();
    await actionsOf(page).locator('ul.evidence-given li').filter({ hasText: 'both denials' }).waitFor();
    expect(await actionsOf(page).getByRole('button', { name: 'Approve the verdict' }).count()).toBe(0);
    const verdict = (await editor.get(`/v1/claims/${main.id}`)).body.verdict;
    expect(verdict).toMatchObject({ rating: 'unverifiable', author: { id: checker.userId }, evidence: [{ sourceId, note: 'the officials\u2019 account and both denials' }] });

    // the fact-checker who proposed it cannot approve it: no approvals in the nav, the page says why
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).count()).toBe(0);
    await page.goto(`${t.baseUrl}/console/approvals`);
    await page.getByText('Only editors approve verdicts.').waitFor();
    // and the API refuses it too (the page only shows the API's rule)
    expect((await checker.post(`/v1/claims/${main.id}/verdicts/${verdict.id}/approve`, {})).status).toBe(403);

    // the second editor approves it from the approvals page
    const second = await bed.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await bed.signIn(second, editor2.key!);
    await second.getByRole('link', { name: 'Approvals' }).click();
    const waiting = second.locator(`li.approval[data-claim-id="${main.id}"]`);
    await waiting.getByRole('button', { name: 'Approve' }).waitFor();
    await expect(waiting.textContent()).resolves.toMatch(/unverifiable.*Only unnamed U\.S\. officials.*both denials.*proposed by Frida Lund/);
    expect(await seriousViolations(second)).toEqual([]);
    await second.screenshot({ path: join(ROOT, 'docs', 'console-approvals.png'), fullPage: true });
    await waiting.getByRole('button', { name: 'Approve' }).click();
    await second.getByRole('status').filter({ hasText: `Approved: ${main.text}` }).waitFor();
    await waiting.waitFor({ state: 'detached' });
    expect((await checker.get(`/v1/claims/${main.id}`)).body).toMatchObject({ status: 'approved', verdict: { status: 'approved', decidedBy: { id: editor2.userId } } });

    // the ClaimReview: shown formatted among the recently approved, and copied
    const recent = second.locator(`ul.recent-list li[data-claim-id="${main.id}"]`);
    await recent.getByRole('button', { name: 'Show ClaimReview' }).click();
    const json = recent.locator('pre.json');
    await json.waitFor();
    const expected = (await checker.get(`/v1/claims/${main.id}/claim-review`)).body;
    expect(JSON.parse((await json.textContent())!)).toEqual(expected);
    expect(expected).toMatchObject({ '@type': 'ClaimReview', claimReviewed: main.text });
    expect(await json.textContent()).toContain('\n  "@type": "ClaimReview"');
    await recent.getByRole('button', { name: 'Copy' }).click();
    await recent.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
    const copied = await second.evaluate(() => (globalThis as any).navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(expected);
    expect(await seriousViolations(second)).toEqual([]);

    // the approved claim's page shows its ClaimReview too, and no step but reopening
    await second.goto(`${t.baseUrl}/console/claims/${main.id}`);
    await second.locator('section.claim-review pre.json').waitFor();
    expect(await actionsOf(second).getByRole('button').allTextContents()).toEqual(['Reopen']);
    expect(await second.getByRole('button', { name: /Correct the figure/ }).count()).toBe(0);
    expect(await seriousViolations(second)).toEqual([]);
    await second.screenshot({ path: join(ROOT, 'docs', 'console-claim-review.png'), fullPage: true });
  });

  it('lists the waiting verdicts oldest first, sends one back with a reason, and keeps approvals to editors', async () => {
    const first = await proposed('The ferry pier was rebuilt for 3 million euros.', editor2);
    const next = await proposed('The harbour saw 1,200 ships last year.', editor2);
    const page = await bed.newPage();
    await bed.signIn(page, editor.key!);
    await page.goto(`${t.baseUrl}/console/approvals`);
    const items = page.locator('li.approval');
    await items.first().waitFor();
    const order = await items.evaluateAll((lis) => lis.map((li: any) => li.dataset.claimId as string));
    const api = (await editor.get('/v1/claims?status=verdict_proposed&sort=statusChangedAt')).body.items.map((c: any) => c.id);
    expect(order).toEqual(api);
    expect(order.indexOf(first)).toBeLessThan(order.indexOf(next));
    expect(await seriousViolations(page)).toEqual([]);

    // sending back without a reason: the API's field error appears next to the reason field
    const item = page.locator(`li.approval[data-claim-id="${next}"]`);
    await item.getByRole('button', { name: 'Send back' }).click();
    const reason = item.getByLabel('Reason for sending it back');
    // marked once the API's answer is in (the click does not wait for it)
    await eventually(async () => expect(await reason.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (await reason.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(/reason/i);
    await reason.fill('The ship count is for two years, not one.');
    await item.getByRole('button', { name: 'Send back' }).click();
    await page.getByRole('status').filter({ hasText: 'Sent back: The harbour saw 1,200 ships last year.' }).waitFor();
    await item.waitFor({ state: 'detached' });
    const back = (await editor.get(`/v1/claims/${next}`)).body;
    expect(back.status).toBe('in_review');
    expect((await editor.get(`/v1/claims/${next}/history`)).body.items ?? (await editor.get(`/v1/claims/${next}/history`)).body)
      .toEqual(expect.arrayContaining([expect.objectContaining({ action: 'reject', data: expect.objectContaining({ reason: 'The ship count is for two years, not one.' }) })]));

    // another editor approved it meanwhile: the stale page says so and offers the latest version
    const stale = page.locator(`li.approval[data-claim-id="${first}"]`);
    const verdictId = (await editor.get(`/v1/claims/${first}`)).body.verdict.id;
    expect((await t.admin.post(`/v1/claims/${first}/verdicts/${verdictId}/approve`, {})).status).toBe(200);
    await stale.getByRole('button', { name: 'Approve' }).click();
    await stale.getByRole('alert').filter({ hasText: 'Someone else changed this claim' }).waitFor();
    await stale.getByRole('button', { name: 'Load the latest version' }).click();
    await stale.waitFor({ state: 'detached' });
    await page.locator(`ul.recent-list li[data-claim-id="${first}"]`).waitFor();

    // in German, with German dates
    const german = await proposed('Der Anleger wurde für 3 Millionen Euro erneuert.', editor2);
    const dePage = await bed.newPage();
    await bed.signIn(dePage, editor2.key!);
    await dePage.getByLabel('Language').first().selectOption('de');
    await dePage.getByRole('navigation').getByRole('link', { name: 'Freigaben' }).click();
    await dePage.getByRole('heading', { name: 'Urteile, die auf Freigabe warten' }).waitFor();
    const mine = dePage.locator(`li.approval[data-claim-id="${german}"]`);
    await mine.getByText('Ihr eigenes Urteil: Jemand anderes aus der Redaktion muss es freigeben.').waitFor();
    await expect(mine.textContent()).resolves.toMatch(/überwiegend falsch.*vorgeschlagen von Olga Brink, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC/);
    expect(await seriousViolations(dePage)).toEqual([]);

    // a fact-checker has no approvals entry, and the page says why
    const checkerPage = await bed.newPage();
    await bed.signIn(checkerPage, checker.key!);
    expect(await checkerPage.getByRole('navigation').getByRole('link', { name: 'Approvals' }).count()).toBe(0);
    await checkerPage.goto(`${t.baseUrl}/console/approvals`);
    await checkerPage.getByText('Only editors approve verdicts.').waitFor();
    expect(await checkerPage.locator('li.approval').count()).toBe(0);
  });

  it('corrects a figure from the claim page, with the field error shown next to the field', async () => {
    const claim = await claimWithFigure('About 300 sailors were wounded in the attack on the port.');
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/claims/${claim.id}`);
    const figures = page.locator('section[aria-labelledby="quantities-title"]');
    await expect(figures.locator('td.number').first().textContent()).resolves.toBe('300');
    await figures.getByRole('button', { name: 'Correct the figure “About 300”' }).click();
    const subject = page.locator('#quantity-subject');
    await subject.fill('Ukraine');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await eventually(async () => expect(await subject.getAttribute('aria-invalid')).toBe('true'));
    await expect(page.locator('#quantity-subject-error').textContent()).resolves.toBe('subject must be an ISO 3166-1 alpha-2 code such as "RU"');
    expect(await page.getByRole('alert').textContent()).toContain('subject must be an ISO 3166-1 alpha-2 code');
    expect(await seriousViolations(page)).toEqual([]);
    // what was typed is still there; fix it and give the range the report's source has
    expect(await subject.inputValue()).toBe('Ukraine');
    await subject.fill('UA');
    await page.locator('#quantity-min').fill('250');
    await page.locator('#quantity-max').fill('350');
    await page.locator('#quantity-qualifier').selectOption('range');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByRole('status').filter({ hasText: 'The figure is corrected.' }).waitFor();
    await expect(figures.locator('tbody tr').first().textContent()).resolves.toMatch(/About 300\[250, 350\]range.*UA/);
    const stored = (await checker.get(`/v1/claims/${claim.id}`)).body.quantities[0];
    expect(stored).toMatchObject({ text: 'About 300', min: 250, max: 350, qualifier: 'range', subject: 'UA' });
    await page.locator('ol.timeline li').filter({ hasText: 'correct_quantity' }).waitFor();
  });

  it('on 412 keeps the typed verdict and offers the latest version; on 409 shows what is possible now', async () => {
    const claim = await claimWithFigure('The port handled 40 percent more grain in March.');
    expect((await editor.post(`/v1/claims/${claim.id}/assign`, {})).status).toBe(200);
    const page = await bed.newPage();
    await bed.signIn(page, editor.key!);
    await page.goto(`${t.baseUrl}/console/claims/${claim.id}`);
    const summary = 'The port authority\u2019s own March report shows 12 percent more, not 40.';
    await page.getByLabel('Summary').fill(summary);
    await page.getByLabel('Rating').selectOption('false');
    // someone else changes the claim meanwhile
    expect((await checker.patch(`/v1/claims/${claim.id}`, { tags: ['grain'] })).status).toBe(200);
    await actionsOf(page).getByRole('button', { name: 'Propose verdict' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this claim since you opened it' });
    await alert.waitFor();
    expect((await checker.get(`/v1/claims/${claim.id}`)).body.verdict).toBeNull();
    await alert.getByRole('button', { name: 'Load the latest version' }).click();
    await page.locator('dl.facts .tag').filter({ hasText: 'grain' }).waitFor();
    expect(await page.getByLabel('Summary').inputValue()).toBe(summary);
    expect(await page.getByLabel('Rating').inputValue()).toBe('false');
    await actionsOf(page).getByRole('button', { name: 'Propose verdict' }).click();
    await actionsOf(page).getByText(summary).waitFor();
    expect((await checker.get(`/v1/claims/${claim.id}`)).body.verdict).toMatchObject({ rating: 'false', summary });

    // 409: a claim dismissed by someone else while it stood in this person's queue
    const other = await claimWithFigure('Grain exports fell by 30 percent in April.');
    const queue = await bed.newPage();
    await bed.signIn(queue, editor2.key!);
    await rowOf(queue, other.id).waitFor();
    expect((await editor.post(`/v1/claims/${other.id}/dismiss`, { reason: 'not checkable' })).status).toBe(200);
    await rowOf(queue, other.id).locator('a').focus();
    await queue.keyboard.press('a');
    const conflict = queue.getByRole('alert');
    await conflict.waitFor();
    await expect(conflict.locator('.allowed-now').textContent()).resolves.toBe('Possible now: Reopen');
    expect(await conflict.textContent()).toMatch(/dismissed/);
    expect(await seriousViolations(queue)).toEqual([]);
  });
});

describe('the console while the service restarts', () => {
  it('says the service cannot be reached, with a retry that works once it is back, losing nothing typed', async () => {
    const consoleDir = buildConsole();
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-restart-'));
    const port = await freePort();
    // every start is the same service: same port, same database file, same queue prefix
    const overrides = {
      console: { dir: consoleDir },
      database: { path: join(dataDir, 'claimdesk.sqlite') },
      queue: { prefix: `cdtest-restart-${randomBytes(4).toString('hex')}` },
    };
    const started: Array<Awaited<ReturnType<typeof createTestApp>>> = [];
    const start = async () => {
      const app = await createTestApp(overrides);
      started.push(app);
      await app.app.listen({ port, host: '127.0.0.1' });
      return app;
    };
    let running = await start();
    const baseUrl = `http://127.0.0.1:${port}`;
    const chromium = await launchChromium();
    try {
      const admin = new ApiClient(baseUrl, running.adminKey);
      const user = (await admin.post('/v1/users', { name: 'Rhea Restart', role: 'editor' })).body;
      const me = new ApiClient(baseUrl, user.apiKey);
      const claim = (await me.post('/v1/claims', { text: 'The lighthouse was built in 1871.', claimant: { name: 'Town museum' }, language: 'en' })).body;
      expect((await me.post(`/v1/claims/${claim.id}/assign`, {})).status).toBe(200);

      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      await signInAt(page, baseUrl, user.apiKey);
      await page.goto(`${baseUrl}/console/claims/${claim.id}`);
      const summary = 'The museum\u2019s own plaque gives 1873.';
      await page.getByLabel('Summary').fill(summary);
      await page.getByLabel('Rating').selectOption('false');

      // the service goes away: the step fails with a message and a retry; the page and the text stay
      await running.app.close();
      await page.getByRole('button', { name: 'Propose verdict' }).click();
      const down = page.getByRole('alert').filter({ hasText: 'The service cannot be reached right now' });
      await down.waitFor();
      expect(await page.getByLabel('Summary').inputValue()).toBe(summary);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The lighthouse was built in 1871.');
      expect(await seriousViolations(page)).toEqual([]);

      // back on the same database: the session still holds, and "Try again" takes the same step
      running = await start();
      await down.getByRole('button', { name: 'Try again' }).click();
      await page.locator('section[aria-labelledby="actions-title"]').getByText(summary).waitFor();
      expect((await me.get(`/v1/claims/${claim.id}`)).body.verdict).toMatchObject({ rating: 'false', summary });

      // a page opened while it is down says so too, not a blank page, and loads once it is back
      await running.app.close();
      await page.getByRole('link', { name: 'Back to the queue' }).click();
      const queueDown = page.getByRole('alert').filter({ hasText: 'The service cannot be reached right now' });
      await queueDown.waitFor();
      running = await start();
      await queueDown.getByRole('button', { name: 'Try again' }).click();
      await rowOf(page, claim.id).waitFor();
      await context.close();
    } finally {
      await chromium.close();
      await running.app.close().catch(() => undefined);
      for (const app of started) rmSync(app.dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(consoleDir, { recursive: true, force: true });
    }
  }, 150_000);
});
