/* eslint-disable @typescript-eslint/no-explicit-any */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app.js';
import { startConsoleTestBed, waitingExpectations, type ConsoleTestBed } from '../support/console-session.js';
import { seriousViolations } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { ROOT } from '../support/service-process.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { sign } from '../../src/webhooks/signing.js';
import type { ApiClient } from '../support/api-client.js';

const { countIs, textHas } = waitingExpectations(15000);

/**
 * The admin pages in a real headless Chromium against the real app and real webhook receivers on
 * loopback (the test app allows private targets): users and keys, subscriptions, pings, the
 * delivery log with failures and redelivery; and what a non-admin sees. Saves
 * docs/console-admin-users.png, docs/console-admin-webhooks.png and docs/console-admin-webhook.png.
 */
describe('the admin pages in a browser', () => {
  let t: TestApp;
  let bed: ConsoleTestBed;
  let receiver: WebhookReceiver;
  let failing: WebhookReceiver;
  let checker: ApiClient & { userId: string };

  /** Every page may use the clipboard: the shown-once key has a copy button. */
  const newPage = () => bed.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  const adminPage = async () => {
    const page = await newPage();
    await bed.signIn(page, t.admin.key!);
    return page;
  };
  const status = async (key: string) => (await t.as(key).get('/v1/me')).status;
  const userRow = (page: Page, name: string) => page.locator('table.users tbody tr', { hasText: name });

  beforeAll(async () => {
    bed = await startConsoleTestBed();
    t = bed.app;
    receiver = await WebhookReceiver.start('/claimdesk');
    failing = await WebhookReceiver.start('/flaky');
    failing.answer = () => ({ status: 500 });
    checker = await t.user('fact_checker', 'Frida Lund');
  }, 120_000);

  afterAll(async () => {
    await bed?.close();
    await receiver?.close();
    await failing?.close();
  });

  describe('the API behind the users page', () => {
    it('names each issued key, keeps it when revoking the others (?except=), and counts active keys', async () => {
      const user = await t.user('editor', 'Key Rotation');
      const issued = await t.admin.post(`/v1/users/${user.userId}/api-keys`);
      expect(issued.status).toBe(201);
      expect(issued.body).toMatchObject({ userId: user.userId, keyId: expect.any(String), apiKey: expect.stringMatching(/^cdk_/) });
      const listed = () => t.admin.get('/v1/users?limit=200').then((r) => r.body.items.find((u: any) => u.id === user.userId));
      expect((await listed()).activeKeys).toBe(2);
      const revoked = await t.admin.delete(`/v1/users/${user.userId}/api-keys?except=${issued.body.keyId}`);
      expect(revoked.status).toBe(200);
      expect(revoked.body).toEqual({ userId: user.userId, revoked: 1 });
      expect(await status(user.key!)).toBe(401);
      expect(await status(issued.body.apiKey)).toBe(200);
      expect((await listed()).activeKeys).toBe(1);
      // a key that is not this user's (or no longer valid) is a field error, and nothing is revoked
      const other = await t.admin.post(`/v1/users/${checker.userId}/api-keys`);
      const refused = await t.admin.delete(`/v1/users/${user.userId}/api-keys?except=${other.body.keyId}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'except', message: expect.any(String) }]);
      expect(await status(issued.body.apiKey)).toBe(200);
      expect((await t.admin.delete(`/v1/users/${checker.userId}/api-keys?except=${other.body.keyId}`)).body.revoked).toBe(1);
      expect(await status(checker.key!)).toBe(401);
      checker = Object.assign(t.as(other.body.apiKey), { userId: checker.userId });
      expect(await status(checker.key!)).toBe(200);
      // without except: every key
      expect((await t.admin.delete(`/v1/users/${user.userId}/api-keys`)).body.revoked).toBe(1);
      expect((await listed()).activeKeys).toBe(0);
      expect((await checker.delete(`/v1/users/${user.userId}/api-keys`)).status).toBe(403);
    });
  });

  it('creates a user whose key is shown once, copyable, and works as a Bearer key', async () => {
    const page = await adminPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users and API keys' }).waitFor();
    await page.getByLabel('Name').fill('Nora Quist');
    await page.getByLabel('Role').selectOption('fact_checker');
    await page.getByRole('button', { name: 'Create user' }).click();
    const box = page.locator('.shown-once');
    await box.getByRole('heading', { name: 'API key for Nora Quist' }).waitFor();
    await textHas(box, 'you will not see it again');
    const key = await box.locator('input.secret').inputValue();
    expect(key).toMatch(/^cdk_/);
    const me = await t.as(key).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: 'Nora Quist', role: 'fact_checker' });
    await box.getByRole('button', { name: 'Copy' }).click();
    await box.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(key);
    await textHas(userRow(page, 'Nora Quist'), 'fact-checker');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-admin-users.png'), fullPage: true });
    // once closed, the key is gone from the page for good
    await box.getByRole('button', { name: 'I have stored it' }).click();
    await countIs(page.locator('.shown-once'), 0);
    expect(await page.content()).not.toContain(key);
  });

  it('shows a refused field next to the field', async () => {
    const page = await adminPage();
    await page.goto(`${t.baseUrl}/console/admin/users`);
    await page.getByLabel('Name').fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Create user' }).click();
    const message = page.locator('#user-name-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/name/);
    expect(await page.locator('#user-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('rotates a key: the new one is shown once, and the old ones end only when the admin confirms', async () => {
    const nora = (await t.admin.get('/v1/users?limit=200')).body.items.find((u: any) => u.name === 'Nora Quist');
    const old = await t.admin.post(`/v1/users/${nora.id}/api-keys`);
    const page = await adminPage();
    await page.goto(`${t.baseUrl}/console/admin/users`);
    await textHas(userRow(page, 'Nora Quist'), '2');
    await page.getByRole('button', { name: 'Rotate key of Nora Quist' }).click();
    const box = page.locator('.shown-once');
    await box.getByRole('heading', { name: 'New API key for Nora Quist' }).waitFor();
    const fresh = await box.locator('input.secret').inputValue();
    expect(fresh).toMatch(/^cdk_/);
    // both work until the admin confirms
    expect(await status(fresh)).toBe(200);
    expect(await status(old.body.apiKey)).toBe(200);
    await textHas(page.locator('.rotation'), 'the API revokes keys per user');
    await page.getByRole('button', { name: 'Revoke the old keys, keep the new one' }).click();
    await page.getByRole('status').filter({ hasText: '2 key(s) of Nora Quist revoked.' }).waitFor();
    expect(await status(old.body.apiKey)).toBe(401);
    expect(await status(fresh)).toBe(200);
    await eventually(async () => expect((await userRow(page, 'Nora Quist').locator('td.number').textContent())).toBe('1'));

    // revoking all: explained, confirmed, then every key of hers is refused
    await page.getByRole('button', { name: 'Revoke all keys of Nora Quist' }).click();
    await textHas(page.locator('.confirm'), 'The API revokes all keys of a user at once');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, revoke all keys' }).click();
    await page.getByRole('status').filter({ hasText: '1 key(s) of Nora Quist revoked.' }).waitFor();
    expect(await status(fresh)).toBe(401);
    await eventually(async () => expect((await userRow(page, 'Nora Quist').locator('td.number').textContent())).toBe('0'));
  });

  it('creates a webhook with its secret shown once, pings it, and shows the delivery', async () => {
    const page = await adminPage();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { name: 'Webhook subscriptions' }).waitFor();
    expect(await page.getByRole('link', { name: 'Queue dashboard' }).getAttribute('href')).toBe('/admin/queues');
    // a refused URL is said next to the field
    await page.getByLabel('URL', { exact: true }).fill('ftp://127.0.0.1/hook');
    await page.getByRole('button', { name: 'Create subscription' }).click();
    await page.locator('#webhook-url-error').waitFor();
    expect(await page.locator('#webhook-url').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('URL', { exact: true }).fill(receiver.url);
    await page.getByLabel('Description').fill('Newsroom CMS');
    await page.getByLabel('all events (*)').uncheck();
    await page.getByLabel('ping').check();
    await page.getByLabel('verdict.approved').check();
    await page.getByRole('button', { name: 'Create subscription' }).click();
    const box = page.locator('.shown-once');
    await textHas(box, 'you will not see it again');
    const secret = await box.locator('input.secret').inputValue();
    expect(secret).toMatch(/^whsec_/);
    const listed = (await t.admin.get('/v1/webhooks')).body.items;
    expect(listed).toEqual([expect.objectContaining({ url: receiver.url, events: ['verdict.approved', 'ping'], description: 'Newsroom CMS', enabled: true })]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(await seriousViolations(page)).toEqual([]);
    await box.getByRole('button', { name: 'I have stored it' }).click();
    await textHas(page.locator(`tr[data-webhook-id="${listed[0].id}"]`), 'verdict.approved, ping');
    await page.screenshot({ path: join(ROOT, 'docs', 'console-admin-webhooks.png'), fullPage: true });

    await page.getByRole('link', { name: receiver.url }).click();
    await page.getByRole('heading', { name: receiver.url }).waitFor();
    await page.getByRole('button', { name: 'Send a ping' }).click();
    await page.getByRole('status').filter({ hasText: 'A ping event is on its way' }).waitFor();
    await receiver.waitFor(1);
    // signed with the secret the page showed
    const [request] = receiver.received;
    const timestamp = Number(request.headers['webhook-timestamp']);
    expect(request.headers['webhook-signature']).toBe(sign(secret, request.headers['webhook-id'], timestamp, request.body));
    expect(JSON.parse(request.body).type).toBe('ping');
    const row = page.locator('table.deliveries tbody tr[data-status="delivered"]');
    await countIs(row, 1);
    await textHas(row, 'HTTP 204');
    await textHas(row, request.headers['webhook-id']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'console-admin-webhook.png'), fullPage: true });

    // rotating the secret shows the new one once; the old one still signs for a while
    await page.getByRole('button', { name: 'Rotate the secret' }).click();
    const rotated = page.locator('.shown-once');
    await rotated.getByRole('heading', { name: 'New signing secret' }).waitFor();
    const newSecret = await rotated.locator('input.secret').inputValue();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await textHas(page.locator('.facts'), 'still signs until');
  });

  it('shows failed attempts of a failing receiver, and redelivers once it answers again', async () => {
    const created = await t.admin.post('/v1/webhooks', { url: failing.url, events: ['*'], description: 'flaky consumer' });
    expect(created.status).toBe(201);
    const page = await adminPage();
    await page.goto(`${t.baseUrl}/console/admin/webhooks/${created.body.id}`);
    await page.getByRole('heading', { name: failing.url }).waitFor();
    await page.getByRole('button', { name: 'Send a ping' }).click();
    await failing.waitFor(1);
    const failed = page.locator('table.deliveries tbody tr[data-status="failed"]');
    await countIs(failed, 1);
    await textHas(failed, 'HTTP 500');
    await textHas(page.locator('.facts'), 'failing since');

    failing.answer = () => ({ status: 204 });
    await failed.getByRole('button', { name: 'Redeliver ping (attempt 1)' }).click();
    await page.getByRole('status').filter({ hasText: 'ping is sent again now.' }).waitFor();
    await failing.waitFor(2);
    const delivered = page.locator('table.deliveries tbody tr[data-status="delivered"]');
    await eventually(async () => expect(await delivered.count()).toBeGreaterThan(0), 15000);
    await textHas(delivered.first(), 'HTTP 204');
    // the same event both times: consumers de-duplicate on webhook-id
    expect(failing.received[1].headers['webhook-id']).toBe(failing.received[0].headers['webhook-id']);
    // the filter shows only the failed attempt
    await page.getByLabel('Show').selectOption('failed');
    await countIs(page.locator('table.deliveries tbody tr'), 1);
    await countIs(failed, 1);
    await textHas(page.locator('.facts'), 'enabled');
  });

  it('disables and enables a subscription', async () => {
    const hook = (await t.admin.get('/v1/webhooks')).body.items.find((w: any) => w.url === receiver.url);
    const page = await adminPage();
    await page.goto(`${t.baseUrl}/console/admin/webhooks/${hook.id}`);
    await page.getByRole('heading', { name: receiver.url }).waitFor();
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.locator('[data-enabled="false"]').waitFor();
    await textHas(page.locator('.facts'), 'disabled by an admin');
    expect((await t.admin.get(`/v1/webhooks/${hook.id}`)).body.enabled).toBe(false);
    expect(await page.getByRole('button', { name: 'Send a ping' }).isDisabled()).toBe(true);
    await countIs(page.getByRole('button', { name: /^Redeliver/ }), 0);
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.locator('[data-enabled="true"]').waitFor();
    expect((await t.admin.get(`/v1/webhooks/${hook.id}`)).body.enabled).toBe(true);
    const before = receiver.received.length;
    await page.getByRole('button', { name: 'Send a ping' }).click();
    await receiver.waitFor(before + 1);
  });

  it('deletes a subscription only after the admin confirms', async () => {
    const created = await t.admin.post('/v1/webhooks', { url: `${receiver.url}/gone`, events: ['*'] });
    const page = await adminPage();
    await page.goto(`${t.baseUrl}/console/admin/webhooks/${created.body.id}`);
    await page.getByRole('button', { name: 'Delete' }).click();
    await textHas(page.locator('.confirm'), 'cannot be undone');
    expect((await t.admin.get(`/v1/webhooks/${created.body.id}`)).status).toBe(200);
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('heading', { name: 'Webhook subscriptions' }).waitFor();
    expect((await t.admin.get(`/v1/webhooks/${created.body.id}`)).status).toBe(404);
  });

  it('shows no admin entries to a non-admin, and the admin pages say they are forbidden', async () => {
    const editor = await t.user('editor', 'Emil Sander');
    const page = await newPage();
    await bed.signIn(page, editor.key!);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Sources' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    for (const path of ['/console/admin/users', '/console/admin/webhooks', '/console/admin/webhooks/anything']) {
      await page.goto(t.baseUrl + path);
      await page.getByRole('alert').filter({ hasText: 'This page is for admins.' }).waitFor();
      expect(await page.locator('table').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    }
    // the create forms are not offered either: the API would refuse them
    await page.goto(`${t.baseUrl}/console/admin/users`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('button', { name: 'Create user' }).count()).toBe(0);
  });
});
