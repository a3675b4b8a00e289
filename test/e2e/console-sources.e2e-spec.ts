/* eslint-disable @typescript-eslint/no-explicit-any */
import { join } from 'node:path';
import type { TestApp } from '../support/test-app.js';
import { SIGN_IN_DE, startConsoleTestBed, waitingExpectations, type ConsoleTestBed } from '../support/console-session.js';
import { seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { ROOT } from '../support/service-process.js';
import type { ApiClient } from '../support/api-client.js';

/**
 * The sources pages in a real headless Chromium against the real app: pasting an article in (the
 * extraction runs in the real background worker), the text with its claims marked, the denial
 * links, duplicates, field errors, search and filters. Saves docs/console-sources.png and
 * docs/console-source.png. The articles are written for this test.
 */
const EN_ARTICLE = [
  'Ferry fares to double, port officials say',
  '',
  'Port authority officials said on Tuesday that the harbour ferry would double its fares from July to pay for two new boats. ' +
    'The increase would add about 40 percent to a monthly pass, the officials said.',
  '',
  "The city's transport spokeswoman Lena Hart denied that any rise in fares had been agreed. " +
    'Mayor Tomas Berg rejected the report as premature speculation.',
].join('\n');
const EN_MAIN = 'the harbour ferry would double its fares from July to pay for two new boats';

const DE_ARTICLE = [
  'Hafenfähre soll doppelt so teuer werden',
  '',
  'Vertreter der Hafenbehörde sagten am Dienstag, die Hafenfähre werde ihre Preise ab Juli verdoppeln, um zwei neue Schiffe zu bezahlen. ' +
    'Eine Monatskarte werde dadurch rund 40 Prozent teurer, hieß es.',
  '',
  'Die Sprecherin der Stadtverwaltung, Lena Hart, bestritt, dass eine Preiserhöhung beschlossen worden sei. ' +
    'Bürgermeister Tomas Berg wies den Bericht als verfrühte Spekulation zurück.',
].join('\n');
const DE_MAIN = 'die Hafenfähre werde ihre Preise ab Juli verdoppeln, um zwei neue Schiffe zu bezahlen';

const { countIs, textHas } = waitingExpectations(10000);

const MARKUP_TEXT = 'Council notes. <img src=z onerror="window.__injected=5"> The pier stays closed. <script>window.__injected=6</script>';

describe('the sources pages in a browser', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let checker: ApiClient & { userId: string };
  const ids: Record<string, string> = {};

  const extracted = (sourceId: string) =>
    eventually(async () => {
      const res = await checker.get(`/v1/sources/${sourceId}`);
      expect(res.body.extraction.status).not.toBe('failed');
      return res.body.extraction.status === 'done' ? res.body : false;
    }, 30000, 100);

  beforeAll(async () => {
    bed = await startConsoleTestBed();
    t = bed.app;
    checker = await t.user('fact_checker', 'Frida Lund');
    // a few sources held before the pages are used, for search and filters
    ids.older = (await checker.post('/v1/sources', {
      publisher: 'Harbour Gazette', title: 'Pier repairs delayed', language: 'en', publishedAt: '2024-02-01T00:00:00Z',
      text: 'Repairs to the old pier will take until autumn, the harbour master said. Divers found more damage than expected.',
    })).body.id;
    ids.markup = (await checker.post('/v1/sources', { publisher: '<b>Council</b> Bulletin', title: '<i>Notes</i>', language: 'en', text: MARKUP_TEXT })).body.id;
    await extracted(ids.older);
  }, 120_000);

  afterAll(() => bed?.close());

  it('answers the links of a source\'s claims with both ends named (GET /v1/sources/:id/links)', async () => {
    // another story told the same way, so its claims are its own (not citations of the ferry article's)
    const tram = (text: string) => text.replace(/harbour ferry/g, 'city tram').replace(/two new boats/g, 'longer carriages').replace(/monthly pass/g, 'yearly ticket')
      .replace(/Lena Hart/g, 'Ola Brandt').replace(/Tomas Berg/g, 'Ines Vogt');
    const source = await checker.post('/v1/sources', { publisher: 'Link Check Wire', language: 'en', text: tram(EN_ARTICLE) });
    expect(source.status).toBe(201);
    await extracted(source.body.id);
    const res = await checker.get(`/v1/sources/${source.body.id}/links`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    for (const link of res.body.items) {
      expect(link).toMatchObject({ relation: 'denies', to: { text: tram(EN_MAIN), inSource: true }, from: { inSource: true } });
      expect(link.fromClaimId).toBe(link.from.id);
      expect(link.toClaimId).toBe(link.to.id);
    }
    expect(res.body.items.map((l: any) => l.from.claimant.name).sort()).toEqual(['Ines Vogt', 'Ola Brandt']);
    // a manual counter-claim from elsewhere answering one of the source's claims is a link of the source too
    const counter = await checker.post(`/v1/claims/${res.body.items[0].to.id}/counter-claims`, {
      text: 'No decision on fares has been taken.', claimant: { name: 'Ferry operator' }, stance: 'disputes',
    });
    expect(counter.status).toBe(201);
    const after = (await checker.get(`/v1/sources/${source.body.id}/links`)).body.items;
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ relation: 'disputes', from: { text: 'No decision on fares has been taken.', inSource: false }, to: { inSource: true } });
    expect((await checker.get('/v1/sources/0197aaaa-0000-7000-8000-000000000000/links')).status).toBe(404);
    expect((await t.anonymous.get(`/v1/sources/${source.body.id}/links`)).status).toBe(401);
  });

  it('pastes an English article in, shows its extraction finish and its claims marked in the text, with denial links', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('heading', { name: 'Sources', exact: true }).waitFor();
    await page.getByLabel('Text', { exact: true }).fill(EN_ARTICLE);
    await page.getByLabel('Publisher', { exact: true }).last().fill('Coast Wire');
    await page.getByLabel('URL (optional)').fill('https://coast.example/ferry-fares');
    await page.getByLabel('Title (optional)').fill('Ferry fares to double');
    await page.locator('#ingest-language').selectOption('en');
    await page.getByLabel('Published on (optional)').fill('2024-03-12');
    await page.getByRole('button', { name: 'Add source' }).click();

    await page.getByRole('heading', { name: 'Ferry fares to double' }).waitFor();
    ids.en = /\/console\/sources\/([^/?#]+)/.exec(page.url())![1];
    const held = (await checker.get(`/v1/sources/${ids.en}`)).body;
    expect(held).toMatchObject({ publisher: 'Coast Wire', url: 'https://coast.example/ferry-fares', language: 'en', publishedAt: '2024-03-12T00:00:00.000Z', text: EN_ARTICLE });
    // the page follows the extraction by itself until it is done
    await page.locator('[data-extraction="done"]').waitFor({ timeout: 30000 });
    await page.getByText('extracted · 4 claim(s)').waitFor();
    await page.locator('.facts').getByText('12 Mar 2024').waitFor();

    // every claim's span is one <mark> linking to its claim; the text around them is kept whole
    const claims = (await checker.get(`/v1/sources/${ids.en}/claims?limit=200`)).body.items;
    expect(claims).toHaveLength(4);
    const marks = page.locator('.source-text mark');
    await countIs(marks, 4);
    expect(await page.locator('.source-text').textContent()).toBe(EN_ARTICLE);
    for (const claim of claims) {
      const citation = claim.citations.find((c: any) => c.sourceId === ids.en);
      const mark = page.locator(`.source-text mark[data-claim-id="${claim.id}"]`);
      expect(await mark.textContent()).toBe(EN_ARTICLE.slice(citation.start, citation.end));
      expect(await mark.locator('a').getAttribute('href')).toBe(`/console/claims/${claim.id}`);
    }
    const main = claims.find((c: any) => c.text === EN_MAIN);
    const denials = claims.filter((c: any) => c.claimant.name === 'Lena Hart' || c.claimant.name === 'Tomas Berg');
    expect(denials).toHaveLength(2);
    for (const denial of denials) await countIs(page.locator(`.source-text mark.denial[data-claim-id="${denial.id}"]`), 1);
    await countIs(page.locator(`.source-text mark.denial[data-claim-id="${main.id}"]`), 0);

    // the main claim lists who denies it, each a link to the denying claim; each denial links back
    const mainItem = page.locator(`ul.source-claims > li[data-claim-id="${main.id}"]`);
    await countIs(mainItem.locator('li.link-in'), 2);
    for (const denial of denials) {
      await countIs(mainItem.locator('li.link-in', { hasText: 'denied by' }).locator(`a[href="/console/claims/${denial.id}"]`), 1);
      const denialItem = page.locator(`ul.source-claims > li[data-claim-id="${denial.id}"]`);
      await countIs(denialItem.locator('li.link-out', { hasText: 'denies' }).locator(`a[href="/console/claims/${main.id}"]`), 1);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-source.png'), fullPage: true });

    // a highlight is a way to its claim, by keyboard too
    await page.locator(`.source-text mark[data-claim-id="${main.id}"] a`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: EN_MAIN }).waitFor();
    expect(page.url()).toBe(`${t.baseUrl}/console/claims/${main.id}`);
  });

  it('says when the pasted source is already held, links to it, and adds nothing', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/sources`);
    const before = (await checker.get('/v1/sources?limit=200')).body.items.length;
    await page.getByLabel('Text', { exact: true }).fill('Another text entirely, but under a URL the desk already holds.');
    await page.getByLabel('Publisher', { exact: true }).last().fill('Copy Desk');
    await page.getByLabel('URL (optional)').fill('https://coast.example/ferry-fares');
    await page.getByRole('button', { name: 'Add source' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'The desk already holds this source' });
    await notice.waitFor();
    expect(await notice.locator('a').getAttribute('href')).toBe(`/console/sources/${ids.en}`);
    expect((await checker.get('/v1/sources?limit=200')).body.items.length).toBe(before);
    await notice.locator('a').click();
    await page.getByRole('heading', { name: 'Ferry fares to double' }).waitFor();
  });

  it('shows a field error next to its field, from the problem the API answers', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/sources`);
    const before = (await checker.get('/v1/sources?limit=200')).body.items.length;
    await page.getByLabel('Text', { exact: true }).fill('A short note about the ferry timetable.');
    await page.getByLabel('Publisher', { exact: true }).last().fill('Notes');
    await page.getByLabel('URL (optional)').fill('not a web address');
    await page.getByRole('button', { name: 'Add source' }).click();
    const message = page.locator('#ingest-url-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/url/i);
    expect(await page.locator('#ingest-url').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ingest-url').getAttribute('aria-describedby')).toBe('ingest-url-error');
    // the other fields are not marked
    expect(await page.locator('#ingest-publisher').getAttribute('aria-invalid')).toBeNull();
    expect((await checker.get('/v1/sources?limit=200')).body.items.length).toBe(before);
  });

  it('pastes a German article in with the console in German, and shows it with German dates', async () => {
    const page = await bed.newPage({ locale: 'de-DE' });
    await bed.signIn(page, checker.key!, SIGN_IN_DE);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Quellen' }).click();
    await page.getByRole('heading', { name: 'Quellen', exact: true }).waitFor();
    await page.getByLabel('Text', { exact: true }).fill(DE_ARTICLE);
    await page.getByLabel('Herausgeber', { exact: true }).last().fill('Küstenbote');
    await page.getByLabel('Titel (optional)').fill('Hafenfähre soll teurer werden');
    await page.getByLabel('Veröffentlicht am (optional)').fill('2024-03-13');
    // language left to detection
    await page.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    await page.getByRole('heading', { name: 'Hafenfähre soll teurer werden' }).waitFor();
    ids.de = /\/console\/sources\/([^/?#]+)/.exec(page.url())![1];
    await page.locator('[data-extraction="done"]').waitFor({ timeout: 30000 });
    await page.getByText('extrahiert · 4 Behauptung(en)').waitFor();
    await page.locator('.facts').getByText('13.03.2024').waitFor();
    await page.locator('.facts').getByText('Deutsch').waitFor();
    await countIs(page.locator('.source-text mark'), 4);
    expect(await page.locator('.source-text').textContent()).toBe(DE_ARTICLE);
    const claims = (await checker.get(`/v1/sources/${ids.de}/claims?limit=200`)).body.items;
    const main = claims.find((c: any) => c.text === DE_MAIN);
    expect(main).toBeDefined();
    const mainItem = page.locator(`ul.source-claims > li[data-claim-id="${main.id}"]`);
    await countIs(mainItem.locator('li.link-in', { hasText: 'dementiert von' }), 2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('searches and filters the list, with the filters in the URL', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/sources`);
    const rows = page.locator('table.sources tbody tr');
    await countIs(rows, 5);
    // German sources only
    await page.getByRole('form', { name: 'Search and filters' }).getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Apply' }).click();
    await countIs(rows, 1);
    await countIs(page.locator(`tr[data-source-id="${ids.de}"]`), 1);
    expect(new URL(page.url()).searchParams.get('language')).toBe('de');
    // full-text search
    await page.getByRole('button', { name: 'Reset' }).click();
    await countIs(rows, 5);
    await page.getByLabel('Search title and text').fill('divers');
    await page.getByRole('button', { name: 'Apply' }).click();
    await countIs(rows, 1);
    await countIs(page.locator(`tr[data-source-id="${ids.older}"]`), 1);
    // publisher, by URL, as a link would open it
    await page.goto(`${t.baseUrl}/console/sources?publisher=${encodeURIComponent('Coast Wire')}`);
    await countIs(rows, 1);
    await textHas(page.locator(`tr[data-source-id="${ids.en}"]`), 'extracted · 4 claim(s)');
    expect(await page.getByRole('form', { name: 'Search and filters' }).getByLabel('Publisher').inputValue()).toBe('Coast Wire');
    await page.getByLabel('Search title and text').fill('nothing-matches-this');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No sources match.').waitFor();

    await page.goto(`${t.baseUrl}/console/sources`);
    await countIs(rows, 5);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-sources.png'), fullPage: true });
  });

  it('writes source texts, titles and publishers as text, never as markup', async () => {
    const page = await bed.newPage();
    await bed.signIn(page, checker.key!);
    await page.goto(`${t.baseUrl}/console/sources`);
    await textHas(page.locator(`tr[data-source-id="${ids.markup}"]`), '<i>Notes</i>');
    await page.goto(`${t.baseUrl}/console/sources/${ids.markup}`);
    await page.getByRole('heading', { name: '<i>Notes</i>' }).waitFor();
    expect(await page.locator('.source-text').textContent()).toBe(MARKUP_TEXT);
    await countIs(page.locator('.source-text img, .source-text script, .facts b, h1 i'), 0);
    expect(await page.evaluate(() => (globalThis as any).__injected)).toBeUndefined();
  });
});
