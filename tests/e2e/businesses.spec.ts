import type { Page } from '@playwright/test';
import { translator } from '../../extension/locales';
import { putRows, readRows, recordRow } from './support/karte-seed';
import { expect, saveScreenshot, test } from './support/test';

/**
 * Managing businesses (issue 11): the 事業者一覧 lists every business, sorts and filters it,
 * deletes with undo and merges a duplicate; the karte edits the business's basic fields.
 */
const t = translator('ja');
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** Three businesses as an advisor's device holds them, one registered twice by mistake. */
function caseload() {
  const noto = recordRow('business', { name: '能登まるやま商店', nameKana: '', status: 'banso', corporateNumber: null });
  const kaga = recordRow('business', {
    name: '株式会社かがやき製菓',
    nameKana: 'カガヤキセイカ',
    status: 'continuing',
    externalIds: [{ system: 'TOAS', value: 'T-1' }],
  });
  const dup = recordRow('business', {
    name: 'かがやき製菓',
    nameKana: '',
    status: 'consulting',
    externalIds: [{ system: 'BIZミル', value: 'BZ000777' }],
  });
  const consultations = [
    recordRow('consultation', { businessId: noto.id, heldAt: daysAgo(3), channel: 'visit', inquiry: '被災後の店舗再開' }),
    recordRow('consultation', { businessId: kaga.id, heldAt: daysAgo(30), channel: 'counter', inquiry: '価格転嫁の相談' }),
    recordRow('consultation', { businessId: dup.id, heldAt: daysAgo(10), channel: 'phone', inquiry: '重複で記録した相談' }),
  ];
  const actions = [
    recordRow('action', {
      businessId: dup.id,
      consultationId: consultations[2]!.id,
      side: 'owner',
      text: '見積書を送る',
      dueDate: '2026-01-10',
    }),
  ];
  return { noto, kaga, dup, rows: { businesses: [noto, kaga, dup], consultations, actions } };
}

async function openList(openExtensionPage: (p: string) => Promise<Page>, seed: ReturnType<typeof caseload>) {
  const page = await openExtensionPage('businesses.html');
  await putRows(page, seed.rows);
  await page.reload();
  await expect(page.getByTestId('business-table')).toBeVisible();
  return page;
}

const names = (page: Page) => page.getByTestId('business-table').locator('tbody tr td:nth-child(2) a').allTextContents();

test('the 事業者一覧 lists every business, sorts by state, last consultation and name, filters, and deletes with undo', async ({
  openExtensionPage,
}) => {
  const seed = caseload();
  const page = await openList(openExtensionPage, seed);
  // Newest consultation first by default.
  expect(await names(page)).toEqual(['能登まるやま商店', 'かがやき製菓', '株式会社かがやき製菓']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('businesses.title'));
  await saveScreenshot(page, 'businesses-list');

  await page.getByRole('button', { name: t('businesses.sortBy', { column: t('businesses.colStatus') }) }).click();
  expect(await names(page)).toEqual(['かがやき製菓', '株式会社かがやき製菓', '能登まるやま商店']);
  await expect(page.getByRole('columnheader', { name: t('businesses.colStatus') })).toHaveAttribute('aria-sort', 'ascending');

  // The filter finds by name, kana or external ID, width- and kana-insensitively.
  const filter = page.getByRole('searchbox', { name: t('businesses.filterText') });
  await filter.fill('ｶｶﾞﾔｷ');
  expect(await names(page)).toEqual(['かがやき製菓', '株式会社かがやき製菓']);
  await filter.fill('ｶｶﾞﾔｷｾｲｶ');
  expect(await names(page)).toEqual(['株式会社かがやき製菓']);
  await filter.fill('BZ000777');
  expect(await names(page)).toEqual(['かがやき製菓']);
  await filter.fill('');
  await page.getByRole('combobox', { name: t('businesses.filterStatus') }).selectOption('banso');
  expect(await names(page)).toEqual(['能登まるやま商店']);
  await page.getByRole('combobox', { name: t('businesses.filterStatus') }).selectOption('');

  // Delete, then take it back.
  await page.getByRole('button', { name: t('businesses.deleteLabel', { name: '能登まるやま商店' }) }).click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(t('businesses.deleted', { name: '能登まるやま商店' }));
  expect(await names(page)).not.toContain('能登まるやま商店');
  await toast.getByRole('button', { name: t('common.undo') }).click();
  await expect(toast).toContainText(t('businesses.restored', { name: '能登まるやま商店' }));
  await expect.poll(() => names(page)).toContain('能登まるやま商店');
});

