import type { Page } from '@playwright/test';
import { readRows } from './support/idb-rows';
import { expect, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

// Drafts must be stored within 500 ms of a keystroke; the tests close the page as soon as they are.
const WITHIN_MS = 500;

/** Waits (at most WITHIN_MS) until a draft holding `text` is in IndexedDB. */
async function draftStored(page: Page, text: string): Promise<void> {
  const drafts = async () => (await readRows<{ value: unknown }>(page, 'drafts')).map((d) => JSON.stringify(d.value));
  await expect.poll(async () => (await drafts()).some((v) => v.includes(text)), { timeout: WITHIN_MS, intervals: [25] }).toBe(true);
}

test('a popup draft survives the popup being closed and reopened', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  const business = uniqueName('下書き商店');
  await createBusiness(popup, business);
  await u.note.click();
  await popup.keyboard.type('売上が前年比で二割減。原因はまだ本人も');
  await draftStored(popup, '売上が前年比で二割減。原因はまだ本人も');
  await popup.close();

  const again = await openExtensionPage('popup.html');
  const a = ui(again);
  await expect(a.note).toHaveValue('売上が前年比で二割減。原因はまだ本人も');
  await expect(a.selectedBusiness).toHaveText(business);
  await expect(again.getByRole('status').filter({ hasText: a.t('editor.draftRestored') })).toBeVisible();
  // The advisor carries on where they stopped.
  await expect(a.note).toBeFocused();
});

test('keys typed the moment the popup shows, its store still loading, are all kept and stored', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  // No wait for the full view: the first paint's note field has the focus as soon as the page
  // has loaded, while the store and the rest of the popup load behind it. (Merging with a draft
  // left before is unit-tested, step by step, in tests/extension/app/first-paint.test.ts.)
  await popup.keyboard.type('急ぎの相談: 来週の融資面談');
  const u = ui(popup);
  await expect(u.note).toHaveValue('急ぎの相談: 来週の融資面談');
  await expect(u.note).toBeFocused();
  await draftStored(popup, '急ぎの相談: 来週の融資面談');
});

test('a side panel draft survives the panel being closed and reopened, and stays apart from the popup draft', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await p.note.fill('巡回時のメモ: 店主は値上げに踏み切れていない');
  await p.note.press('End');
  await panel.keyboard.type('。');
  await draftStored(panel, '巡回時のメモ: 店主は値上げに踏み切れていない。');
  await panel.close();

  const reopened = await openExtensionPage('sidepanel.html');
  await expect(ui(reopened).note).toHaveValue('巡回時のメモ: 店主は値上げに踏み切れていない。');
  const popup = await openExtensionPage('popup.html');
  await expect(ui(popup).note).toHaveValue('');
});

for (const how of ['close', 'crash'] as const) {
  test(`a popup draft survives the browser being ${how === 'close' ? 'restarted' : 'killed'}`, async ({ ext }) => {
    const open = async (e: typeof ext) => {
      const page = await e.context.newPage();
      await page.goto(`chrome-extension://${e.extensionId}/popup.html`);
      return page;
    };
    const popup = await open(ext);
    // This profile is new: its first popup creates the database behind the first paint. The
    // 500 ms are counted from a keystroke in a popup whose full view has loaded.
    await expect(ui(popup).businessSearch).toBeVisible();
    await ui(popup).note.fill('決算書を次回持参してもらう');
    await draftStored(popup, '決算書を次回持参してもらう');

    const again = await ext.restart(how);
    try {
      await expect(ui(await open(again)).note).toHaveValue('決算書を次回持参してもらう');
    } finally {
      await again.close();
    }
  });
}
