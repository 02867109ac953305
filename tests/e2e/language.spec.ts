import type { Page } from '@playwright/test';
import { translator, type Language } from '../../extension/locales';
import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

async function chooseLanguage(options: Page, from: Language, to: Language): Promise<void> {
  const t = translator(from);
  await options.getByRole('combobox', { name: t('options.language') }).selectOption({ label: translator(to)(`lang.${to}`) });
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(translator(to)('options.title'));
}

test('Japanese by default; English chosen in the options relabels the popup and an open side panel', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const ja = ui(popup, 'ja');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(ja.t('capture.title'));
  await expect(ja.note).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(popup).toHaveTitle(ja.t('app.name'));

  const panel = await openExtensionPage('sidepanel.html');
  const options = await openExtensionPage('options.html');
  await chooseLanguage(options, 'ja', 'en');

  await popup.reload();
  const en = ui(popup, 'en');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(en.t('capture.title'));
  await expect(en.note).toBeVisible();
  await expect(en.businessSearch).toBeVisible();
  await expect(en.save).toBeVisible();
  await expect(en.channel.getByRole('option', { selected: true })).toHaveText(en.t('channel.counter'));
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
  await expect(popup).toHaveTitle(en.t('app.name'));
  // The side panel stays open all day: it follows the change without a reload.
  await expect(ui(panel, 'en').note).toBeVisible();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(en.t('panel.title'));

  await chooseLanguage(options, 'en', 'ja');
  await popup.reload();
  await expect(ja.note).toBeVisible();
  await expect(ui(panel, 'ja').note).toBeVisible();
});

for (const language of ['ja', 'en'] as const) {
  test(`screenshots of the popup and the side panel (${language})`, async ({ openExtensionPage, openPortalPage }) => {
    if (language === 'en') await chooseLanguage(await openExtensionPage('options.html'), 'ja', 'en');
    const t = translator(language);
    const business = uniqueName(language === 'ja' ? '株式会社みなと製作所 ' : 'Minato Works ');

    // A side panel beside the portal, with a karte that has a history.
    const portal = await openPortalPage('bizmil/business.html?id=1234');
    const panel = await openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 900 });
    await portal.bringToFront();
    const p = ui(panel, language);
    await createBusiness(panel, business, language);
    await p.note.fill('受注は増えているが人手が足りず、納期が遅れがち。社長「忙しいのに利益が残らない」。');
    await panel.getByText(t('editor.more')).click();
    await panel.getByRole('textbox', { name: t('field.essentialIssue'), exact: true }).fill('利益の出ない受注まで受けている');
    await panel.getByRole('button', { name: t('actions.add') }).click();
    await panel.getByRole('textbox', { name: t('actions.text') }).fill('取引先ごとの粗利一覧を作る');
    await p.tagSearch.fill('人手');
    await p.tagOption('人手不足').check();
    await p.save.click();
    await expect(p.latest.getByRole('article')).toHaveCount(1);
    await p.note.fill('二回目の訪問。粗利一覧を持参、上位3社で利益の8割。');
    await panel.keyboard.press('Control+Enter');
    await expect(p.latest.getByRole('article')).toHaveCount(2);
    await saveScreenshot(panel, `sidepanel-${language}`);

    // Quick capture in the middle of a phone call.
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    const u = ui(popup, language);
    await u.businessSearch.fill(business.slice(0, 4));
    await u.businessResult(business).click();
    await u.note.fill('電話: 来週の金融機関面談に同席してほしいとの依頼。');
    await u.channel.selectOption({ label: t('channel.phone') });
    await saveScreenshot(popup, `popup-${language}`);
  });
}
