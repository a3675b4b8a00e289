/* eslint-disable @typescript-eslint/no-explicit-any */
import { join } from 'node:path';
import type { TestApp } from '../support/test-app.js';
import { rowOf, startConsoleTestBed, type ConsoleTestBed } from '../support/console-session.js';
import { seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { ROOT } from '../support/service-process.js';
import type { ApiClient } from '../support/api-client.js';

/**
 * The console in a real headless Chromium against the real app on real HTTP, built as `npm run
 * build` builds it. The same run saves the README's screenshots (docs/console-*.png).
 */
const MARKUP_CLAIM = 'The mayor said <img src=x onerror="window.__injected=1"> the ferry <script>window.__injected=2</script> is free.';
const MARKUP_SOURCE = 'Harbour news. <b>Bold</b> claim: <img src=y onerror="window.__injected=3"> the ferry will be free from June. <script>window.__injected=4</script>';

describe('the console in a browser', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let checker: ApiClient & { userId: string };
  let editor: ApiClient & { userId: string };
  let editor2: ApiClient & { userId: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    bed = await startConsoleTestBed({ viewport: { width: 1280, height: 860 } });
    t = bed.app;
    checker = await t.user('fact_checker', 'Frida Lund');
    editor = await t.user('editor', 'Emil Sander');
    editor2 = await t.user('editor', 'Olga Brink');
    const source = await checker.post('/v1/sources', {
      publisher: 'Nordkurier Wire', title: 'Kyiv and Moscow figures', url: 'https://wire.example/figures', publishedAt: '2022-03-15T09:00:00Z', language: 'en',
      text: 'Officials in Washington said on Tuesday that between 6,000 and 8,000 Russian soldiers have died so far. The figure could not be checked independently. Moscow rejected the report as invented.',
    });
    ids.source = source.body.id;
    const main = await checker.post('/v1/claims', {
      text: 'Between 6,000 and 8,000 Russian soldiers have died so far.', claimant: { name: 'U.S. officials', country: 'US' },
      claimedAt: '2022-03-15T00:00:00Z', sourceId: ids.source, quote: 'between 6,000 and 8,000 Russian soldiers have died so far', tags: ['casualties'],
    });
    ids.main = main.body.id;
    const denial = await checker.post(`/v1/claims/${ids.main}/counter-claims`, {
      text: 'The report is invented.', claimant: { name: 'Russian defence ministry', country: 'RU' }, stance: 'denies',
    });
    ids.denial = denial.body.claim.id;
    ids.other = (await checker.post('/v1/claims', {
      text: 'More than 14,000 Russian soldiers have died.', claimant: { name: 'Ukrainian general staff', country: 'UA' }, claimedAt: '2022-03-17T00:00:00Z',
    })).body.id;
    ids.german = (await checker.post('/v1/claims', {
      text: 'Die Fähre über den Fluss fährt ab Juni stündlich.', claimant: { name: 'Stadtwerke Kiel' }, language: 'de',
    })).body.id;
    const markupSource = await checker.post('/v1/sources', { publisher: '<i>Harbour</i> Post', title: '<script>t</script>', text: MARKUP_SOURCE, language: 'en' });
    ids.markupSource = markupSource.body.id;
    ids.markup = (await checker.post('/v1/claims', {
      text: MARKUP_CLAIM, claimant: { name: '<b>Mayor</b>' }, sourceId: ids.markupSource, quote: '<img src=y onerror="window.__injected=3"> the ferry will be free',
    })).body.id;
    // the casualty figures conflict: a background check flags the pair
    await eventually(async () => (await checker.get(`/v1/claims/${ids.other}`)).body.openFlags > 0, 30000, 200);
  }, 120_000);

  afterAll(() => bed?.close());

  it('serves the console with a CSP that allows no inline script, and its hashed assets compressed', async () => {
    const page = await fetch(`${t.baseUrl}/console/claims/anything`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(t.baseUrl + script, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('signs in with a key once, keeps only an HttpOnly SameSite=Strict cookie, and signs out', async () => {
    const page = await bed.newPage();
    await page.goto(`${t.baseUrl}/console/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-sign-in.png') });
    await bed.signIn(page, checker.key!);
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: 'claimdesk_session', httpOnly: true, sameSite: 'Strict', path: '/' })]);
    const stored = await page.evaluate(() => JSON.stringify([{ ...(globalThis as any).localStorage }, { ...(globalThis as any).sessionStorage }, (globalThis as any).document.cookie]));
    expect(stored).not.toContain(checker.key!);
    expect(stored).not.toContain(cookies[0].value);
    // a reload keeps the session (the cookie), without the key
    await page.reload();
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to claimdesk' }).waitFor();
    expect(await page.context().cookies()).toEqual([]);
    const replay = await fetch(`${t.baseUrl}/v1/me`, { headers: { cookie: `claimdesk_session=${cookies[0].value}` } });
    expect(replay.status).toBe(401);
  });

  it('ends the session in the page as soon as the key is revoked', async () => {
    const user = await t.user('fact_checker', 'Rita Revoked');
    const page = await bed.newPage();
    await bed.signIn(page, user.key!);
    // the queue is drawn before the key goes: otherwise its own first read may be the one refused
    await rowOf(page, ids.main).waitFor();
    expect((await t.admin.delete(`/v1/users/${user.userId}/api-keys`)).status).toBe(200);
    await rowOf(page, ids.main).locator('a').click();
    await page.getByText('Your session has ended. Sign in again.').waitFor();
    await page.getByRole('heading', { name: 'Sign in to claimdesk' }).waitFor();
  });

  it('refuses a request from the page without the CSRF token, and creates nothing', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    const before = (await checker.get('/v1/claims?limit=200')).body.items.length;
    const status = await page.evaluate(async () => {
      const res = await fetch('/v1/claims', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Forged from a script.', claimant: { name: 'Nobody' } }) });
      return res.status;
    });
    expect(status).toBe(403);
    expect((await checker.get('/v1/claims?limit=200')).body.items.length).toBe(before);
  });

  it('shows markup from a claim and a source as text: nothing in it runs', async () => {
    const page = await bed.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await bed.signIn(page, checker.key!);
    await rowOf(page, ids.markup).waitFor();
    await page.goto(`${t.baseUrl}/console/claims/${ids.markup}`);
    await page.getByRole('heading', { name: MARKUP_CLAIM }).waitFor();
    await page.locator('mark').waitFor();
    expect(await page.locator('mark').textContent()).toBe('<img src=y onerror="window.__injected=3"> the ferry will be free');
    expect(await page.getByText('<b>Mayor</b>').count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as any).__injected)).toBeUndefined();
    expect(await page.locator('main img, main script, main b, main i').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('filters the queue and works it by keyboard alone: j/k move, a assigns, Enter opens, ? helps, typing is typing', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    // urgency reasons on the rows
    await expect(rowOf(page, ids.main).locator('.reason-denied').textContent()).resolves.toBe('denied by 1');
    await expect(rowOf(page, ids.other).locator('.reason-flags').textContent()).resolves.toMatch(/open flag/);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-queue.png'), fullPage: true });

    const shown = async () => page.locator('tbody tr').evaluateAll((rows) => rows.map((row: any) => row.dataset.claimId as string));
    // Reset routes to the bare queue and redraws the form from it; a filter typed before that redraw
    // is cleared by it. Every filter below leaves the German claim out, so its return marks the redraw.
    const reset = async () => {
      await page.getByRole('button', { name: 'Reset' }).click();
      await eventually(async () => expect(new URL(page.url()).search).toBe(''));
      await eventually(async () => expect(await shown()).toContain(ids.german));
    };
    await page.getByLabel('Language').nth(1).selectOption('de');
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => expect(await shown()).toEqual([ids.german]));
    await reset();
    await page.getByLabel('with open flags').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(async () => expect(await shown()).not.toContain(ids.german));
    const flagged = await shown();
    expect(flagged).toEqual(expect.arrayContaining([ids.main, ids.other]));
    for (const id of flagged) expect((await checker.get(`/v1/claims/${id}`)).body.openFlags).toBeGreaterThan(0);
    expect(page.url()).toContain('flagged=true');
    await reset();
    await page.getByLabel('Claimant').fill('general staff');
    await page.getByLabel('Claimant').press('Enter');
    await eventually(async () => expect(await shown()).toEqual([ids.other]));
    await reset();
    await page.getByLabel('Search text').fill('ferry');
    await page.getByLabel('Search text').press('Enter');
    await eventually(async () => expect(await shown()).toEqual([ids.markup]));
    await reset();
    // reset: every filter gone (the sources' extraction adds claims of its own, so no fixed count)
    await eventually(async () => expect(await shown()).toEqual(expect.arrayContaining([ids.german, ids.markup, ids.main, ids.other])));

    // keyboard only, from here on. The queue redraws itself on every live event, which can take the
    // focus a key press needs; so the background (extraction of the sources, their checks) ends first.
    await eventually(async () => {
      const health = (await (await fetch(`${t.baseUrl}/health`)).json()) as { checks: { queues: { queues: Record<string, Record<string, number>> } } };
      return Object.values(health.checks.queues.queues).every((q) => q.waiting === 0 && q.active === 0 && q.delayed === 0);
    }, 30_000, 100);
    const order = await shown();
    const selected = () => page.locator('tr[aria-current="true"]').getAttribute('data-claim-id');
    await page.locator('main').focus();
    expect(await selected()).toBe(order[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await selected()).toBe(order[2]);
    await page.keyboard.press('k');
    expect(await selected()).toBe(order[1]);
    // typing in a field is typing: the selection stays, the letters arrive
    await page.getByLabel('Search text').focus();
    await page.keyboard.type('jak');
    expect(await page.getByLabel('Search text').inputValue()).toBe('jak');
    expect(await selected()).toBe(order[1]);
    await page.locator(`tr[data-claim-id="${order[1]}"] a`).focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // focus is back on the row's link once the dialog is gone (the browser puts it back as Escape
    // closes the dialog, a render before the page has drawn it away: the key must work from then on)
    await eventually(async () => expect(await page.evaluate(() => (globalThis as any).document.activeElement?.closest("tr")?.getAttribute("data-claim-id"))).toBe(order[1]));
    await page.keyboard.press('a');
    // the notice, or else the problem the page shows instead (so a failure says what went wrong)
    const assigned = page.getByRole('status').filter({ hasText: 'Assigned to you' });
    await assigned.or(page.getByRole('alert')).first().waitFor();
    if (!(await assigned.count())) throw new Error(`assigning by key failed: ${await page.getByRole('alert').first().textContent()}`);
    await eventually(async () => expect((await checker.get(`/v1/claims/${order[1]}`)).body.assignee?.id).toBe(checker.userId));
    await eventually(async () => expect(await selected()).toBe(order[0]));
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/console/claims/${order[1]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a claim whole, offers only the steps the API allows, and carries a verdict through four-eyes approval', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, editor.key!);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${t.baseUrl}/console/claims/${ids.main}`);
    await page.getByRole('heading', { name: 'Between 6,000 and 8,000 Russian soldiers have died so far.' }).waitFor();
    const main = page.locator('main');
    await expect(main.locator('dl.facts').textContent()).resolves.toMatch(/U\.S\. officials \(US\).*15 Mar 2022.*English.*casualties/);
    expect(await main.locator('mark').textContent()).toBe('between 6,000 and 8,000 Russian soldiers have died so far');
    await expect(main.locator('section[aria-labelledby="quantities-title"] td.number').first().textContent()).resolves.toBe('[6,000, 8,000]');
    const incoming = main.locator('#incoming li');
    await expect(incoming.textContent()).resolves.toMatch(/denies.*The report is invented\..*Russian defence ministry/);
    expect(await incoming.locator('a').getAttribute('href')).toBe(`/console/claims/${ids.denial}`);
    await main.locator('li.flag .explanation').first().waitFor();
    expect(await main.getByRole('button', { name: 'Check again' }).count()).toBe(1);
    expect(await main.locator('ol.timeline li').count()).toBeGreaterThan(0);
    // pending, unassigned: an editor may assign or dismiss, not approve
    const actions = main.locator('section[aria-labelledby="actions-title"]');
    expect(await actions.getByRole('button').allTextContents()).toEqual(['Assign to me', 'Dismiss the claim']);
    await actions.getByRole('button', { name: 'Assign to me' }).click();
    await actions.getByRole('button', { name: 'Unassign' }).waitFor();
    await page.getByLabel('Summary').fill('Only the officials\u2019 word so far; no count has been published.');
    await page.getByLabel('Rating').selectOption('unverifiable');
    await page.getByLabel(/Use as evidence: Nordkurier Wire/).check();
    await page.getByLabel('What this source shows').fill('the wire report');
    await page.screenshot({ path: join(ROOT, 'docs', 'console-claim.png'), fullPage: true });
    await actions.getByRole('button', { name: 'Propose verdict' }).click();
    await actions.getByText('Only the officials\u2019 word so far').waitFor();
    // four-eyes: the author is not offered approval
    expect(await actions.getByRole('button', { name: 'Approve the verdict' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const verdict = (await editor.get(`/v1/claims/${ids.main}`)).body.verdict;
    expect(verdict).toMatchObject({ rating: 'unverifiable', evidence: [{ sourceId: ids.source, note: 'the wire report' }] });

    const second = await bed.newPage();
    await bed.signIn(second, editor2.key!);
    await second.goto(`${t.baseUrl}/console/claims/${ids.main}`);
    await second.getByRole('button', { name: 'Approve the verdict' }).click();
    await second.locator('.status-approved').first().waitFor();
    await eventually(async () => expect((await editor.get(`/v1/claims/${ids.main}`)).body.status).toBe('approved'));
  });

  it('resolves a flag from the claim page', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/claims/${ids.other}`);
    const flag = page.locator('li.flag').first();
    await flag.getByLabel('dismissed').check();
    await flag.getByLabel('Note').fill('different counting methods');
    await flag.getByRole('button', { name: 'Resolve' }).click();
    await page.locator('li.flag.flag-dismissed').first().waitFor();
    expect((await checker.get(`/v1/claims/${ids.other}/flags`)).body.items[0]).toMatchObject({ status: 'dismissed', note: 'different counting methods' });
  });

  it('speaks German when switched, with German number and date formats, and remembers it', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.getByLabel('Language').first().selectOption('de');
    await page.getByRole('heading', { name: 'Prüf-Warteschlange' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.screenshot({ path: join(ROOT, 'docs', 'console-queue-de.png'), fullPage: true });
    await page.goto(`${t.baseUrl}/console/claims/${ids.main}`);
    await page.getByRole('heading', { name: 'Zahlen' }).waitFor();
    await expect(page.locator('section[aria-labelledby="quantities-title"] td.number').first().textContent()).resolves.toBe('[6.000, 8.000]');
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('15.03.2022');
    await page.reload();
    await page.getByRole('link', { name: 'Zurück zur Warteschlange' }).waitFor();
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('link', { name: 'Back to the queue' }).waitFor();
  });
});
