import type { Locator, Page } from '@playwright/test';
import { businessRow, seedRows } from './support/seed';
import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

/** Everyday use (issue 11): one search box, a confirmation that stays true, fewer steps for a routine note. */

/** Visible boxes that search as you type (the record search, the business chooser): not the tag box. */
const searchBoxes = (page: Page) => page.locator('input[type="search"]:visible, [role="combobox"]:visible, [role="searchbox"]:visible');

test('the side panel keeps the record search and the business the note is for apart', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const recordSearch = panel.getByRole('combobox', { name: p.t('search.label') });
  const newNote = panel.getByRole('form', { name: p.t('editor.newTitle') });
  // No business yet: two boxes, named apart; the chooser is part of the new note.
  await expect(recordSearch).toBeVisible();
  await expect(newNote.getByRole('searchbox', { name: p.t('business.search') })).toHaveAttribute('placeholder', /^記録する事業者を選ぶ…/);
  expect(p.t('business.search')).not.toBe(p.t('search.label'));
  await expect(searchBoxes(panel)).toHaveCount(2);

  const business = uniqueName('支援先商店');
  await createBusiness(panel, business);
  // Chosen: a chip with 「変更」 in the new note, and the record search as the one search box.
  await expect(searchBoxes(panel)).toHaveCount(1);
  await expect(recordSearch).toBeVisible();
  const chosen = newNote.getByRole('region', { name: p.t('business.selected') });
  await expect(chosen).toContainText(business);
  await expect(chosen.getByRole('button', { name: p.t('business.change') })).toHaveText(p.t('business.changeShort'));
  await saveScreenshot(panel, 'panel-business-chosen');
  await chosen.getByRole('button', { name: p.t('business.change') }).click();
  await expect(p.businessSearch).toBeFocused();
});

test('「保存しました」 goes when its record is deleted or another business is chosen, and follows an edit', async ({
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const [first, second] = [uniqueName('能登まるやま商店'), uniqueName('しおさい')];
  await createBusiness(panel, second);
  await panel.getByRole('button', { name: p.t('business.change') }).click();
  await createBusiness(panel, first);

  await p.note.fill('売上が前年比35%減。');
  await p.save.click();
  await expect(p.saved).toContainText('売上が前年比35%減。');
  // Edited in the list: the confirmation shows the edit.
  const item = p.latest.getByRole('article');
  await item.getByRole('button', { name: p.t('karte.editConsultation') }).click();
  await p.note.fill('売上が前年比35%減。通販サイトを検討。');
  await panel.getByRole('button', { name: p.t('editor.saveChanges'), exact: true }).click();
  await expect(p.saved).toContainText('通販サイトを検討。');
  // Deleted: the confirmation goes with it (and the 「変更を保存しました」 above the button too).
  await item.getByRole('button', { name: p.t('karte.deleteConsultation') }).click();
  await expect(panel.getByTestId('undo-toast')).toContainText(p.t('karte.deleted'));
  await expect(p.saved).toHaveCount(0);
  await expect(panel.getByTestId('editor-notice')).toHaveCount(0);
  await saveScreenshot(panel, 'panel-deleted-no-stale-card');

  // Saved again, then another business chosen: the card of the previous business goes.
  await p.note.fill('年末の贈答需要に向けてギフトセットを企画。');
  await p.save.click();
  await expect(p.saved).toContainText('ギフトセット');
  await panel.getByRole('button', { name: p.t('business.change') }).click();
  await pickBusiness(panel, second);
  await expect(p.saved).toHaveCount(0);
});

test('the next note starts with the 相談方法 just used, also when the popup is opened again', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  await createBusiness(popup, uniqueName('巡回先商店'));
  await u.note.fill('巡回で店舗の状況を確認。');
  await u.channel.selectOption({ label: u.t('channel.visit') });
  await u.save.click();
  await expect(u.saved).toContainText(u.t('channel.visit'));
  await expect(u.channel).toHaveValue('visit');
  await popup.reload();
  await expect(u.channel).toHaveValue('visit');
});

test('the popup shows its note in 600 px with recent businesses, and Tab goes from the note to the tags', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 600 }); // Chrome's popup is at most 600 px tall
  await seedRows(
    popup,
    'businesses',
    Array.from({ length: 8 }, (_, i) => businessRow({ name: `${uniqueName('近所の商店')}${i}` })),
  );
  await popup.reload();
  const u = ui(popup);
  const recent = popup.getByRole('list', { name: u.t('business.recent') });
  await expect(recent.getByRole('button')).toHaveCount(5);
  await expect(u.note).toBeFocused();
  await expect(u.note).toBeInViewport({ ratio: 1 });
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  await saveScreenshot(popup, 'popup-600px-recent');

  const stops = await tabStops(popup, u.note, u.tagSearch);
  expect(stops).toBeLessThanOrEqual(2);
});

/** How many presses of Tab take the focus from `from` to `to` (Infinity past 20). */
async function tabStops(page: Page, from: Locator, to: Locator): Promise<number> {
  await from.focus();
  for (let i = 1; i <= 20; i++) {
    await page.keyboard.press('Tab');
    if (await to.evaluate((el) => el === document.activeElement)) return i;
  }
  return Infinity;
}
