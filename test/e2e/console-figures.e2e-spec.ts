/* eslint-disable @typescript-eslint/no-explicit-any */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { startConsoleTestBed, type ConsoleTestBed } from '../support/console-session.js';
import { seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { ROOT } from '../support/service-process.js';
import type { ApiClient } from '../support/api-client.js';

/**
 * The figures chart in a real headless Chromium against the real app: casualty estimates by five
 * claimants (a range, a lower and an upper bound, an exact and an approximate figure), two of which
 * the consistency worker flags as conflicting. Saves docs/console-figures.png.
 */
describe('the figures chart in a browser', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let checker: ApiClient & { userId: string };
  const ids: Record<string, string> = {};

  const post = async (key: string, text: string, claimant: string, claimedAt: string, language: 'en' | 'de') => {
    const res = await checker.post('/v1/claims', { text, claimant: { name: claimant }, claimedAt, language });
    expect(res.status).toBe(201);
    ids[key] = res.body.id;
  };
  const marks = (page: Page, selector = 'a.mark') =>
    page.locator(selector).evaluateAll((links) => links.map((a: any) => a.dataset.claimId as string));
  const chartUrl = '/console/figures?measure=killed&subject=RU&unit=count';

  beforeAll(async () => {
    bed = await startConsoleTestBed();
    t = bed.app;
    checker = await t.user('fact_checker', 'Frida Lund');
    await post('range', 'Between 5,000 and 9,000 Russian soldiers have been killed so far.', 'U.S. officials', '2022-03-10T12:00:00Z', 'en');
    await post('bound', 'Mehr als 13.500 russische Soldaten sind seit Kriegsbeginn getötet worden.', 'Ukrainischer Generalstab', '2022-03-12T08:00:00Z', 'de');
    await post('exact', 'Moscow says 1,351 Russian soldiers have been killed in the fighting.', 'Russian defence ministry', '2022-04-05T09:00:00Z', 'en');
    await post('approx', 'Rund 15.000 russische Soldaten wurden nach britischen Angaben getötet.', 'Britisches Verteidigungsministerium', '2022-04-25T10:00:00Z', 'de');
    await post('upper', 'At most 25,000 Russian soldiers have been killed, the analysts estimate.', 'Independent analysts', '2022-05-20T10:00:00Z', 'en');
    // the range and the lower bound cannot both be true: the consistency worker flags the pair
    await eventually(async () => (await checker.get(`/v1/claims/${ids.bound}`)).body.openFlags > 0, 30000, 200);
  }, 120_000);

  afterAll(() => bed?.close());

  it('lists the quantities held and draws every estimate of one, each as its interval, the conflicting pair marked', async () => {
    const held = (await checker.get('/v1/figures?measure=killed&subject=RU')).body.items;
    expect(held.map((f: any) => [f.claimId, f.qualifier])).toEqual([
      [ids.range, 'range'], [ids.bound, 'more_than'], [ids.exact, 'exact'], [ids.approx, 'approx'], [ids.upper, 'at_most'],
    ]);

    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Figures' }).click();
    await page.getByRole('heading', { name: 'Figures over time' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const row = page.locator('table.measures tbody tr').first();
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('5');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('1');
    await row.getByRole('link', { name: 'killed: Russia' }).click();
    await page.locator('a.mark').first().waitFor();
    expect(page.url()).toBe(t.baseUrl + chartUrl);

    // every estimate drawn, oldest first, as the mark its kind asks for
    expect(await marks(page)).toEqual([ids.range, ids.bound, ids.exact, ids.approx, ids.upper]);
    expect(await marks(page, 'a.mark-bar')).toEqual([ids.range]);
    expect(await marks(page, 'a.mark-lower-bound')).toEqual([ids.bound]);
    expect(await marks(page, 'a.mark-upper-bound')).toEqual([ids.upper]);
    expect(await marks(page, 'a.mark-point')).toEqual([ids.exact, ids.approx]);
    expect(await page.locator('a.mark-point circle.dot.hollow').count()).toBe(1); // the approximate one
    expect(await page.locator('a.mark-lower-bound line.arrow').count()).toBe(1);
    // labelled by claimant
    expect(await page.locator('a.mark text.mark-label').allTextContents()).toEqual([
      'U.S. officials', 'Ukrainischer Generalstab', 'Russian defence ministry', 'Britisches Verteidigungsministerium', 'Independent analysts',
    ]);
    // the conflicting pair: its own class (hatched, red), diamonds instead of circles, joined by a dashed line, and said in words
    expect(await marks(page, 'a.mark.conflict')).toEqual([ids.range, ids.bound]);
    expect(await page.locator('a.mark.conflict path.dot').count()).toBe(1);
    expect(await page.locator('a.mark:not(.conflict) path.dot').count()).toBe(0);
    expect(await page.locator('line.conflict-link').count()).toBe(1);
    const hatch = await page.locator('a.mark-bar.conflict rect.bar').evaluate((el: any) => (globalThis as any).getComputedStyle(el).fill);
    expect(hatch).toContain('conflict-hatch');
    await page.getByRole('link', { name: /^U\.S\. officials, 10 Mar 2022: 5,000 to 9,000 \(in conflict\)$/ }).waitFor();
    await page.getByRole('link', { name: /^Independent analysts, 20 May 2022: at most 25,000$/ }).waitFor();
    await expect(page.locator('.legend').textContent()).resolves.toContain('in an open conflict flag');
    // the same data as a table
    const rows = page.locator('table.figures tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr: any) => tr.dataset.claimId))).toEqual([ids.range, ids.bound, ids.exact, ids.approx, ids.upper]);
    await expect(rows.nth(1).locator('td').nth(2).textContent()).resolves.toBe('more than 13,500');
    expect(await page.locator('table.figures tr.conflict').count()).toBe(2);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-figures.png'), fullPage: true });
  });

  it('reaches each mark by keyboard, with a visible focus ring, and opens its claim', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(t.baseUrl + chartUrl);
    await page.locator('a.mark').first().waitFor();
    let focused: string | null = null;
    for (let i = 0; i < 40 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const active = (globalThis as any).document.activeElement;
        return active?.classList?.contains('mark') ? active.dataset.claimId : null;
      });
    }
    expect(focused).toBe(ids.range);
    const ring = await page.locator(`a.mark[data-claim-id="${ids.range}"] rect.focus-ring`).evaluate((el: any) => (globalThis as any).getComputedStyle(el).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.dataset.claimId)).toBe(ids.bound);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mehr als 13.500 russische Soldaten' }).waitFor();
    expect(page.url()).toBe(`${t.baseUrl}/console/claims/${ids.bound}`);
  });

  it('is reached from a claim\'s figure and from a flag on the claim page, and narrowed to dates', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/claims/${ids.exact}`);
    await page.getByRole('link', { name: 'Chart: killed, Russia' }).click();
    await page.locator('a.mark').first().waitFor();
    expect(page.url()).toBe(t.baseUrl + chartUrl);
    expect(await marks(page)).toHaveLength(5);

    await page.goto(`${t.baseUrl}/console/claims/${ids.range}`);
    await page.locator('li.flag').first().waitFor();
    await page.locator('li.flag').getByRole('link', { name: 'These figures over time' }).click();
    await page.locator('a.mark').first().waitFor();
    expect(page.url()).toBe(t.baseUrl + chartUrl);
    expect(await marks(page, 'a.mark.conflict')).toEqual([ids.range, ids.bound]);

    // a window of dates, kept in the address; both ends count
    await page.getByLabel('From').fill('2022-03-12');
    await page.getByLabel('To (inclusive)').fill('2022-04-25');
    await page.getByRole('button', { name: 'Show' }).click();
    await eventually(async () => expect(await marks(page)).toEqual([ids.bound, ids.exact, ids.approx]));
    expect(page.url()).toBe(`${t.baseUrl}${chartUrl}&from=2022-03-12&to=2022-04-25`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'All dates' }).click();
    await eventually(async () => expect(await marks(page)).toHaveLength(5));
  });

  it('reads in German when switched: German numbers, dates and words, still axe clean', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.getByLabel('Language').first().selectOption('de');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zahlen' }).click();
    await page.getByRole('link', { name: 'Getötete: Russland' }).click();
    await page.getByRole('heading', { name: 'Zahlen im Zeitverlauf: Getötete: Russland' }).waitFor();
    const rows = page.locator('table.figures tbody tr');
    await rows.first().waitFor();
    await expect(rows.nth(0).locator('td').nth(0).textContent()).resolves.toBe('10.03.2022');
    await expect(rows.nth(0).locator('td').nth(2).textContent()).resolves.toBe('5.000 bis 9.000');
    await expect(rows.nth(1).locator('td').nth(2).textContent()).resolves.toBe('mehr als 13.500');
    await expect(rows.nth(3).locator('td').nth(2).textContent()).resolves.toBe('etwa 15.000');
    await expect(rows.nth(4).locator('td').nth(2).textContent()).resolves.toBe('höchstens 25.000');
    await expect(rows.nth(0).locator('td').nth(5).textContent()).resolves.toBe('im Widerspruch');
    await page.getByRole('link', { name: 'Ukrainischer Generalstab, 12.03.2022: mehr als 13.500 (im Widerspruch)' }).waitFor();
    // the value axis in German compact numbers ("10.000" reads "10.000" or "10 Tsd."), never with an English thousands comma
    const ticks = await page.locator('.axes text').allTextContents();
    expect(ticks.join(' ')).not.toMatch(/\d,\d{3}/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-figures-de.png'), fullPage: true });
  });
});
