import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

/** Everyday use (issue 11): one search box in the side panel. */

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
