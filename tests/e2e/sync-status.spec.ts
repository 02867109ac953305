import { expect, test, type Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { uuidv7 } from '../../shared';
import { createAdvisor, startLocalApi, type LocalApi } from './support/api-server';
import { readRows } from './support/karte-seed';
import type { LaunchedExtension } from './support/launch';
import { launchSyncProfile } from './support/sync-profiles';
import { saveScreenshot } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

/**
 * What the advisor sees of sync (issue 11): the first-run banner before sign-in, 「たった今」
 * after a sync, 「未送信」 on a consultation not yet sent (side panel and karte page) until
 * 「今すぐ同期」 sends it. The real API runs under wrangler dev; a development build may reach
 * http://localhost:8787, which Chromium is told to connect to this run's server.
 */
const SERVER_URL = 'http://localhost:8787';
let api: LocalApi;
let ext: LaunchedExtension | null = null;

test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  test.setTimeout(150_000);
  api = await startLocalApi();
});
test.beforeEach(async () => {
  ext = await launchSyncProfile(api);
});
test.afterEach(async () => {
  await ext?.close();
  ext = null;
});
test.afterAll(async () => api?.stop());

const open = async (name: string) => {
  const page = await ext!.context.newPage();
  await page.goto(`chrome-extension://${ext!.extensionId}/${name}`);
  return page;
};

async function signIn(options: Page, token: string): Promise<void> {
  const t = ui(options).t;
  await options.getByLabel(t('options.serverUrl'), { exact: true }).fill(SERVER_URL);
  await options.getByLabel(t('options.token'), { exact: true }).fill(token);
  await options.getByRole('button', { name: t('options.test') }).click();
  await expect(options.getByTestId('connection-result')).toContainText('接続できました');
}

test('before sign-in the popup and the side panel say notes stay on this computer, lead to the settings, and stop saying so once signed in', async () => {
  const popup = await open('popup.html');
  const panel = await open('sidepanel.html');
  const t = ui(panel).t;
  for (const page of [popup, panel]) {
    const banner = page.getByRole('region', { name: t('sync.firstRunTitle') });
    await expect(banner).toContainText(t('sync.firstRunText'));
    await expect(page.getByTestId('sync-status')).toHaveCount(0);
  }
  await saveScreenshot(popup, 'popup-first-run');

  const optionsOpened = ext!.context.waitForEvent('page');
  await panel.getByRole('button', { name: t('sync.firstRunAction') }).click();
  const options = await optionsOpened;
  await options.waitForLoadState();
  expect(options.url()).toContain('/options.html');
  await signIn(options, (await createAdvisor(api, '支援者 初回')).token);

  // The open panel follows the sign-in at once; the popup, opened again, too.
  await expect(panel.getByTestId('first-run')).toHaveCount(0);
  await expect(panel.getByTestId('sync-status')).toBeVisible();
  await popup.reload();
  await expect(popup.getByTestId('sync-status')).toBeVisible();
  await expect(popup.getByTestId('first-run')).toHaveCount(0);
});

test('a note not yet sent is marked 未送信 in the panel and on the karte until 今すぐ同期 sends it; the last sync reads たった今', async () => {
  const options = await open('options.html');
  await signIn(options, (await createAdvisor(api, '支援者 同期')).token);
  await options.close();
  const panel = await open('sidepanel.html');
  const p = ui(panel);
  const last = panel.getByTestId('sync-last');
  await expect(last).toHaveText(p.t('sync.lastSync', { when: p.t('sync.justNow') }), { timeout: 30_000 });

  // A colleague's new business reaches the server; nothing here would sync for minutes, 今すぐ同期 does now.
  const colleagues = uniqueName('同僚の事業者');
  await api.call(api.adminToken, 'POST', '/v1/sync/push', {
    protocol: 1,
    clientId: uuidv7(),
    mutations: [{ id: 1, kind: 'business', recordId: uuidv7(), baseVersion: 0, fields: { name: colleagues } }],
  });
  const localNames = async () => (await readRows<{ name: string }>(panel, 'businesses')).map((b) => b.name);
  // Nothing is syncing and the next scheduled sync is minutes away: without 今すぐ同期 it stays on the server.
  const nextSync = await ext!.worker.evaluate(
    async () => (await (globalThis as unknown as { chrome: typeof Browser }).chrome.alarms.get('banso-sync'))?.scheduledTime,
  );
  expect(nextSync).toBeGreaterThan(Date.now() + 60_000);
  await expect(last).toHaveText(p.t('sync.lastSync', { when: p.t('sync.justNow') }));
  expect(await localNames()).not.toContain(colleagues);
  const syncNow = panel.getByRole('button', { name: p.t('sync.now') });
  await syncNow.click();
  await expect.poll(localNames, { timeout: 15_000 }).toContain(colleagues);
  await expect(last).toHaveText(p.t('sync.lastSync', { when: p.t('sync.justNow') }));

  await ext!.context.setOffline(true);
  const business = uniqueName('未送信商店');
  await createBusiness(panel, business);
  await p.note.fill('電波の届かない巡回先で記録。');
  await p.save.click();
  const item = p.latest.getByRole('article');
  await expect(item.getByTestId('unsent')).toHaveText(p.t('sync.unsent'));
  const b = (await readRows<{ id: string; name: string }>(panel, 'businesses')).find((r) => r.name === business);
  const karte = await open(`karte.html?id=${b!.id}`);
  const entry = karte.getByRole('article').filter({ hasText: '電波の届かない巡回先で記録。' });
  await expect(entry.getByTestId('unsent')).toHaveText(p.t('sync.unsent'));
  // Offline, the sync fails and waits to retry.
  await expect(panel.getByTestId('sync-status').getByRole('alert')).toBeVisible({ timeout: 15_000 });
  await saveScreenshot(panel, 'panel-unsent');

  await ext!.context.setOffline(false);
  await panel.bringToFront();
  await syncNow.click();
  await expect(panel.getByTestId('sync-pending')).toHaveText(p.t('sync.allSent'), { timeout: 15_000 });
  await expect(item.getByTestId('unsent')).toHaveCount(0);
  await expect(entry.getByTestId('unsent')).toHaveCount(0);
  await expect(last).toHaveText(p.t('sync.lastSync', { when: p.t('sync.justNow') }));
  await expect(syncNow).toBeEnabled();
});
