import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ui, uniqueName } from './support/ui';
import type { MessageKey } from '../../extension/locales';

/** Presses Tab (or Shift+Tab) until `target` has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('keyboard only: the note has focus on open, business, channel and tag by keys, Ctrl+Enter saves', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  const business = uniqueName('キーボード商店');
  const note = '事業承継の相談。後継者の長男と一緒に来所。';

  // Opened (as by Ctrl+Shift+K) with the cursor in the note: the advisor can type at once.
  await expect(u.note).toBeFocused();
  await popup.keyboard.type(note);

  // Back to the business search; Enter registers a name nothing matches, and focus returns to the note.
  await tabTo(popup, u.businessSearch, 'Shift+Tab');
  await popup.keyboard.type(business);
  await popup.keyboard.press('Enter');
  await expect(u.selectedBusiness).toHaveText(business);
  await expect(u.note).toBeFocused();
  await expect(u.note).toHaveValue(note);

  // Channel: a native select, changed with the arrow keys.
  await tabTo(popup, u.channel);
  await popup.keyboard.press('ArrowDown');
  await expect(u.channel).not.toHaveValue('counter');
  const channel = await u.channel.inputValue();

  // Tag: type to filter, Enter toggles the first match.
  await tabTo(popup, u.tagSearch);
  await popup.keyboard.type('事業承継');
  await popup.keyboard.press('Enter');
  await expect(u.selectedTags).toContainText('事業承継');

  await popup.keyboard.press('Control+Enter');
  await expect(u.saved).toContainText(note);
  await expect(u.saved).toContainText(business);
  await expect(u.saved).toContainText(u.t(`channel.${channel}` as MessageKey));
  // Ready for the next note without touching the mouse.
  await expect(u.note).toBeFocused();
  await expect(u.note).toHaveValue('');
});
