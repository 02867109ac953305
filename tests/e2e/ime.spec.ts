import type { Page } from '@playwright/test';
import { readRows } from './support/karte-seed';
import { IME_ENTER, imeSession, settle } from './support/ime';
import { businessRow, seedRows, siteRuleRow } from './support/seed';
import { expect, PORTAL_ORIGIN, test } from './support/test';
import { ui, uniqueName } from './support/ui';

/**
 * Japanese typed as advisors type it, through an IME: the Enter that confirms a conversion
 * must never pick, register, add, remove or save anything (issue 11). After it, the text is
 * as typed, and a plain Enter does what Enter does.
 */

const count = async (page: Page, table: string) => (await readRows(page, table)).length;

test('popup: the business search, the tag box and Ctrl+Enter in the note ignore the IME’s Enter', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const u = ui(popup);
  const ime = await imeSession(popup);

  // 「しおさい」 typed, then 「やまだ」 converted to 「山田」 and confirmed: no 「しおさい山田」 registered.
  await u.businessSearch.click();
  await popup.keyboard.insertText('しおさい');
  await ime.compose('やまだ', '山田');
  await expect(u.createBusinessButton('しおさい山田')).toBeVisible();
  expect(await ime.confirm('山田')).toEqual(IME_ENTER);
  await settle(popup);
  await expect(u.businessSearch).toHaveValue('しおさい山田');
  await expect(u.selectedBusiness).toHaveCount(0);
  expect(await count(popup, 'businesses')).toBe(0);
  // The advisor goes on typing, and Enter registers the whole name.
  await popup.keyboard.insertText('商店');
  await popup.keyboard.press('Enter');
  await expect(u.selectedBusiness).toHaveText('しおさい山田商店');

  // The tag box: the conversion is confirmed, no tag is added; Enter then adds it and empties the box.
  await u.tagSearch.click();
  expect(await ime.type('きんゆう', '金融')).toEqual(IME_ENTER);
  await settle(popup);
  await expect(u.selectedTags).toHaveCount(0);
  await expect(u.tagSearch).toHaveValue('金融');
  await popup.keyboard.press('Enter');
  await expect(u.selectedTags).toHaveText(/金融/);
  await expect(u.tagSearch).toHaveValue('');
  // Enter again on the empty box takes nothing off.
  await popup.keyboard.press('Enter');
  await expect(u.selectedTags).toHaveText(/金融/);

  // The note: Ctrl held while confirming a conversion saves nothing; Ctrl+Enter afterwards saves.
  await u.note.click();
  await popup.keyboard.insertText('資金繰りの相談。');
  expect(await ime.type('ほじょきん', '補助金', { ctrl: true })).toEqual(IME_ENTER);
  await settle(popup);
  await expect(u.note).toHaveValue('資金繰りの相談。補助金');
  await expect(u.saved).toHaveCount(0);
  expect(await count(popup, 'consultations')).toBe(0);
  await popup.keyboard.press('Control+Enter');
  await expect(u.saved).toContainText('資金繰りの相談。補助金');
  expect(await count(popup, 'consultations')).toBe(1);
  await ime.detach();
});

test('side panel: the record search opens nothing on the IME’s Enter, and opens the hit on Enter', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const name = `港屋${uniqueName('')}`;
  await seedRows(panel, 'businesses', [businessRow({ name, nameKana: 'ミナトヤ' })]);
  const box = panel.getByRole('combobox', { name: p.t('search.label') });
  const results = panel.getByRole('listbox', { name: p.t('search.results') });
  const ime = await imeSession(panel);

  await box.click();
  await ime.compose('みなとや', '港屋');
  await expect(results.getByRole('option').filter({ hasText: name })).toHaveCount(1);
  expect(await ime.confirm('港屋')).toEqual(IME_ENTER);
  await settle(panel);
  await expect(box).toHaveValue('港屋');
  await expect(p.selectedBusiness).toHaveCount(0);

  await panel.keyboard.press('Enter');
  await expect(p.selectedBusiness).toHaveText(name);
  await ime.detach();
});

test('side panel: a new business named on a portal page is registered on Enter, not on the IME’s Enter', async ({
  openExtensionPage,
  openPortalPage,
}) => {
  const seeder = await openExtensionPage('options.html');
  await seedRows(seeder, 'siteRules', [
    siteRuleRow({
      name: '県ポータル',
      system: '県ポータル',
      urlPattern: `${PORTAL_ORIGIN}/portal/company.html*`,
      extract: { from: 'url', regex: '[?&]id=(BZ\\d+)' },
    }),
  ]);
  await seeder.close();
  const portal = await openPortalPage('portal/company.html?id=BZ000777');
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  await portal.bringToFront();
  const link = panel.getByRole('region', { name: p.t('link.region') });
  await link.getByRole('button', { name: p.t('link.createNew') }).click();
  const nameBox = link.getByRole('textbox', { name: p.t('link.newName') });
  await nameBox.fill('');
  await nameBox.click();
  const ime = await imeSession(panel);
  expect(await ime.type('のとすいさん', '能登水産')).toEqual(IME_ENTER);
  await settle(panel);
  await expect(nameBox).toHaveValue('能登水産');
  expect(await count(panel, 'businesses')).toBe(0);

  await panel.keyboard.press('Enter');
  await expect(p.selectedBusiness).toHaveText('能登水産');
  expect(await count(panel, 'businesses')).toBe(1);
  await ime.detach();
});

test('options: the site rule form is saved on Enter, not on the IME’s Enter in its name', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const t = ui(options).t;
  const section = options.getByRole('region', { name: t('siteRules.title') });
  const field = (key: Parameters<typeof t>[0]) => section.getByRole('textbox', { name: t(key), exact: true });
  await section.getByRole('button', { name: t('siteRules.add') }).click();
  await field('siteRules.system').fill('県ポータル');
  await field('siteRules.urlPattern').fill(`${PORTAL_ORIGIN}/portal/company.html*`);
  await field('siteRules.regexUrl').fill('[?&]id=(BZ\\d+)');
  await field('siteRules.name').click();
  const ime = await imeSession(options);
  expect(await ime.type('じぎょうしゃしょうさい', '事業者詳細')).toEqual(IME_ENTER);
  await settle(options);
  await expect(field('siteRules.name')).toHaveValue('事業者詳細');
  const list = section.getByRole('list', { name: t('siteRules.list') });
  await expect(list.getByRole('listitem')).toHaveCount(0);
  expect(await count(options, 'siteRules')).toBe(0);

  await options.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('事業者詳細');
  await ime.detach();
});
