import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { FIXTURES_DIR, serveStatic, type StaticServer } from './fixture-server';
import { launchExtension, type LaunchedExtension } from './launch';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

interface Fixtures {
  /** A fresh Chromium profile with the built extension: every test starts from empty storage. */
  ext: LaunchedExtension;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) as a tab. */
  openExtensionPage: (page: string) => Promise<Page>;
}

export const test = base.extend<Fixtures, { portal: StaticServer }>({
  portal: [
    async ({}, use) => {
      const server = await serveStatic(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const ext = await launchExtension();
    await use(ext);
    await ext.close();
  },
  openExtensionPage: async ({ ext }, use) => {
    await use(async (name) => {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/${name}`);
      return page;
    });
  },
});

export { expect };

/** Keeps a picture of what the advisor sees, for a person to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
