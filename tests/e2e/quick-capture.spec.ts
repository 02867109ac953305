import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

test('quick capture: a new business, a note, channel and tag, saved with the button, still there after reload', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  const business = uniqueName('株式会社みなと製作所');
  const note = '運転資金の相談。来月の手形決済に不安があるとのこと。';

  await createBusiness(popup, business);
  await u.note.fill(note);
  await u.channel.selectOption({ label: u.t('channel.phone') });
  await u.tagSearch.fill('金融');
  await u.tagOption('金融').check();
  await expect(u.selectedTags).toContainText('金融');
  await u.save.click();

  // Shown at once: what was saved, for which business, by which channel.
  await expect(u.saved).toContainText(note);
  await expect(u.saved).toContainText(business);
  await expect(u.saved).toContainText(u.t('channel.phone'));
  // Quick capture starts afresh for the next consultation.
  await expect(u.note).toHaveValue('');
  await saveScreenshot(popup, 'popup-after-save-ja');

  await popup.reload();
  await expect(u.note).toHaveValue('');
  await expect(popup.getByText(u.t('editor.draftRestored'))).toHaveCount(0);

  // The record is in the local store: the side panel's karte of that business lists it.
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await pickBusiness(panel, business);
  const item = p.latest.getByRole('article');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(note);
  await expect(item).toContainText(p.t('channel.phone'));
  await expect(item).toContainText('金融');
});

test('quick capture refuses an empty note and keeps the business chosen', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  const business = uniqueName('空メモ商店');
  await createBusiness(popup, business);
  await u.save.click();
  await expect(popup.getByTestId('editor-notice')).toHaveText(u.t('editor.emptyNote'));
  await expect(u.saved).toHaveCount(0);
  await expect(u.selectedBusiness).toHaveText(business);
});
