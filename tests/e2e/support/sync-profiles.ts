import { expect, test, type Page } from '@playwright/test';
import { startLocalApi, type LocalApi } from './api-server';
import { launchExtension, type LaunchedExtension } from './launch';
import { ui } from './ui';

/**
 * Browser profiles that sync through the real API (wrangler dev + local D1). A development
 * build's manifest grants http://localhost:8787, so Chromium is told to connect that origin to
 * wherever this run's server listens.
 */
export const SERVER_URL = 'http://localhost:8787';

/** A fresh Chromium profile with the extension, its localhost:8787 pointed at `api`. */
export function launchSyncProfile(api: LocalApi): Promise<LaunchedExtension> {
  return launchExtension({ extraArgs: [`--host-resolver-rules=MAP localhost:8787 127.0.0.1:${api.port}`] });
}

/**
 * The real API of one spec file and the profiles its tests launch: the API is started once before
 * the file's tests (register this before any `beforeAll` that uses it) and stopped after them;
 * every profile a test launched is closed after that test.
 */
export function useLocalApiProfiles() {
  let api: LocalApi | undefined;
  const profiles: LaunchedExtension[] = [];
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    api = await startLocalApi();
  });
  test.afterEach(async () => {
    for (const p of profiles.splice(0)) await p.close();
  });
  test.afterAll(async () => api?.stop());
  const running = (): LocalApi => {
    if (!api) throw new Error('the local API is not started: call useLocalApiProfiles() at the top of the spec file');
    return api;
  };
  return {
    api: running,
    /** A fresh profile (see launchSyncProfile), closed after the test. */
    async launch(): Promise<LaunchedExtension> {
      const ext = await launchSyncProfile(running());
      profiles.push(ext);
      return ext;
    },
  };
}

/** Opens one of the extension's pages in a new tab of the profile. */
export async function openPage(ext: LaunchedExtension, name: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${name}`);
  return page;
}

/** Signs in as an advisor would: server URL and token in the options page, then the connection test. */
export async function signInWithOptions(ext: LaunchedExtension, token: string): Promise<void> {
  const options = await openPage(ext, 'options.html');
  const t = ui(options).t;
  await options.getByLabel(t('options.serverUrl'), { exact: true }).fill(SERVER_URL);
  await options.getByLabel(t('options.token'), { exact: true }).fill(token);
  await options.getByRole('button', { name: t('options.test') }).click();
  await expect(options.getByTestId('connection-result')).toContainText('接続できました');
  await options.close();
}

/** The sync line (popup, side panel) once a sync has completed with nothing left to send. */
export async function expectAllSent(page: Page): Promise<void> {
  const t = ui(page).t;
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText(t('sync.allSent'), { timeout: 30_000 });
  await expect(status).toContainText('最終同期');
  // Sent, not refused: an entry the server refused leaves nothing pending either, but shows this notice.
  await expect(status.getByTestId('sync-rejected')).toHaveCount(0);
}

/** Syncs now from the popup and waits until nothing is left to send and the sync has just ended. */
export async function syncNow(ext: LaunchedExtension): Promise<void> {
  const popup = await openPage(ext, 'popup.html');
  const t = ui(popup).t;
  await expect(popup.getByTestId('sync-status')).toBeVisible({ timeout: 15_000 });
  await popup.getByRole('button', { name: t('sync.now') }).click();
  await expect(popup.getByTestId('sync-pending')).toHaveText(t('sync.allSent'), { timeout: 30_000 });
  await expect(popup.getByTestId('sync-last')).toContainText(t('sync.justNow'), { timeout: 30_000 });
  await popup.close();
}
