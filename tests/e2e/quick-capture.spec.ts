import type { Browser } from 'wxt/browser';
import { expect, PORTAL_ORIGIN, saveScreenshot, test } from './support/test';
import { createBusiness, pickBusiness, ui, uniqueName } from './support/ui';

const PORTAL_TITLE = '株式会社みなと製作所 | 事業者カルテ | BIZミル';

test('quick capture: a new business, a note, channel and tag, saved with the button, still there after reload', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 }); // about the size Chrome gives the popup
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

test('quick capture links the note to the portal page in the active tab', async ({ ext, openPortalPage, openExtensionPage }) => {
  await openPortalPage('bizmil/business.html?id=77&utm_campaign=x#memo');
  // The real popup floats over the active tab; opened as a background tab, popup.html sees the portal as active too.
  const opened = ext.context.waitForEvent('page');
  await ext.worker.evaluate(async (url) => {
    await (globalThis as unknown as { chrome: typeof Browser }).chrome.tabs.create({ url, active: false });
  }, `chrome-extension://${ext.extensionId}/popup.html`);
  const popup = await opened;
  const u = ui(popup);
  await expect(popup.getByTestId('editor-source')).toContainText(PORTAL_TITLE);
  const business = uniqueName('リンク商店');
  await createBusiness(popup, business);
  await u.note.fill('ポータルを見ながら電話で相談。');
  await u.save.click();
  await expect(u.saved).toContainText('ポータルを見ながら電話で相談。');

  const panel = await openExtensionPage('sidepanel.html');
  await pickBusiness(panel, business);
  const link = ui(panel).latest.getByRole('article').getByRole('link', { name: PORTAL_TITLE });
  await expect(link).toHaveAttribute('href', `${PORTAL_ORIGIN}/bizmil/business.html?id=77`);
});