test('two records of one business are merged: consultations, actions and IDs move to the one kept, and its karte says so', async ({
  openExtensionPage,
}) => {
  const seed = caseload();
  const page = await openList(openExtensionPage, seed);
  await page.getByRole('checkbox', { name: t('businesses.select', { name: '株式会社かがやき製菓' }), exact: true }).check();
  await page.getByRole('checkbox', { name: t('businesses.select', { name: 'かがやき製菓' }), exact: true }).check();
  await page.getByRole('button', { name: t('businesses.mergeSelected') }).click();
  const dialog = page.getByRole('dialog', { name: t('merge.title') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: t('merge.keep', { name: '株式会社かがやき製菓' }) }).check();
  await expect(dialog.getByTestId('merge-summary')).toContainText('「かがやき製菓」の相談記録 1件・次の行動 1件');
  await saveScreenshot(page, 'businesses-merge');
  await dialog.getByRole('button', { name: t('merge.confirm') }).click();
  await expect(page.getByTestId('undo-toast')).toContainText(t('merge.done', { away: 'かがやき製菓', kept: '株式会社かがやき製菓' }));
  await expect.poll(() => names(page)).toEqual(['能登まるやま商店', '株式会社かがやき製菓']);

  const kept = (await readRows<{ id: string; externalIds: unknown }>(page, 'businesses')).find((b) => b.id === seed.kaga.id)!;
  expect(kept.externalIds).toEqual([
    { system: 'TOAS', value: 'T-1' },
    { system: 'BIZミル', value: 'BZ000777' },
  ]);
  const karte = await openExtensionPage(`karte.html?id=${seed.kaga.id}`);
  await expect(karte.locator('.timeline-entry')).toHaveCount(2);
  await expect(karte.getByTestId('open-actions')).toContainText('見積書を送る');
  const gone = await openExtensionPage(`karte.html?id=${seed.dup.id}`);
  await expect(gone.getByRole('status')).toContainText(t('karte.mergedInto', { name: '株式会社かがやき製菓' }));
  await gone.getByRole('link', { name: t('karte.openMerged', { name: '株式会社かがやき製菓' }) }).click();
  await expect(gone.getByRole('heading', { level: 1 })).toHaveText('株式会社かがやき製菓');
});

test('a karte corrects the business’s name and フリガナ, verifies the 法人番号, and search finds it by the new reading', async ({
  openExtensionPage,
}) => {
  const seed = caseload();
  const page = await openList(openExtensionPage, seed);
  await page.getByRole('link', { name: '能登まるやま商店' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('能登まるやま商店');
  await page.getByRole('button', { name: t('basics.edit') }).click();
  const form = page.getByRole('form', { name: t('profile.formTitle') });
  await form.getByRole('textbox', { name: t('basics.name'), exact: true }).fill('有限会社能登まるやま商店');
  await form.getByRole('textbox', { name: t('basics.nameKana') }).fill('ノトマルヤマショウテン');
  await form.getByRole('textbox', { name: t('basics.corporateNumber') }).fill('1220001747328');
  await expect(form.getByRole('alert')).toHaveText(t('basics.corporateNumberBad'));
  await expect(form.getByRole('button', { name: t('common.save') })).toBeDisabled();
  // Full-width digits typed through the IME are the same number.
  await form.getByRole('textbox', { name: t('basics.corporateNumber') }).fill('１２２０００１７４７３２７');
  await form.getByRole('button', { name: t('common.save') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('有限会社能登まるやま商店');
  await expect(page.getByTestId('corporate-number')).toHaveText('1220001747327');

  const list = await openExtensionPage('businesses.html');
  await list.getByRole('searchbox', { name: t('businesses.filterText') }).fill('のと');
  expect(await names(list)).toEqual(['有限会社能登まるやま商店']);
});
