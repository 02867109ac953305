import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { FIXTURES_DIR, serveStatic, type StaticServer } from './fixture-server';
import { launchExtension, type LaunchedExtension } from './launch';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/**
 * Where the portal fixtures appear to the browser. The extension may read a tab's address only
 * on sites it has host access to: a development build's manifest (npm run build:dev) grants the
 * local API's origin, other sites need the advisor's consent in a browser prompt that a test
 * cannot click. So Chromium is told (--host-resolver-rules) to connect this granted origin to the
 * fixture server: the tab shows http://localhost:8787/…, exactly as a portal the advisor has
 * allowed would be seen.
 */
export const PORTAL_ORIGIN = 'http://localhost:8787';

interface Fixtures {
  /** A fresh Chromium profile with the built extension: every test starts from empty storage. */
  ext: LaunchedExtension;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) as a tab. */
  openExtensionPage: (page: string) => Promise<Page>;
  /** Opens a portal fixture page (path under tests/e2e/fixtures, query and fragment allowed) in a tab. */
  openPortalPage: (pathAndQuery: string) => Promise<Page>;
}

export const test = base.extend<Fixtures, { portal: StaticServer }>({
  portal: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use) => {
      const server = await serveStatic(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ portal }, use) => {
    const mapTo = new URL(portal.origin).host;
    const ext = await launchExtension({ extraArgs: [`--host-resolver-rules=MAP ${new URL(PORTAL_ORIGIN).host} ${mapTo}`] });
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
  openPortalPage: async ({ ext }, use) => {
    await use(async (pathAndQuery) => {
      const page = await ext.context.newPage();
      await page.goto(`${PORTAL_ORIGIN}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    });
  },
});

export { expect };

/** Keeps a picture of what the advisor sees, for a person to look at after the run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
